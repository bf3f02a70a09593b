from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "pintu.demo"
    label = "demo"
    verbose_name = "Demo"
