from django.conf import settings
from django.core.management.base import BaseCommand
from django_q.models import Schedule

SCHEDULES = [
    # (name, function, minutes between runs)
    ("pintu-sweeps", "pintu.jobs.tasks.run_all_sweeps", settings.SWEEP_INTERVAL_MINUTES),
]
#: Schedules of earlier versions whose task is gone: deleted (pintu-intake built queued API submissions
#: until intake became synchronous, docs/performance.md "One intake path").
RETIRED = ["pintu-intake"]


class Command(BaseCommand):
    help = "Create or update the periodic schedules of the background worker (idempotent)."

    def handle(self, *args, **options):
        for name, func, minutes in SCHEDULES:
            schedule, created = Schedule.objects.update_or_create(
                name=name,
                defaults={"func": func, "schedule_type": Schedule.MINUTES, "minutes": minutes, "repeats": -1},
            )
            self.stdout.write(f"jadwal {name} {'dibuat' if created else 'diperbarui'}: tiap {minutes} menit")
        for name in RETIRED:
            if Schedule.objects.filter(name=name).delete()[0]:
                self.stdout.write(f"jadwal lama {name} dihapus")
