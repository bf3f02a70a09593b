"""Templated e-mail, WhatsApp and SMS in the recipient's language, queued in the caller's transaction.

`notify()` stores each message as an OutgoingMail row (recipient and context encrypted, cases by id) and
queues a task that carries only that row's id; the worker renders and sends it (pintu.notifications.tasks),
so no address, phone number, text or tracking secret ever sits in the task queue's tables. Escalations and
mandatory topics (a guest's own case) ignore preferences.

A recipient who agreed to WhatsApp/SMS messages for their case (`Recipient.phone_channels`, given by the
case type from the consent stored on the case's contact) also gets the short phone form of the message
(pintu.notifications.phone) on the preferred channel this region can send on; the e-mail preferences of an
account do not switch that off, withdrawing the consent does (STOP, or the tracking page).
"""

from django.db import transaction

from pintu.accounts.access import scope_of
from pintu.jobs.services import enqueue
from pintu.notifications.channels import available_channels
from pintu.notifications.messages import Recipient, pack
from pintu.notifications.models import Channel, OutgoingMail, Preference, Topic
from pintu.notifications.phone import PURPOSES, has_phone_form
from pintu.privacy.contact import InvalidEmail, InvalidPhone, normalize_phone, validate_email_address

__all__ = ["CITIZEN_TOPICS", "MANDATORY", "NoPhoneChannel", "Recipient", "notify", "preferences_of", "queue_mail",
           "recipient_for_user", "save_preferences", "send_code", "set_preference", "topics_for",
           "wants"]  # fmt: skip

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


def queue_mail(
    recipient: Recipient, template: str, context: dict, *, channel: str = Channel.EMAIL, fallback: str = ""
) -> OutgoingMail:
    """Store one message for `recipient` and queue its sending (the task gets the row's id only).

    `channel` "whatsapp" or "sms" sends the phone form of `template` to `recipient.phone`; `fallback` ("sms")
    is tried when the provider cannot deliver it on `channel` at all (the number is not on WhatsApp).
    """
    address = recipient.email if channel == Channel.EMAIL else recipient.phone
    mail = OutgoingMail.objects.create(
        channel=channel, fallback_channel=fallback, template=template, language=recipient.language or "id",
        recipient=address, context=pack(context),
    )  # fmt: skip
    enqueue(SEND_TASK, mail.pk)
    return mail


def phone_channels_for(recipient: Recipient, template: str) -> list[str]:
    """The channels a phone message about `template` may go on for this recipient, preferred first."""
    if not recipient.phone or not recipient.phone_channels or not has_phone_form(template):
        return []
    return [channel for channel in available_channels() if channel in recipient.phone_channels]


def notify(recipients: list[Recipient], topic: str, template: str, context: dict) -> int:
    """Queue one message per recipient who wants `topic` (plus its phone form where they agreed to one);
    returns how many were queued."""
    queued = 0
    seen: set[str] = set()
    for recipient in recipients:
        if not recipient:
            continue
        if recipient.email and recipient.email.lower() not in seen and wants(recipient, topic):
            seen.add(recipient.email.lower())
            queue_mail(recipient, template, context)
            queued += 1
        channels = phone_channels_for(recipient, template)
        if channels and recipient.phone not in seen:
            seen.add(recipient.phone)
            queue_mail(recipient, template, context, channel=channels[0], fallback=next(iter(channels[1:]), ""))
            queued += 1
    return queued


class NoPhoneChannel(LookupError):
    """A code should go to a phone number, and this region has no WhatsApp or SMS sender configured."""


def send_code(destination: str, code: str, purpose: str, language: str = "id", *, channel: str | None = None) -> str:
    """Send a one-time code to an e-mail address or an Indonesian phone number; returns the channel used.

    For citizens' sign-in, registration and password reset (`purpose`: "login", "register", "reset",
    "verify"). A phone number gets WhatsApp where the region has it, else SMS (`channel` asks for one of
    them); no consent is needed for a code the person asked for. Like every message the code is stored
    encrypted and the queued task carries only the row's id. Call it inside the transaction that stores the
    code's hash. Raises ValueError for a destination that is neither an address nor a phone number (or an
    unknown purpose), NoPhoneChannel when a phone number is given and no phone channel can send.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    context = {"code": str(code), "purpose": purpose}
    if "@" in (destination or ""):
        try:
            email = validate_email_address(destination)
        except InvalidEmail as exc:
            raise ValueError(exc.message_en) from None
        queue_mail(Recipient(email, language or "id"), "one_time_code", context)
        return Channel.EMAIL
    try:
        phone = normalize_phone(destination)
    except InvalidPhone as exc:
        raise ValueError(exc.message_en) from None
    usable = available_channels()
    chosen = channel if channel in usable else (None if channel else next(iter(usable), None))
    if chosen is None:
        raise NoPhoneChannel(channel or "phone")
    queue_mail(Recipient("", language or "id", phone=phone, phone_channels=(chosen,)), "one_time_code", context,
               channel=chosen)  # fmt: skip
    return chosen


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
