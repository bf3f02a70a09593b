"""Templated e-mail in the recipient's language, queued in the caller's transaction.

A template `notifications/<name>.txt` renders subject (first line) and body (the rest) inside
`translation.override(language)`, so {% translate %} and dates follow the recipient.
Escalations and mandatory topics (a guest's own case) ignore preferences.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from pintu.jobs.services import enqueue
from pintu.notifications.models import Preference, Topic
from pintu.notifications.msgid import case_message_id

MANDATORY = {Topic.ESCALATIONS}


@dataclass(frozen=True)
class Recipient:
    email: str
    language: str = "id"
    user: object | None = None


def recipient_for_user(user) -> Recipient | None:
    if not user or not user.email or not user.is_active:
        return None
    return Recipient(user.email, getattr(user, "language", "id") or "id", user)


def wants(recipient: Recipient, topic: str) -> bool:
    if recipient.user is None or topic in MANDATORY:
        return True
    pref = Preference.objects.filter(user=recipient.user, topic=topic).first()
    return pref.email if pref else True


def render(template: str, context: dict, language: str) -> tuple[str, str]:
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        text = render_to_string(f"notifications/{template}.txt", context).strip()
    subject, _sep, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def thread_headers(context: dict) -> dict | None:
    """A Message-ID naming the report, so an e-mailed reply threads back to it (pintu.interop.inbound)."""
    code = getattr(context.get("report"), "code", "")
    return {"Message-ID": case_message_id(code)} if code else None


def notify(recipients: list[Recipient], topic: str, template: str, context: dict) -> int:
    """Queue one message per recipient who wants `topic`; returns how many were queued."""
    queued = 0
    seen: set[str] = set()
    for recipient in recipients:
        if not recipient or not recipient.email or recipient.email.lower() in seen or not wants(recipient, topic):
            continue
        seen.add(recipient.email.lower())
        subject, body = render(template, {**context, "recipient": recipient}, recipient.language)
        enqueue("pintu.jobs.tasks.send_email", [recipient.email], subject, body, headers=thread_headers(context))
        queued += 1
    return queued


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
