"""Registration of a citizen account: name, e-mail or phone, optional password -> a code -> signed in.

Step 1 (`register`) sends a code and keeps the pending registration sealed in the session; step 2
(`register_code`) spends the code and creates the account. Codes sent are limited per address (from any
client address) and per client address; wrong codes per address (scopes "code_send", "code_verify").
"""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.privacy.sealed import seal, unseal
from pintu.security import citizens
from pintu.security.code_pages import (
    BACKEND,
    code_entry_page,
    code_request_page,
    destination_typed,
    resend_code,
)
from pintu.security.destinations import Destination
from pintu.security.forms_account import RegistrationForm
from pintu.security.ratelimit import FAILURE, limit_posts

SIGNUP_KEY = "pintu_signup"


def _store(request, pending: citizens.PendingRegistration) -> None:
    request.session[SIGNUP_KEY] = {
        "name": pending.name, "kind": pending.destination.kind, "to": seal(pending.destination.value),
        "pw": seal(pending.password_hash), "lang": pending.language,
    }  # fmt: skip


def pending_of(request) -> citizens.PendingRegistration | None:
    stored = request.session.get(SIGNUP_KEY)
    value = unseal(stored.get("to")) if stored else None
    if not value:
        return None
    return citizens.PendingRegistration(
        name=stored["name"], destination=Destination(stored["kind"], value), password_hash=unseal(stored["pw"]) or "",
        language=stored.get("lang") or "id",
    )  # fmt: skip


def _pending_destination(request, *args, **kwargs) -> list[str]:
    pending = pending_of(request)
    return [pending.destination.value] if pending else []


@limit_posts("code_send", identities=destination_typed)
def register(request):
    if request.user.is_authenticated:
        return redirect("web:staff_home")
    pending = pending_of(request)
    initial = {"name": pending.name} if pending else {}
    form = RegistrationForm(request.POST or None, initial=initial)

    def send(data):
        return citizens.start_registration(
            name=data["name"], destination=data["destination"], password=data["password"],
            language=get_language() or "id", request=request,
        )  # fmt: skip

    def sent(pending):
        _store(request, pending)
        return redirect("accounts:register_code")

    return code_request_page(request, form, send, sent, template="accounts/register.html")


@limit_posts("code_verify", identities=_pending_destination, count=FAILURE)
def register_code(request):
    pending = pending_of(request)
    if pending is None:
        return redirect("accounts:register")

    def signed_in(user):
        request.session.pop(SIGNUP_KEY, None)
        login(request, user, backend=BACKEND)
        messages.success(request, _("Akun Anda sudah dibuat dan Anda sudah masuk. Selamat datang!"))
        return redirect("web:staff_home")

    try:
        return code_entry_page(
            request, pending.destination, lambda code: citizens.complete_registration(pending, code, request=request),
            signed_in, template="accounts/register_code.html", resend_url="accounts:register_resend",
        )  # fmt: skip
    except ValidationError as exc:  # the address was taken meanwhile: sign in instead
        request.session.pop(SIGNUP_KEY, None)
        messages.info(request, exc.messages[0])
        return redirect("web:login")


@require_POST
@limit_posts("code_send", identities=_pending_destination)
def register_resend(request):
    pending = pending_of(request)
    if pending is None:
        return redirect("accounts:register")
    return resend_code(
        request, "accounts:register_code",
        lambda: citizens.send_registration_code(pending.destination, pending.language, request=request),
    )  # fmt: skip
