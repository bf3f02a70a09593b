"""What the pages that send and check one-time codes share: messages, the rate-limit identity, the page where
the code is typed, "send again"."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pintu.security.code_delivery import CodeNotSent, phone_sender_registered
from pintu.security.destinations import parse_destination
from pintu.security.forms_account import CodeForm
from pintu.security.onetime import CODE_MINUTES, CodeRefused

#: The backend recorded in the session of an account signed in by a code (no password was checked).
BACKEND = "django.contrib.auth.backends.ModelBackend"


def destination_typed(request, *args, **kwargs) -> list[str]:
    """The rate-limit identity of a POST naming an address: the normalised address, however it was typed."""
    raw = request.POST.get("destination", "")
    try:
        return [parse_destination(raw).value]
    except ValidationError:  # an invalid address is refused by the form; count what was typed
        return [raw]


def not_sent_message(exc: CodeNotSent) -> str:
    if exc.no_channel:
        return _("Kami belum dapat mengirim kode ke nomor HP. Gunakan alamat e-mail.")
    return _("Kode tidak dapat dikirim sekarang. Periksa alamatnya, atau coba lagi beberapa menit lagi.")


def code_refused_message(exc: CodeRefused) -> str:
    if exc.attempts_left <= 0:
        return _("Kode ini sudah tidak berlaku (salah terlalu sering atau lewat waktu). Minta kode baru.")
    return ngettext(
        "Kode salah. Sisa %(n)s percobaan untuk kode ini.", "Kode salah. Sisa %(n)s percobaan untuk kode ini.",
        exc.attempts_left,
    ) % {"n": exc.attempts_left}  # fmt: skip


def code_request_page(request, form, send, sent, *, template: str, context: dict | None = None):
    """The page where the address a code goes to is typed (sign in by code, register): `send(cleaned_data)`
    sends the code (CodeNotSent goes back on the form, on "destination"); `sent(result)` answers."""
    if request.method == "POST" and form.is_valid():
        try:
            result = send(form.cleaned_data)
        except CodeNotSent as exc:
            form.add_error("destination", not_sent_message(exc))
        else:
            return sent(result)
    context = {"form": form, "phone_ok": phone_sender_registered(), **(context or {})}
    return render(request, template, context, status=400 if form.errors else 200)


def code_entry_page(request, destination, complete, signed_in, *, template: str, resend_url: str):
    """The page where the code sent to `destination` is typed: `complete(code)` spends it and returns the
    account (a wrong code, CodeRefused, goes back on the form); `signed_in(user)` signs in and answers."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = complete(form.cleaned_data["code"])
        except CodeRefused as exc:
            form.add_error("code", code_refused_message(exc))
        else:
            return signed_in(user)
    context = {"form": form, "masked": destination.masked(), "is_phone": destination.is_phone,
               "minutes": CODE_MINUTES, "resend_url": resend_url}  # fmt: skip
    return render(request, template, context, status=400 if form.errors else 200)


def resend_code(request, back_to: str, send) -> object:
    """Call `send()` (which sends a new code), tell the visitor, go back to the code page."""
    try:
        send()
    except CodeNotSent as exc:
        messages.error(request, not_sent_message(exc))
    else:
        messages.success(request, _("Kode baru sudah dikirim. Kode yang lama tidak berlaku lagi."))
    return redirect(back_to)


def safe_next(request, value: str) -> str:
    if value and url_has_allowed_host_and_scheme(value, {request.get_host()}, require_https=request.is_secure()):
        return value
    return ""
