from django.apps import AppConfig


class RoutingConfig(AppConfig):
    name = "pintu.routing"
    label = "routing"
    verbose_name = "Rute laporan (saran instansi)"

    def ready(self):
        from pintu.jobs.sweeps import register_sweep
        from pintu.routing import sweeps

        register_sweep("routing.retrain", sweeps.retrain, "Latih ulang model saran instansi (sekali per minggu).")
