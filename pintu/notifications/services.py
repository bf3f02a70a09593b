"""Templated e-mail in the recipient's language, queued in the caller's transaction.

`notify()` stores each message as an OutgoingMail row (recipient and context encrypted, cases by id) and
queues a task that carries only that row's id; the worker renders and sends it (pintu.notifications.tasks),
so no address, text or tracking secret ever sits in the task queue's tables. Escalations and mandatory
topics (a guest's own case) ignore preferences.
"""

from django.db import transaction

from pintu.accounts.access import scope_of
from pintu.jobs.services import enqueue
from pintu.notifications.messages import Recipient, pack
from pintu.notifications.models import OutgoingMail, Preference, Topic

__all__ = ["CITIZEN_TOPICS", "MANDATORY", "Recipient", "notify", "preferences_of", "queue_mail",
           "recipient_for_user", "save_preferences", "set_preference", "topics_for", "wants"]  # fmt: skip

MANDATORY = {Topic.ESCALATIONS}
#: What a citizen (no officer role, not Django staff) is ever sent: news of their own cases. Assignments,
#: reporters' replies, escalations and system notices go to officers only, so a citizen is not shown them.
CITIZEN_TOPICS = (Topic.OWN_CASES,)
SEND_TASK = "pintu.notifications.tasks.send_queued_mail"


def recipient_for_user(user) -> Recipient | None:
    if not user or not user.email or not user.is_active:
        return None
    return Recipient(user.email, getattr(user, "language", "id") or "id", user)


def wants(recipient: Recipient, topic: str) -> bool:
    if recipient.user is None or topic in MANDATORY:
        return True
    pref = Preference.objects.filter(user=recipient.user, topic=topic).first()
    return pref.email if pref else True


def queue_mail(recipient: Recipient, template: str, context: dict) -> OutgoingMail:
    """Store one message for `recipient` and queue its sending (the task gets the row's id only)."""
    mail = OutgoingMail.objects.create(
        template=template, language=recipient.language or "id", recipient=recipient.email, context=pack(context)
    )
    enqueue(SEND_TASK, mail.pk)
    return mail


def notify(recipients: list[Recipient], topic: str, template: str, context: dict) -> int:
    """Queue one message per recipient who wants `topic`; returns how many were queued."""
    queued = 0
    seen: set[str] = set()
    for recipient in recipients:
        if not recipient or not recipient.email or recipient.email.lower() in seen or not wants(recipient, topic):
            continue
        seen.add(recipient.email.lower())
        queue_mail(recipient, template, context)
        queued += 1
    return queued


def topics_for(user) -> list[Topic]:
    """The topics that apply to `user`: all of them for officers, CITIZEN_TOPICS for citizens."""
    if user.is_staff or user.is_superuser or scope_of(user).is_staff_member:
        return list(Topic)
    return list(CITIZEN_TOPICS)


def set_preference(user, topic: str, email: bool) -> Preference:
    if topic not in Topic.values:
        raise ValueError(f"unknown topic {topic!r}")
    pref, _created = Preference.objects.update_or_create(user=user, topic=topic, defaults={"email": email})
    return pref


def preferences_of(user) -> dict[str, bool]:
    """Every topic with whether `user` gets its e-mail: mandatory topics always, the others on until switched off.

    Read through the user's own rows: nobody else's preferences can be read here.
    """
    stored = dict(user.notification_prefs.values_list("topic", "email"))
    return {topic.value: True if topic in MANDATORY else stored.get(topic.value, True) for topic in Topic}


@transaction.atomic
def save_preferences(user, choices: dict[str, bool]) -> dict[str, bool]:
    """Store the topics given in `choices` (unknown topics raise ValueError); mandatory ones stay on, silently."""
    for topic, email in choices.items():
        if topic not in Topic.values:
            raise ValueError(f"unknown topic {topic!r}")
        if topic not in MANDATORY:
            set_preference(user, topic, bool(email))
    return preferences_of(user)
