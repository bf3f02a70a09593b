"""When the requester received the written notice: the day their 30 hari kerja to object start from
(UU 14/2008 art. 36(1); DOMAIN.md section 5: "of the day the requester received it").

- On issue the notice gets a channel and an expected receipt date (`expect_receipt`): online and in
  person the day it was issued; by post that day plus PpidSettings.post_delivery_days hari kerja.
- The officer handling the request may record the true receipt date (`record_receipt`, e.g. the post's
  proof of delivery or the signed receipt at the desk); it replaces the expected one.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.ppid.config import PpidSettings
from pintu.ppid.requests.lifecycle import locked
from pintu.ppid.requests.models import DeliveryMethod, InformationRequest, NoticeDelivery, RequestChannel
from pintu.ppid.requests.permissions import actor_for
from pintu.workdays.calendar import get_calendar


def default_channel(request: InformationRequest) -> str:
    """How the notice goes out when nobody says otherwise: by post when the requester asked for post or
    wrote a letter without an e-mail delivery; in person at the desk; otherwise online (tracking page)."""
    if request.delivery_method == DeliveryMethod.POST:
        return NoticeDelivery.POST
    if request.delivery_method == DeliveryMethod.FAX:
        return NoticeDelivery.FAX
    if request.channel == RequestChannel.LETTER and request.delivery_method != DeliveryMethod.EMAIL:
        return NoticeDelivery.POST
    if request.channel == RequestChannel.WALK_IN and request.delivery_method == DeliveryMethod.PICK_UP:
        return NoticeDelivery.IN_PERSON
    return NoticeDelivery.ONLINE


def expected_receipt(channel: str, sent_on: datetime.date, calendar=None) -> datetime.date:
    """The day the notice counts as received: by post after the configured allowance (hari kerja)."""
    if channel == NoticeDelivery.POST:
        calendar = calendar or get_calendar()
        return calendar.add_working_days(sent_on, PpidSettings.load().post_delivery_days)
    return sent_on


def expect_receipt(request: InformationRequest, sent_at: datetime.datetime) -> None:
    """Set the channel and the expected receipt date of a notice being issued (the caller saves)."""
    request.notice_delivery = request.notice_delivery or default_channel(request)
    request.notice_received_on = expected_receipt(request.notice_delivery, timezone.localdate(sent_at))
    request.notice_receipt_recorded = False


def received_on(request: InformationRequest) -> datetime.date | None:
    """The day the requester received the notice (recorded, else expected, else the notice date)."""
    if request.notice_received_on:
        return request.notice_received_on
    return timezone.localdate(request.decided_at) if request.decided_at else None


@transaction.atomic
def record_receipt(user, request: InformationRequest, *, received: datetime.date, channel: str = ""):
    """The officer records when (and how) the requester truly received the notice."""
    request = locked(request)
    actor_for(user, request)  # the PPID Utama or the PPID Pembantu assigned: PermissionDenied otherwise
    if request.decided_at is None:
        raise ValidationError(_("Pemberitahuan tertulis belum diterbitkan."))
    if channel and channel not in NoticeDelivery.values:
        raise ValidationError({"channel": _("Pilih cara penyampaian pemberitahuan dari daftar.")})
    sent_on = timezone.localdate(request.decided_at)
    if received < sent_on or received > timezone.localdate():
        raise ValidationError({"received_on": _("Tanggal terima harus antara tanggal pemberitahuan (%(date)s) dan "
                                                "hari ini.") % {"date": date_format(sent_on, "j F Y")}})  # fmt: skip
    request.notice_delivery = channel or request.notice_delivery or default_channel(request)
    request.notice_received_on, request.notice_receipt_recorded = received, True
    request.save(update_fields=["notice_delivery", "notice_received_on", "notice_receipt_recorded"])
    record_event(request, "notice_received", actor=user, agency=request.assigned_agency,
                 visibility=Visibility.REPORTER,
                 payload={"received_on": received.isoformat(), "channel": request.notice_delivery})  # fmt: skip
    return request
