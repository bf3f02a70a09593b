"""The breach register's staff pages: the list with the 3 x 24 hour clocks, one breach with its notices,
its history and its notice letters (draft, read, sign, download). The system admin keeps the register;
the PPID Utama (who signs the notice letters by default) reads it and signs. New breaches and corrections
are entered in the Django admin (same services)."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from pintu.accounts.roles import Role
from pintu.cases.events import event_label
from pintu.history.selectors import events_visible_to
from pintu.letters import services as letters
from pintu.letters.forms import SignForm
from pintu.letters.responses import letter_or_404, letter_pdf_response, sign_from_page
from pintu.mydata import breaches
from pintu.mydata.events import BREACH_CASE_TYPE
from pintu.mydata.forms import BreachLetterForm, BreachNoticeForm
from pintu.web.viewkit import STAFF_CSS, roles_required, service_errors_to_form

READERS = (Role.SYSTEM_ADMIN, Role.PPID_UTAMA)


def _breach(user, pk: int):
    breach = breaches.breaches_visible_to(user).filter(pk=pk).first()
    if breach is None:
        raise Http404
    return breach


@roles_required(READERS)
def breach_list(request):
    now = timezone.now()
    rows = [(b, b.subjects_clock(now), b.authority_clock(now)) for b in breaches.breaches_visible_to(request.user)]
    context = {"rows": rows, "may_manage": breaches.may_manage(request.user), "staff_css": STAFF_CSS}
    return render(request, "mydata/breach_list.html", context)


def _render(request, breach, *, status=200, **forms):
    now = timezone.now()
    events = list(events_visible_to(request.user).filter(case_type=BREACH_CASE_TYPE, case_id=breach.pk)
                  .order_by("at", "pk"))  # fmt: skip
    letter_rows = [(letter, letters.may_approve(letter, request.user)) for letter in breaches.notice_letters(breach)]
    context = {
        "breach": breach,
        "subjects": breach.subjects_clock(now),
        "authority": breach.authority_clock(now),
        "events": [(event, event_label(event)) for event in events],
        "letters": letter_rows,
        "may_manage": breaches.may_manage(request.user),
        "notice_form": forms.get("notice_form") or BreachNoticeForm(),
        "letter_form": forms.get("letter_form") or BreachLetterForm(),
        "sign_form": forms.get("sign_form") or SignForm(),
        "staff_css": STAFF_CSS,
    }
    return render(request, "mydata/breach_detail.html", context, status=status)


@roles_required(READERS)
@require_http_methods(["GET", "POST"])
def breach_detail(request, pk: int):
    breach = _breach(request.user, pk)
    if request.method == "GET":
        return _render(request, breach)
    action = request.POST.get("action", "")
    handlers = {"notice": _notice, "letter": _draft_letter, "sign": _sign, "close": _close}
    if action not in handlers:
        return _render(request, breach, status=400)
    if action != "sign" and not breaches.may_manage(request.user):
        raise PermissionDenied(_("Hanya admin sistem yang mengelola register kegagalan pelindungan data pribadi."))
    return handlers[action](request, breach)


def _notice(request, breach):
    form = BreachNoticeForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            breaches.record_notice(breach, user=request.user, to=data["to"], at=data["at"], how=data["how"])
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Pemberitahuan dicatat."))
            return redirect("mydata:breach_detail", breach.pk)
    return _render(request, breach, status=400, notice_form=form)


def _draft_letter(request, breach):
    form = BreachLetterForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        addressee = {key: data[key] for key in ("name", "salutation", "address", "city")}
        try:
            breaches.draft_notice_letter(breach, user=request.user, recipient=data["recipient"], addressee=addressee,
                                         advice=data["advice"])  # fmt: skip
        except ValidationError as exc:
            for field, errors in getattr(exc, "error_dict", {None: exc.error_list}).items():
                form.add_error(field.removeprefix("addressee.") if field and field.startswith("addressee.") else None,
                               errors)  # fmt: skip
        else:
            messages.success(request, _("Draf surat pemberitahuan dibuat. Penanda tangan dapat menyetujuinya."))
            return redirect("mydata:breach_detail", breach.pk)
    return _render(request, breach, status=400, letter_form=form)


def _sign(request, breach):
    letter = letter_or_404(breaches.notice_letters(breach), request.POST.get("letter"))
    return sign_from_page(request, letter, render_page=partial(_render, request, breach),
                          done=_("Surat disetujui dan ditandatangani."),
                          back=reverse("mydata:breach_detail", args=[breach.pk]))  # fmt: skip


def _close(request, breach):
    try:
        breaches.close_breach(breach, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("mydata:breach_detail", breach.pk)
    messages.success(request, _("Penanganan kegagalan ditandai selesai."))
    return redirect("mydata:breach_detail", breach.pk)


@roles_required(READERS)
def breach_letter_pdf(request, pk: int, letter_pk: int):
    """The notice letter: the signed file, or the draft (watermarked DRAF) for the drafter and the signer."""
    breach = _breach(request.user, pk)
    letter = letter_or_404(breaches.notice_letters(breach), letter_pk)
    back = reverse("mydata:breach_detail", args=[breach.pk])
    return letter_pdf_response(request, letter, filename=f"surat-{letter.pk}.pdf", back=back)
