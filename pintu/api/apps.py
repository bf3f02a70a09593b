from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The versioned REST API (docs/api.md): thin views over the same services and selectors as the web."""

    name = "pintu.api"
    label = "api"
    verbose_name = "API"
    default_auto_field = "django.db.models.BigAutoField"
