from django.apps import AppConfig
from django.db.backends.signals import connection_created


class AuditConfig(AppConfig):
    name = "pintu.audit"
    label = "audit"
    verbose_name = "Log audit"

    def ready(self) -> None:
        from pintu.audit import receivers  # noqa: F401 (audits Django admin changes)
        from pintu.audit.guard import register_sqlite_function

        connection_created.connect(register_sqlite_function, dispatch_uid="pintu.audit.guard")
