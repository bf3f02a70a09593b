"""Sending a published annual report to the Komisi Informasi (staff page), and the public signed cover letter.

The staff page of one report: the cover letters (draft by the PPID Utama, approve and sign by the
signatory of the kind, discard a draft), the draft or signed letter as PDF, and the record of sending.
Rules: pintu.ppid.annual.dispatch and pintu.letters.services.
"""

from functools import partial

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from pintu.history.models import Event
from pintu.letters import services as letters
from pintu.letters.forms import SignForm
from pintu.letters.responses import letter_or_404, letter_pdf_response, sign_from_page
from pintu.ppid.annual import dispatch, downloads
from pintu.ppid.annual.forms import SendingForm
from pintu.ppid.annual.permissions import may_publish
from pintu.ppid.annual.selectors import annual_reports_visible_to, published_reports
from pintu.ppid.web import staff_view, with_labels
from pintu.web.viewkit import service_errors_to_form


@require_GET
def annual_cover_pdf(request, pk: int):
    """The signed cover letter in force of a published report (public: it names no person)."""
    report = published_reports().filter(pk=pk).first()
    download = downloads.cover_letter(report) if report is not None else None
    if download is None:
        raise Http404
    return download.response()


def _report(user, pk: int):
    report = annual_reports_visible_to(user).filter(pk=pk, published_at__isnull=False).select_related("agency").first()
    if report is None:
        raise Http404
    return report


def _render(request, report, *, status: int = 200, **forms):
    user = request.user
    covers = [(letter, letters.may_approve(letter, user)) for letter in dispatch.cover_letters(report)]
    context = {
        "report": report,
        "covers": covers,
        "signed": dispatch.signed_cover(report),
        "sendings": dispatch.sendings(report),
        "may_manage": may_publish(user),
        "sending_form": forms.get("sending_form") or SendingForm(),
        "sign_form": forms.get("sign_form") or SignForm(),
        "events": with_labels(Event.objects.for_case("annual_report", report.pk).select_related("actor")),
        "back": reverse("ppid:staff_annual") + f"?tahun={report.year}"
        + (f"&instansi={report.agency.code}" if report.agency else ""),
    }  # fmt: skip
    return render(request, "ppid/annual/sending.html", context, status=status)


@staff_view
@require_http_methods(["GET", "POST"])
def annual_sending(request, pk: int):
    report = _report(request.user, pk)
    if request.method == "GET":
        return _render(request, report)
    handlers = {"draft": _draft, "sign": _sign, "discard": _discard, "send": _send}
    action = request.POST.get("action", "")
    if action not in handlers:
        return _render(request, report, status=400)
    return handlers[action](request, report)


def _carried_out(request, report, use_case, done: str):
    """Run a button's use case: its refusal shown on the page (400), else `done` and back to the page."""
    try:
        use_case()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return _render(request, report, status=400)
    messages.success(request, done)
    return redirect("ppid:staff_annual_sending", report.pk)


def _draft(request, report):
    done = _("Draf surat pengantar dibuat. Penanda tangan dapat menyetujui dan menandatanganinya.")
    return _carried_out(request, report, partial(dispatch.draft_cover, request.user, report), done)


def _sign(request, report):
    letter = letter_or_404(dispatch.cover_letters(report), request.POST.get("letter"))
    return sign_from_page(request, letter, render_page=partial(_render, request, report),
                          done=_("Surat pengantar disetujui dan ditandatangani."),
                          back=reverse("ppid:staff_annual_sending", args=[report.pk]))  # fmt: skip


def _discard(request, report):
    letter = letter_or_404(dispatch.cover_letters(report), request.POST.get("letter"))
    if not may_publish(request.user):
        return _render(request, report, status=403)
    discard = partial(letters.discard_draft, letter, user=request.user)
    return _carried_out(request, report, discard, _("Draf surat pengantar dibuang."))


def _send(request, report):
    form = SendingForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            dispatch.record_sending(request.user, report, sent_on=data["sent_on"], channel=data["channel"],
                                    reference=data["reference"], note=data["note"])  # fmt: skip
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Pengiriman kepada Komisi Informasi dicatat."))
            return redirect("ppid:staff_annual_sending", report.pk)
    return _render(request, report, status=400, sending_form=form)


@staff_view
@require_GET
def annual_letter_pdf(request, pk: int, letter_pk: int):
    """A cover letter: the signed file, or the draft (watermarked DRAF) for the drafter and the signer."""
    report = _report(request.user, pk)
    letter = letter_or_404(dispatch.cover_letters(report), letter_pk)
    back = reverse("ppid:staff_annual_sending", args=[report.pk])
    return letter_pdf_response(request, letter, filename=f"surat-pengantar-{letter.pk}.pdf", back=back)
