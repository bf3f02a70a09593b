from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "pintu.regions"
    label = "regions"
    verbose_name = "Paket data daerah"
