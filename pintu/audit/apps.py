from django.apps import AppConfig
from django.db.backends.signals import connection_created


class AuditConfig(AppConfig):
    name = "pintu.audit"
    label = "audit"
    verbose_name = "Log audit"

    def ready(self) -> None:
        from pintu.audit import receivers  # audits Django admin changes on import
        from pintu.audit.guard import register_sqlite_function
        from pintu.audit.history_witness import EventWitness
        from pintu.audit.witnesses import register_witness
        from pintu.history.registry import on_event_recorded

        on_event_recorded(receivers.audit_event)  # one audit entry per history event, with its content hash
        register_witness(EventWitness)  # audit_verify compares every audited event with its row
        connection_created.connect(register_sqlite_function, dispatch_uid="pintu.audit.guard")
