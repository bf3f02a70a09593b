"""Sending a receipt ("tanda terima") from a confirmation page to the citizen's own e-mail or WhatsApp
(issue #16 item 3), once for the three case types: a report, an information request, an objection.

Each case type registers how to draw its receipt (`register_receipt`, in its AppConfig.ready()); its
confirmation page calls `send_from_page` with the case it has proved belongs to this session, the
addresses stored on the case (no other address can be typed) and the secret while the page still holds it.

- E-mail: the PDF as on the download, made when the worker sends (notifications.messages.register_attachment);
  the secret is printed in it only while the confirmation session holds it, and travels encrypted in the
  outbox row like the acknowledgement's.
- WhatsApp: an approved UTILITY template (`pintu_tanda_terima`, pintu.notifications.phone) with the code,
  when it was received, and the tracking page's address; not the secret and not the PDF. The secret goes by
  WhatsApp only once, in the acknowledgement a person opted in to on the form; a receipt can be asked for
  again and again from a page that may be open on a shared screen, and a chat is read on lock screens, so
  it carries the code only (the secret stays on the page, in the downloaded PDF and in the e-mailed one).
  A PDF link would not help either: the download needs this session or the secret. The person asked for
  the message on the page, so no standing WhatsApp consent is needed, as for a one-time code.

Rate-limited per client, per address and per case code with channel (settings.PINTU_RATES["receipt_send"]).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.db import models, transaction
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.agencies.tree import root_pemkab
from pintu.letters.receipts import ReceiptView, filename_for, render_receipt_pdf
from pintu.notifications.channels import available_channels
from pintu.notifications.messages import Recipient
from pintu.notifications.models import Channel
from pintu.notifications.services import queue_mail
from pintu.privacy.contact import InvalidPhone, mask_email, mask_phone, normalize_phone
from pintu.security.ratelimit import count_identities, hit
from pintu.security.responses import too_many_requests

TEMPLATE = "case_receipt"
SCOPE = "receipt_send"
WHATSAPP = Channel.WHATSAPP
EMAIL = Channel.EMAIL
CHANNEL_FIELD = "channel"


@dataclass(frozen=True)
class ReceiptKind:
    """How one case type draws its receipt: `draw(case, secret, track_url, body_name)`; `track_url(case)`."""

    draw: Callable[..., ReceiptView]
    track_url: Callable[[models.Model], str]


#: the context key of the case ("report", "req", "objection", as the phone messages name them) -> its kind
_KINDS: dict[str, ReceiptKind] = {}


def register_receipt(key: str, draw: Callable[..., ReceiptView], track_url: Callable[[models.Model], str]) -> None:
    _KINDS[key] = ReceiptKind(draw, track_url)


@dataclass(frozen=True)
class Addresses:
    """Where the case's own contact can be reached (as stored on the case)."""

    email: str = ""
    phone: str = ""  # E.164


def offered(addresses: Addresses) -> list[str]:
    """The channels the confirmation page offers: e-mail when the case has one, WhatsApp when it has a phone
    number and this region sends WhatsApp."""
    channels = [EMAIL] if addresses.email else []
    if addresses.phone and WHATSAPP in available_channels():
        channels.append(WHATSAPP)
    return channels


def page_context(addresses: Addresses, send_url: str) -> dict:
    """What letters/includes/receipt_send.html needs: the channels, the addresses masked (a confirmation page
    may be on a shared screen), where to post."""
    shown = Addresses(mask_email(addresses.email) if addresses.email else "",
                      mask_phone(addresses.phone) if addresses.phone else "")  # fmt: skip
    return {"receipt_channels": offered(addresses), "receipt_to": shown, "receipt_send_url": send_url}


def _kind_of(context: dict) -> tuple[str, models.Model]:
    for key in _KINDS:
        if context.get(key) is not None:
            return key, context[key]
    raise LookupError("a receipt's context names no registered case type")


def body_name() -> str:
    pemda = root_pemkab()
    return pemda.name if pemda else ""


def attachment(context: dict) -> tuple[str, bytes, str]:
    """The PDF of a queued receipt e-mail, drawn when the worker sends it (in the recipient's language)."""
    key, case = _kind_of(context)
    kind = _KINDS[key]
    view = kind.draw(case, secret=context.get("secret") or "", track_url=context.get("url") or kind.track_url(case),
                     body_name=body_name())  # fmt: skip
    return filename_for(view.code), render_receipt_pdf(view), "application/pdf"


@transaction.atomic
def send_receipt(key: str, case, *, channel: str, addresses: Addresses, code: str, received, secret: str = "",
                 language: str = "id") -> bool:  # fmt: skip
    """Queue the receipt of `case` on `channel` to its own address; False when that channel is not offered."""
    if key not in _KINDS or channel not in offered(addresses):
        return False
    context = {key: case, "code": code, "received": received, "url": _KINDS[key].track_url(case)}
    if channel == EMAIL:
        queue_mail(Recipient(addresses.email, language or "id"), TEMPLATE, {**context, "secret": secret or ""})
    else:
        try:
            phone = normalize_phone(addresses.phone)
        except InvalidPhone:
            return False
        recipient = Recipient("", language or "id", phone=phone, phone_channels=(WHATSAPP,))
        queue_mail(recipient, TEMPLATE, context, channel=WHATSAPP)
    return True


def send_from_page(request, key: str, case, *, addresses: Addresses, code: str, received, secret: str, back: str):
    """The POST of "Kirim tanda terima" on a confirmation page: rate-limit, send, say what happened, go back."""
    channel = request.POST.get(CHANNEL_FIELD, EMAIL)
    identity = [f"{code}:{channel}"]
    retry_after = hit(request, SCOPE, identity)
    if retry_after is not None:
        return too_many_requests(request, retry_after, back=back)
    if channel not in (EMAIL, WHATSAPP):
        messages.error(request, _("Pilih e-mail atau WhatsApp untuk menerima tanda terima."))
    elif send_receipt(key, case, channel=channel, addresses=addresses, code=code, received=received, secret=secret,
                      language=get_language() or "id"):  # fmt: skip
        count_identities(request, SCOPE, identity)
        if channel == EMAIL:
            messages.success(request, _("Tanda terima sedang dikirim ke e-mail Anda. Periksa juga folder spam."))
        else:
            messages.success(request, _("Tanda terima sedang dikirim lewat WhatsApp ke nomor Anda."))
    elif channel == EMAIL:
        messages.error(request, _("Tidak ada alamat e-mail pada kiriman ini. Unduh tanda terimanya sebagai PDF."))
    else:
        messages.error(request, _("Tanda terima tidak dapat dikirim lewat WhatsApp ke kiriman ini. Unduh PDF-nya."))
    return redirect(back)
