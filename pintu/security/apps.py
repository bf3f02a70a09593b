from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "pintu.security"
    label = "security"
    verbose_name = "Keamanan"

    def ready(self) -> None:
        from pintu.security import audit_hooks

        audit_hooks.connect()
