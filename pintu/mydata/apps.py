from django.apps import AppConfig


class MyDataConfig(AppConfig):
    name = "pintu.mydata"
    label = "mydata"
    verbose_name = "Data pribadi"

    def ready(self) -> None:
        from pintu.cases.restrictions import provide_restricted_ids
        from pintu.history.registry import register_case_type
        from pintu.jobs.sweeps import register_sweep
        from pintu.mydata import breaches, events, restriction, retention
        from pintu.mydata.models import Breach

        provide_restricted_ids(restriction.restricted_ids)
        events.register()
        register_case_type(
            events.BREACH_CASE_TYPE,
            Breach,
            visible_ids=lambda user: breaches.breaches_visible_to(user).values("pk"),
        )
        register_sweep(
            "privacy.retention",
            retention.sweep,
            "Anonimkan data pribadi kasus yang melewati masa retensi arsip dan selesaikan penghapusan yang dibatasi.",
        )
