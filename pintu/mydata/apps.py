from django.apps import AppConfig


class MyDataConfig(AppConfig):
    name = "pintu.mydata"
    label = "mydata"
    verbose_name = "Data pribadi"

    def ready(self) -> None:
        from pintu.jobs.sweeps import register_sweep
        from pintu.mydata import retention

        register_sweep(
            "privacy.retention",
            retention.sweep,
            "Anonimkan data pribadi kasus yang sudah lama selesai (masa retensi).",
        )
