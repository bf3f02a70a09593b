from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "pintu.complaints"
    label = "complaints"
    verbose_name = "Pengaduan (SP4N-LAPOR!)"

    def ready(self):
        from pintu.complaints import (
            events,  # noqa: F401 (registers the report's event kinds and labels)
            phone_consent,
            receipt_send,
            routing_examples,
            selectors,
            sweeps,
            watchers,
        )
        from pintu.complaints.models import Report
        from pintu.complaints.recompute import recompute_report_due_dates
        from pintu.history.registry import register_case_type
        from pintu.jobs.sweeps import register_sweep
        from pintu.notifications.consent import register_opt_out
        from pintu.routing.sources import register_case_source
        from pintu.workdays.recompute import register_due_date_recomputer

        register_case_type(
            "report",
            Report,
            visible_ids=selectors.staff_report_ids,
            reporter_ids=selectors.report_ids_of_reporter,
            public_ids=selectors.public_report_ids,
        )
        register_due_date_recomputer("reports", recompute_report_due_dates)
        register_opt_out("reports", phone_consent.withdraw_by_phone)  # STOP by WhatsApp/SMS (pintu.interop)
        register_sweep("complaints.escalate_overdue", sweeps.escalate_overdue, "Eskalasi laporan lewat tenggat.")
        register_sweep("complaints.auto_close", sweeps.auto_close, "Tutup otomatis laporan tanpa tanggapan.")
        register_sweep("complaints.forwarding_reminders", sweeps.forwarding_reminders, "Pengingat pelimpahan.")
        receipt_send.register()  # the receipt, sent from the confirmation page (pintu.letters.receipt_send)
        register_sweep(
            "complaints.unconfirmed_watchers", watchers.sweep_unconfirmed, "Hapus pengikut tak terkonfirmasi."
        )
        register_case_source(routing_examples.CASE_SOURCE)  # the router's examples and what it reads of a report
