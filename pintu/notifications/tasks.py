"""The worker's side of the outbox: send one queued message, by id.

An e-mail is rendered and sent here. A WhatsApp or SMS message is rendered (pintu.notifications.phone) and
handed to the phone transport a higher app registered (pintu.notifications.channels), in one transaction
with deleting the row: from then on it is an interop delivery, retried with backoff and logged there.

What django-q keeps of a task (its arguments, and for a failure the error and traceback) is readable in
its tables, so nothing personal may reach it: the task's only argument is the OutgoingMail id, its result
is not kept (pintu.jobs.services.enqueue), and a failure is re-raised as `MailNotSent` naming only the
kind of error (an SMTP refusal quotes the address it refused). Retries are django-q's (Q_CLUSTER "retry"
and "max_attempts"): the failed task stays in the queue and runs again; after the last attempt, or at
once when tasks run inline, the row is given up and emptied. The sweep `notifications.outbox` gives up
rows whose task was lost.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from pintu.jobs.services import jobs_run_inline
from pintu.notifications.channels import NoTransport, hand_over
from pintu.notifications.messages import ObjectGone, build, unpack
from pintu.notifications.models import Channel, OutgoingMail
from pintu.notifications.phone import build_phone

log = logging.getLogger(__name__)

#: A row older than this whose task never finished is given up by the sweep (its task was lost).
STALE_AFTER = datetime.timedelta(days=3)
#: Given-up rows (no personal data left) are deleted after this long.
KEEP_GIVEN_UP = datetime.timedelta(days=30)


class MailNotSent(RuntimeError):
    """Raised to the queue instead of the original error, which may quote an address."""


def send_queued_mail(mail_id: int) -> None:
    mail = OutgoingMail.objects.filter(pk=mail_id, failed_at__isnull=True).first()
    if mail is None:  # sent already (a repeated task), or given up
        return
    if mail.channel != Channel.EMAIL:
        return _hand_over_phone(mail)
    try:
        message = build(mail.template, mail.language, mail.recipient, mail.context)
    except ObjectGone as gone:
        log.warning("e-mail #%s (%s) dropped: %s no longer exists", mail.pk, mail.template, gone)
        mail.delete()
        return
    except Exception as exc:  # a broken template or context: retrying cannot help
        log.exception("e-mail #%s (%s) could not be built", mail.pk, mail.template)
        give_up(mail, exc)
        raise MailNotSent(f"e-mail #{mail.pk} ({mail.template}): {type(exc).__name__}") from None
    try:
        message.send()
    except Exception as exc:
        log.warning("e-mail #%s (%s) not sent: %s", mail.pk, mail.template, type(exc).__name__)
        _failed(mail, exc)
        raise MailNotSent(f"e-mail #{mail.pk} ({mail.template}): {type(exc).__name__}") from None
    mail.delete()


def _hand_over_phone(mail: OutgoingMail) -> None:
    try:
        message = build_phone(mail.template, mail.language, mail.channel, mail.recipient, unpack(mail.context),
                              fallback=mail.fallback_channel)  # fmt: skip
    except ObjectGone as gone:
        log.warning("%s #%s (%s) dropped: %s no longer exists", mail.channel, mail.pk, mail.template, gone)
        mail.delete()
        return
    except Exception as exc:  # a broken template or context: retrying cannot help
        log.exception("%s #%s (%s) could not be built", mail.channel, mail.pk, mail.template)
        give_up(mail, exc)
        raise MailNotSent(f"{mail.channel} #{mail.pk} ({mail.template}): {type(exc).__name__}") from None
    try:
        with transaction.atomic():
            hand_over(message)
            mail.delete()
    except NoTransport as exc:  # the region switched the channel off since: nothing a retry could change
        log.warning("%s #%s (%s) given up: no sender configured", mail.channel, mail.pk, mail.template)
        give_up(mail, exc)


def _failed(mail: OutgoingMail, exc: Exception) -> None:
    mail.attempts += 1
    max_attempts = int(settings.Q_CLUSTER.get("max_attempts") or 0)
    if jobs_run_inline() or (max_attempts and mail.attempts >= max_attempts):  # the queue will not run it again
        give_up(mail, exc)
    else:
        mail.last_error = type(exc).__name__[:120]
        mail.save(update_fields=["attempts", "last_error"])


def give_up(mail: OutgoingMail, exc: Exception | None = None) -> None:
    """Keep that the message failed and what kind of error; forget who it was for and what it said."""
    mail.recipient, mail.context, mail.failed_at = "", {}, timezone.now()
    mail.last_error = (type(exc).__name__ if exc is not None else "ditinggalkan")[:120]
    mail.save(update_fields=["recipient", "context", "failed_at", "last_error", "attempts"])


def sweep_outbox(now: datetime.datetime) -> int:
    """Give up rows whose task was lost; delete given-up rows after KEEP_GIVEN_UP. How many were given up."""
    stale = list(OutgoingMail.objects.filter(failed_at__isnull=True, created_at__lt=now - STALE_AFTER)[:500])
    for mail in stale:
        give_up(mail)
    OutgoingMail.objects.filter(failed_at__lt=now - KEEP_GIVEN_UP).delete()
    return len(stale)
