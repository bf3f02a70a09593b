"""Django's `flush`, with the append-only tables' delete guard lifted for it (pintu.audit.guard).

Emptying the whole database is the one deletion of history events and audit entries that is meant
(Django's test runner resets the database this way between transactional tests). On PostgreSQL the
flush is a TRUNCATE, which the row triggers do not see, so this only matters on SQLite.
"""

from django.core.management.commands import flush

from pintu.audit.guard import deletes_allowed


class Command(flush.Command):
    def handle(self, **options):
        with deletes_allowed():
            return super().handle(**options)
