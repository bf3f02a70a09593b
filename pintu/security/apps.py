from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "pintu.security"
    label = "security"
    verbose_name = "Keamanan"

    def ready(self) -> None:
        from pintu.jobs.sweeps import register_sweep
        from pintu.security import audit_hooks, onetime

        audit_hooks.connect()
        register_sweep("security.codes", onetime.sweep_expired, "Hapus kode sekali pakai yang sudah kedaluwarsa.")
