from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "pintu.audit"
    label = "audit"
    verbose_name = "Log audit"

    def ready(self) -> None:
        from pintu.audit import receivers  # noqa: F401 (audits Django admin changes)
