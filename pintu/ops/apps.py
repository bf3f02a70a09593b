from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "pintu.ops"
    label = "ops"
    verbose_name = "Operasi (cadangan dan pemulihan)"
