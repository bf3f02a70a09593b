from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The API toolkit (label "api", so migrations stay valid): tokens, auth, errors, pagination, schema helpers."""

    name = "pintu.apikit"
    label = "api"
    verbose_name = "API"
    default_auto_field = "django.db.models.BigAutoField"
