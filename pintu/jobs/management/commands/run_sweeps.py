from django.core.management.base import BaseCommand

from pintu.jobs.sweeps import registered_sweeps, run_sweeps


class Command(BaseCommand):
    help = "Run the scheduled sweeps now (all, or those named). Safe to run any number of times."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help="sweep names; default all")
        parser.add_argument("--list", action="store_true", help="list the registered sweeps")

    def handle(self, *args, names, list, **options):
        if list:
            for sweep in registered_sweeps():
                self.stdout.write(f"{sweep.name}\t{sweep.description}")
            return
        for name, count in run_sweeps(names=names or None).items():
            self.stdout.write(f"{name}: {'FAILED' if count < 0 else count}")
