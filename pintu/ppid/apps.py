from django.apps import AppConfig


class PpidConfig(AppConfig):
    name = "pintu.ppid"
    label = "ppid"
    verbose_name = "PPID (informasi publik)"

    def ready(self):
        from pintu.history.registry import register_case_type
        from pintu.jobs.sweeps import register_sweep
        from pintu.ppid import selectors, sweeps
        from pintu.ppid.models import DikItem, DipItem
        from pintu.ppid.recompute import recompute_berkala_due_dates
        from pintu.workdays.recompute import register_due_date_recomputer

        register_case_type(
            "dip_item",
            DipItem,
            visible_ids=lambda user: selectors.dip_items_visible_to(user).values("pk"),
            reporter_ids=lambda user: DipItem.objects.none().values("pk"),
            public_ids=lambda: selectors.public_dip_items().values("pk"),
        )
        register_case_type(
            "dik_item",
            DikItem,
            visible_ids=lambda user: selectors.dik_items_visible_to(user).values("pk"),
            reporter_ids=lambda user: DikItem.objects.none().values("pk"),
            public_ids=lambda: selectors.public_dik_items().values("pk"),
        )
        register_due_date_recomputer("ppid_berkala", recompute_berkala_due_dates)
        register_sweep("ppid.berkala_due", sweeps.berkala_due, "Pengingat pembaruan informasi berkala DIP.")
        register_sweep("ppid.dik_expiry", sweeps.dik_expiry, "Tandai pengecualian DIK yang masa berlakunya habis.")
        # information requests (pintu.ppid.requests): never public
        from pintu.ppid.models_requests import InformationRequest
        from pintu.ppid.requests import selectors as request_selectors
        from pintu.ppid.requests import sweeps as request_sweeps
        from pintu.ppid.requests.services import recompute_due_dates as recompute_request_due_dates

        register_case_type(
            "info_request",
            InformationRequest,
            visible_ids=lambda user: request_selectors.requests_handled_by(user).values("pk"),
            reporter_ids=request_selectors.request_ids_of_requester,
            public_ids=lambda: InformationRequest.objects.none().values("pk"),
        )
        register_due_date_recomputer("ppid_requests", recompute_request_due_dates)
        from pintu.notifications.consent import register_opt_out
        from pintu.ppid.requests import phone_consent

        register_opt_out("info_requests", phone_consent.withdraw_by_phone)  # STOP by WhatsApp/SMS (pintu.interop)
        register_sweep("ppid.request_deadlines", request_sweeps.request_deadlines,
                       "Eskalasi permohonan informasi yang melewati batas waktu pemberitahuan.")  # fmt: skip
        # objections, disputes and the annual report (pintu.ppid.objections, pintu.ppid.annual)
        from pintu.ppid.models_objections import AnnualReport, Objection
        from pintu.ppid.objections import selectors as objection_selectors
        from pintu.ppid.objections import services as objection_services
        from pintu.ppid.objections import sweeps as objection_sweeps

        register_case_type(
            "objection",
            Objection,
            visible_ids=lambda user: objection_selectors.objections_visible_to(user).values("pk"),
            reporter_ids=lambda user: objection_selectors.objections_of_requester(user).values("pk"),
            public_ids=lambda: Objection.objects.none().values("pk"),
        )
        register_case_type(
            "annual_report",
            AnnualReport,
            visible_ids=lambda user: (AnnualReport.objects if selectors.register_agencies_for(user).exists()
                                      else AnnualReport.objects.none()).values("pk"),
            reporter_ids=lambda user: AnnualReport.objects.none().values("pk"),
            public_ids=lambda: AnnualReport.objects.filter(published_at__isnull=False).values("pk"),
        )
        register_due_date_recomputer("ppid_objections", objection_services.recompute_answer_dues)
        register_sweep("ppid.objection_overdue", objection_sweeps.escalate_overdue,
                       "Eskalasi keberatan yang belum ditanggapi Atasan PPID melewati 30 hari kerja.")  # fmt: skip
