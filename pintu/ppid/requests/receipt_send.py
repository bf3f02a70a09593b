"""What an information request lends the shared receipt sending (pintu.letters.receipt_send): how to draw its
receipt, its tracking address, and the requester's own e-mail and phone (no other address can be typed)."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from pintu.letters.receipt_send import Addresses, register_receipt
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.receipts import receipt_for

KEY = "req"  # the case's name in a message's context, as the phone messages read it


def track_url(info: InformationRequest) -> str:
    return settings.BASE_URL + reverse("ppid:request_track") + "?" + urlencode({"nomor": info.number})


def addresses_of(info: InformationRequest) -> Addresses:
    row = RequesterIdentity.objects.filter(request=info).first()
    return Addresses(row.email, row.phone) if row else Addresses()


def register() -> None:
    register_receipt(KEY, receipt_for, track_url)
