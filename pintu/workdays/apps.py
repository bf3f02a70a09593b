from django.apps import AppConfig


class WorkdaysConfig(AppConfig):
    name = "pintu.workdays"
    label = "workdays"
    verbose_name = "Hari kerja"

    def ready(self):
        from pintu.jobs.sweeps import register_sweep
        from pintu.workdays.sweeps import calendar_upkeep

        register_sweep(
            "workdays.calendar_upkeep",
            calendar_upkeep,
            "Isi otomatis tahun kalender berikutnya dan ingatkan admin untuk mengonfirmasi.",
        )
