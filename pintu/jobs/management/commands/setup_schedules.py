from django.conf import settings
from django.core.management.base import BaseCommand
from django_q.models import Schedule

SCHEDULES = [
    # (name, function, minutes between runs)
    ("pintu-sweeps", "pintu.jobs.tasks.run_all_sweeps", settings.SWEEP_INTERVAL_MINUTES),
    # reports accepted through the API that no queued task has built yet (pintu/complaints/services/builder.py)
    ("pintu-intake", "pintu.complaints.services.builder.build_waiting", 1),
]


class Command(BaseCommand):
    help = "Create or update the periodic schedules of the background worker (idempotent)."

    def handle(self, *args, **options):
        for name, func, minutes in SCHEDULES:
            schedule, created = Schedule.objects.update_or_create(
                name=name,
                defaults={"func": func, "schedule_type": Schedule.MINUTES, "minutes": minutes, "repeats": -1},
            )
            self.stdout.write(f"{'created' if created else 'updated'} schedule {name} every {minutes} min")
