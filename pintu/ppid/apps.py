"""The PPID app: one app label ("ppid") for its four slices. Each slice says in its registry.py what it
registers with the rest of Pintu (history case types, event labels, sweeps, due-date recomputers)."""

from django.apps import AppConfig


class PpidConfig(AppConfig):
    name = "pintu.ppid"
    label = "ppid"
    verbose_name = "PPID (informasi publik)"

    def ready(self):
        # Imported here, not at the top: a slice's registry reads its models, which exist only now.
        from pintu.ppid.annual import registry as annual
        from pintu.ppid.objections import registry as objections
        from pintu.ppid.registers import registry as registers
        from pintu.ppid.requests import registry as requests

        for piece in (registers, requests, objections, annual):
            piece.register()
