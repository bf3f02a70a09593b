"""Tasks run by the django-q2 worker. Scheduled ones are created by `manage.py setup_schedules`."""

from django.core.mail import EmailMessage

from pintu.jobs.sweeps import run_sweeps


def run_all_sweeps() -> dict[str, int]:
    return run_sweeps()


def send_email(
    recipients: list[str], subject: str, body: str, reply_to: list[str] | None = None, headers: dict | None = None
) -> int:
    """Send one plain-text message through Django's configured e-mail backend."""
    if not recipients:
        return 0
    message = EmailMessage(subject=subject, body=body, to=recipients, reply_to=reply_to or None, headers=headers)
    return message.send()
