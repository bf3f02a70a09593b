from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "pintu.history"
    label = "history"
    verbose_name = "Riwayat"

    def ready(self) -> None:
        from pintu.audit.witnesses import register_witness
        from pintu.history.integrity import EventWitness

        register_witness(EventWitness)  # audit_verify compares every audited event with its row
