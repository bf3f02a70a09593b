"""What an objection lends the shared receipt sending (pintu.letters.receipt_send): how to draw its receipt
(no secret: an objection is tracked with its request's), the request's tracking address, and the requester's
own e-mail (the objection's contact, else the request's, else the account's) and phone (the request's)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.urls import reverse

from pintu.letters.receipt_send import Addresses, register_receipt
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.receipts import receipt_for
from pintu.ppid.requests import receipt_send as request_receipts
from pintu.ppid.requests.models import RequesterIdentity

KEY = "objection"  # the case's name in a message's context, as the phone messages read it


def _draw(objection: Objection, *, secret: str, track_url: str, body_name: str):
    return receipt_for(objection, track_url=track_url, body_name=body_name)


def track_url(objection: Objection) -> str:
    if objection.request_id:
        return request_receipts.track_url(objection.request)
    return settings.BASE_URL + reverse("ppid:objection_track", args=[objection.pk])


def addresses_of(objection: Objection) -> Addresses:
    identity = RequesterIdentity.objects.filter(request_id=objection.request_id).first()
    try:
        validate_email(objection.contact)
        email = objection.contact
    except ValidationError:  # a phone number, or nothing: the request's e-mail, else the account's
        email = (identity.email if identity else "") or (objection.filer.email if objection.filer_id else "")
    return Addresses(email, identity.phone if identity else "")


def register() -> None:
    register_receipt(KEY, _draw, track_url)
