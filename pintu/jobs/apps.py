from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "pintu.jobs"
    label = "jobs"
    verbose_name = "Tugas latar"
