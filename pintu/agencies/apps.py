from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    name = "pintu.agencies"
    label = "agencies"
    verbose_name = "Instansi"
