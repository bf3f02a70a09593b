from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "pintu.notifications"
    label = "notifications"
    verbose_name = "Notifikasi"

    def ready(self) -> None:
        from pintu.jobs.sweeps import register_sweep
        from pintu.notifications.tasks import sweep_outbox

        register_sweep("notifications.outbox", sweep_outbox, "Tinggalkan e-mail keluar yang tugasnya hilang.")
