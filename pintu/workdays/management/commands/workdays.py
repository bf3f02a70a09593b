"""`manage.py workdays add 2026-03-16 10` prints the due date (ISO) on its last line."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from pintu.workdays.calendar import get_calendar
from pintu.workdays.services import confirm_year, prefill_year


def parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Tanggal tidak sah (format YYYY-MM-DD): {value!r}") from exc


class Command(BaseCommand):
    help = "Working-day calendar: add N working days, count between dates, pre-fill or confirm a year."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="received on DATE (during office hours): date of working day N")
        add.add_argument("date")
        add.add_argument("n", type=int)
        count = sub.add_parser("count", help="working days after START up to and including END")
        count.add_argument("start")
        count.add_argument("end")
        prefill = sub.add_parser("prefill", help="pre-fill YEAR from the holidays package")
        prefill.add_argument("year", type=int)
        confirm = sub.add_parser("confirm", help="mark YEAR as confirmed against the decree")
        confirm.add_argument("year", type=int)
        confirm.add_argument("--reference", default="")

    def handle(self, *args, action, **options):
        calendar = get_calendar()
        if action == "add":
            if options["n"] < 1:
                raise CommandError("N harus 1 atau lebih.")
            received = parse_date(options["date"])
            self.stdout.write(f"hari ke-1: {calendar.day_one(received).isoformat()}")
            self.stdout.write(calendar.add_working_days(received, options["n"]).isoformat())
        elif action == "count":
            start, end = parse_date(options["start"]), parse_date(options["end"])
            self.stdout.write(str(calendar.count_working_days(start, end)))
        elif action == "prefill":
            self.stdout.write(f"{prefill_year(options['year'])} hari ditambahkan")
        elif action == "confirm":
            confirm_year(options["year"], actor=None, reference=options["reference"])
            self.stdout.write(f"{options['year']} dikonfirmasi")
