"""Tasks run by the django-q2 worker. Scheduled ones are created by `manage.py setup_schedules`.

E-mail is sent by pintu.notifications.tasks (the task carries an outbox id, never an address or a text).
"""

from pintu.jobs.sweeps import run_sweeps


def run_all_sweeps() -> dict[str, int]:
    return run_sweeps()
