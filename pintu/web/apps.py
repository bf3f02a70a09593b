from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "pintu.web"
    label = "web"
    verbose_name = "Web"

    def ready(self):
        from pintu.jobs.sweeps import register_sweep
        from pintu.web import drafts

        register_sweep("web.draft_uploads", drafts.sweep, "Hapus lampiran formulir yang tidak jadi dikirim.")
