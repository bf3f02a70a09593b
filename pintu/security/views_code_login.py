"""Sign-in by a one-time code, for citizens: an e-mail address or phone number -> a code -> signed in.

The first page answers the same whether or not the address belongs to a citizen's account (no code is
sent to unknown addresses or to officers, who sign in with their password and second factor).
"""

from django.contrib.auth import login
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from pintu.privacy.sealed import seal, unseal
from pintu.security import citizens
from pintu.security.code_pages import (
    BACKEND,
    code_entry_page,
    code_request_page,
    destination_typed,
    resend_code,
    safe_next,
)
from pintu.security.destinations import Destination
from pintu.security.forms_account import CodeRequestForm
from pintu.security.ratelimit import FAILURE, limit_posts

CODE_LOGIN_KEY = "pintu_code_login"


def _destination_of(request) -> Destination | None:
    stored = request.session.get(CODE_LOGIN_KEY)
    value = unseal(stored.get("to")) if stored else None
    return Destination(stored["kind"], value) if value else None


def _session_destination(request, *args, **kwargs) -> list[str]:
    destination = _destination_of(request)
    return [destination.value] if destination else []


@limit_posts("code_send", identities=destination_typed)
def code_login(request):
    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next") or "")

    def send(data):
        citizens.start_code_login(data["destination"], get_language() or "id", request=request)
        return data["destination"]

    def sent(destination):
        request.session[CODE_LOGIN_KEY] = {"kind": destination.kind, "to": seal(destination.value), "next": next_url}
        return redirect("accounts:code_login_enter")

    return code_request_page(request, CodeRequestForm(request.POST or None), send, sent,
                             template="accounts/code_login.html", context={"next": next_url})  # fmt: skip


@limit_posts("code_verify", identities=_session_destination, count=FAILURE)
def code_login_enter(request):
    destination = _destination_of(request)
    if destination is None:
        return redirect("accounts:code_login")

    def signed_in(user):
        next_url = request.session.pop(CODE_LOGIN_KEY, {}).get("next") or ""
        login(request, user, backend=BACKEND)
        return redirect(safe_next(request, next_url) or "web:staff_home")

    return code_entry_page(
        request, destination, lambda code: citizens.complete_code_login(destination, code, request=request),
        signed_in, template="accounts/code_login_enter.html", resend_url="accounts:code_login_resend",
    )  # fmt: skip


@require_POST
@limit_posts("code_send", identities=_session_destination)
def code_login_resend(request):
    destination = _destination_of(request)
    if destination is None:
        return redirect("accounts:code_login")
    return resend_code(
        request, "accounts:code_login_enter",
        lambda: citizens.start_code_login(destination, get_language() or "id", request=request),
    )  # fmt: skip
