"""Turning a queued e-mail (OutgoingMail) into the message, when the worker sends it (phone messages: phone.py).

A template `notifications/<name>.txt` renders subject (first line) and body (the rest) inside
`translation.override(language)`, so {% translate %} and dates follow the recipient.

The context a service passes to `notify()` is stored by reference: a model instance becomes its label and
primary key and is read again at sending time, so the queue holds no copy of a case; dates, numbers and
short texts (a reason, a question, the tracking secret) are kept as they are, encrypted with the row.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.functional import Promise

from pintu.notifications.msgid import case_message_id

_MODEL, _DATE, _DATETIME, _DECIMAL = "$model", "$date", "$datetime", "$decimal"


@dataclass(frozen=True)
class Recipient:
    email: str
    language: str = "id"
    user: object | None = None
    phone: str = ""  # E.164; used only for the channels below
    phone_channels: tuple[str, ...] = ()  # "whatsapp", "sms": what the person agreed to for this case


class ObjectGone(LookupError):
    """A case or event the message is about no longer exists: the message is dropped."""


def pack(value):
    """`value` as JSON, model instances by reference; TypeError for anything a context should not carry."""
    if isinstance(value, models.Model):
        return {_MODEL: value._meta.label_lower, "pk": value.pk}
    if isinstance(value, dict):
        return {str(key): pack(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [pack(item) for item in value]
    if isinstance(value, datetime.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, datetime.date):
        return {_DATE: value.isoformat()}
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    if isinstance(value, Promise):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"a notification context cannot carry {type(value).__name__}")


def unpack(value):
    """The context again, model instances read from the database now; raises ObjectGone."""
    if isinstance(value, list):
        return [unpack(item) for item in value]
    if not isinstance(value, dict):
        return value
    if _MODEL in value:
        model = apps.get_model(value[_MODEL])
        found = model._default_manager.filter(pk=value["pk"]).first()
        if found is None:
            raise ObjectGone(f"{value[_MODEL]} #{value['pk']}")
        return found
    if _DATETIME in value:
        return datetime.datetime.fromisoformat(value[_DATETIME])
    if _DATE in value:
        return datetime.date.fromisoformat(value[_DATE])
    if _DECIMAL in value:
        return Decimal(value[_DECIMAL])
    return {key: unpack(item) for key, item in value.items()}


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


#: template -> a function of the message's context giving (file name, bytes, MIME type) to attach, made when
#: the worker sends (a case type registers it in its AppConfig.ready(): the receipt PDF of a report).
_ATTACHMENTS: dict[str, Callable[[dict], tuple[str, bytes, str]]] = {}


def register_attachment(template: str, make: Callable[[dict], tuple[str, bytes, str]]) -> None:
    _ATTACHMENTS[template] = make


def build(template: str, language: str, recipient: str, stored_context: dict) -> EmailMessage:
    """The message of a queued e-mail, rendered now in the recipient's language; raises ObjectGone."""
    context = unpack(stored_context)
    subject, body = render(template, {**context, "recipient": Recipient(recipient, language)}, language)
    message = EmailMessage(subject=subject, body=body, to=[recipient], headers=thread_headers(context))
    if template in _ATTACHMENTS:
        with translation.override(language):
            message.attach(*_ATTACHMENTS[template](context))
    return message
