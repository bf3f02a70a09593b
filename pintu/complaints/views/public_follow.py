""" "Saya juga mengalami ini" on a public report: follow it by e-mail or phone, confirm with a code, stop
by the link in every update (pintu.complaints.watchers). The address typed is sealed in the session while
the code is on its way and never shown again; codes sent and wrong codes are rate-limited per address and
per client like the account codes (scopes "code_send" and "code_verify")."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.complaints import watchers
from pintu.complaints.forms_follow import FollowForm
from pintu.complaints.models import Watcher
from pintu.complaints.selectors import public_reports
from pintu.complaints.views.public_pages import render_public_detail
from pintu.privacy.sealed import seal, unseal
from pintu.security import onetime
from pintu.security.code_delivery import CodeNotSent
from pintu.security.code_pages import code_refused_message, destination_typed, not_sent_message
from pintu.security.destinations import Destination
from pintu.security.forms_account import CodeForm
from pintu.security.ratelimit import FAILURE, limit_posts

PENDING_KEY = "pintu_follow"


def _pending(request, code: str) -> watchers.Pending | None:
    stored = request.session.get(PENDING_KEY) or {}
    value = unseal(stored.get("to")) if stored.get("report") == code else None
    return watchers.Pending(stored["id"], Destination(stored["kind"], value)) if value else None


def _pending_destination(request, code: str, *args, **kwargs) -> list[str]:
    pending = _pending(request, code)
    return [pending.destination.value] if pending else []


def _public_report(code: str):
    return get_object_or_404(public_reports(), code=code)


@require_POST
@limit_posts("code_send", identities=destination_typed)
def follow(request, code: str):
    report = _public_report(code)
    form = FollowForm(request.POST)
    if form.is_valid():
        destination = form.cleaned_data["destination"]
        try:
            pending = watchers.start_following(report, destination, get_language() or "id")
        except CodeNotSent as exc:
            form.add_error("destination", not_sent_message(exc))
        except watchers.NotFollowable:
            raise Http404 from None
        else:
            request.session[PENDING_KEY] = {"report": report.code, "id": pending.watcher_id,
                                            "kind": destination.kind, "to": seal(destination.value)}  # fmt: skip
            return redirect("complaints:follow_confirm", report.code)
    return render_public_detail(request, report, follow_form=form, status=400)


@limit_posts("code_verify", identities=_pending_destination, count=FAILURE)
def follow_confirm(request, code: str):
    report = _public_report(code)
    pending = _pending(request, code)
    if pending is None:
        return redirect(reverse("complaints:public_detail", args=[code]) + "#ikuti")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            watchers.confirm(pending, form.cleaned_data["code"])
        except onetime.CodeRefused as exc:
            form.add_error("code", code_refused_message(exc))
        except Watcher.DoesNotExist:
            request.session.pop(PENDING_KEY, None)
            return redirect(reverse("complaints:public_detail", args=[code]) + "#ikuti")
        else:
            request.session.pop(PENDING_KEY, None)
            messages.success(request, _("Terima kasih. Anda akan menerima kabar setiap ada perkembangan laporan ini."))
            return redirect(reverse("complaints:public_detail", args=[code]) + "#ikuti")
    context = {"report": report, "form": form, "masked": pending.destination.masked()}
    return render(request, "complaints/public/follow_confirm.html", context, status=400 if form.errors else 200)


def unfollow(request, token: str):
    """The link in every update: a page with one button (a GET alone changes nothing: link previews)."""
    watcher = watchers.watcher_for_token(token)
    if watcher is None:
        return render(request, "complaints/public/unfollow.html", {"gone": True})
    if request.method == "POST":
        code = watcher.report.code
        watchers.unfollow(watcher)
        return render(request, "complaints/public/unfollow.html", {"done": True, "code": code})
    return render(request, "complaints/public/unfollow.html", {"report": watcher.report, "token": token})
