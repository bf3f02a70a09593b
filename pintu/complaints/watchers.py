""" "Saya juga mengalami ini" (issue #16 item 8): people who follow a public report's updates.

A visitor types an e-mail address or a mobile number on the public report's page; a one-time code goes
there (pintu.security.onetime + code_delivery, purpose "follow"); typing it back confirms the follow. From
then on the report's public changes reach them like the reporter's (pintu.complaints.notify, template
"watcher_update", by e-mail or by WhatsApp/SMS on the region's phone channel), each with a link that stops
them (a signed token: nothing extra stored). Unfollowing deletes the row, and so the address.

Privacy: the address is stored encrypted with a blind index (as ReporterContact); no page shows it, the
handlers see only the number of confirmed watchers (`count_for`), a signal of how many people a problem
touches. Only public reports can be followed (a rahasia or unverified report has no public page).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from pintu.audit.services import audit
from pintu.complaints.models import Report, Watcher
from pintu.complaints.selectors import public_reports
from pintu.notifications.channels import available_channels
from pintu.notifications.messages import Recipient
from pintu.privacy.crypto import blind_index_candidates
from pintu.security import onetime
from pintu.security.code_delivery import send_code
from pintu.security.destinations import PHONE, Destination
from pintu.security.models import CodePurpose

PURPOSE = CodePurpose.FOLLOW
_UNFOLLOW_SALT = "pintu.complaints.watchers.unfollow"


class NotFollowable(Exception):
    """The report has no public page (never public, or no longer)."""


@dataclass(frozen=True)
class Pending:
    """A follow waiting for its code (kept in the visitor's session: the row's id and the address kind)."""

    watcher_id: int
    destination: Destination


def followable(report: Report) -> bool:
    return public_reports().filter(pk=report.pk).exists()


def _existing(report: Report, destination: Destination) -> Watcher | None:
    return Watcher.objects.filter(report=report, contact_index__in=blind_index_candidates(destination.value)).first()


def start_following(report: Report, destination: Destination, language: str = "id") -> Pending:
    """Record the (unconfirmed) follow and send the code; raises NotFollowable, CodeNotSent (nothing kept)."""
    if not followable(report):
        raise NotFollowable(report.code)
    with transaction.atomic():
        watcher = _existing(report, destination)
        if watcher is None:
            try:
                with transaction.atomic():
                    watcher = Watcher.objects.create(report=report, kind=destination.kind, contact=destination.value,
                                                     language=language or "id")  # fmt: skip
            except IntegrityError:  # the same address at the same moment: one row
                watcher = _existing(report, destination)
        code = onetime.issue(PURPOSE, destination)
        send_code(destination, code, PURPOSE, language or "id")  # CodeNotSent rolls the new row back
    return Pending(watcher.pk, destination)


def confirm(pending: Pending, code: str) -> Watcher:
    """Check the code; the follow is confirmed (idempotent). Raises onetime.CodeRefused, Watcher.DoesNotExist."""
    watcher = Watcher.objects.select_related("report").get(pk=pending.watcher_id)
    onetime.spend(PURPOSE, pending.destination, code)
    if watcher.confirmed_at is None:
        watcher.confirmed_at = timezone.now()
        watcher.save(update_fields=["confirmed_at", "contact_index"])
        audit("report.watcher_confirmed", target=watcher.report, details={"kind": watcher.kind})
    return watcher


def unfollow_token(watcher: Watcher) -> str:
    return signing.dumps(watcher.pk, salt=_UNFOLLOW_SALT)


def watcher_for_token(token: str) -> Watcher | None:
    try:
        pk = signing.loads(token, salt=_UNFOLLOW_SALT)
    except signing.BadSignature:
        return None
    return Watcher.objects.select_related("report").filter(pk=pk).first()


def unfollow(watcher: Watcher) -> None:
    """Stop the updates: the row, and with it the address, is deleted."""
    report = watcher.report
    watcher.delete()
    audit("report.watcher_removed", target=report)


def count_for(report: Report) -> int:
    """How many people confirmed they have the same problem (for the handlers; never the addresses)."""
    return Watcher.objects.filter(report=report, confirmed_at__isnull=False).count()


def recipients(report: Report) -> list[tuple[Recipient, str]]:
    """(recipient, unfollow token) of every confirmed watcher: e-mail, or the phone on the region's channels."""
    found = []
    phone_channels = tuple(available_channels())
    for watcher in Watcher.objects.filter(report=report, confirmed_at__isnull=False).order_by("pk"):
        if watcher.kind == PHONE:
            if not phone_channels:
                continue
            recipient = Recipient("", watcher.language, phone=watcher.contact, phone_channels=phone_channels)
        else:
            recipient = Recipient(watcher.contact, watcher.language)
        found.append((recipient, unfollow_token(watcher)))
    return found


UNCONFIRMED_HOURS = 24


def sweep_unconfirmed(now: datetime) -> int:
    """Delete follows never confirmed within a day (their code expired long ago): no address is kept."""
    deleted, _ = Watcher.objects.filter(confirmed_at__isnull=True,
                                        created_at__lt=now - timedelta(hours=UNCONFIRMED_HOURS)).delete()  # fmt: skip
    return deleted
