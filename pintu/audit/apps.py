from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "pintu.audit"
    label = "audit"
    verbose_name = "Log audit"

    def ready(self) -> None:
        from pintu.audit import receivers  # audits Django admin changes on import
        from pintu.history.registry import on_event_recorded

        on_event_recorded(receivers.audit_event)
