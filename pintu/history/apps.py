from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "pintu.history"
    label = "history"
    verbose_name = "Riwayat"
