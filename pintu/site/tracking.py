"""One tracking box ("Lacak"): a complaint code, a PPID registration number or an objection number, each
with its secret, opens the right page. The proofs are the case types' own (pintu.cases.tracking with its
rate limit per code and client); this page only tells the three kinds of code apart."""

from enum import Enum

from django import forms
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pintu.cases.tracking import TrackingLocked
from pintu.complaints.forms_public import DescribedForm, tidy_code
from pintu.complaints.models import Report
from pintu.complaints.tracking import prove_reporter
from pintu.complaints.views.public_track import remember_tracked as remember_report
from pintu.ppid.objections.tracking import parse_objection_number, prove_objection_requester
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.tracking import prove_requester_secret
from pintu.ppid.requests.views.public import remember_tracked as remember_request
from pintu.security.responses import too_many_requests

CODE_ATTRS = {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}


class Kind(Enum):
    REPORT = "report"
    REQUEST = "request"
    OBJECTION = "objection"


def kind_of(code: str) -> Kind:
    if parse_number(code):
        return Kind.REQUEST
    if parse_objection_number(code):
        return Kind.OBJECTION
    return Kind.REPORT


class TrackAnyForm(DescribedForm):
    # The field names are the complaint tracker's, so its form can hand a PPID number over as it is.
    code = forms.CharField(
        label=_("Kode lacak, nomor pendaftaran, atau nomor keberatan"),
        max_length=40,
        widget=forms.TextInput(attrs=CODE_ATTRS),
        help_text=_(
            "Misalnya LPR-2026-7K3QX (laporan), PPID/2026/000123 (permohonan informasi), atau "
            "KEB/2026/000045 (keberatan)."
        ),  # fmt: skip
        error_messages={"required": _("Isi kode lacak atau nomor Anda.")},
    )
    secret = forms.CharField(
        label=_("Kode rahasia"),
        max_length=40,
        widget=forms.TextInput(attrs=CODE_ATTRS),
        help_text=_(
            "Kode 8 huruf dan angka yang Anda terima saat mengirim. Keberatan memakai kode rahasia permohonannya."
        ),  # fmt: skip
        error_messages={"required": _("Isi kode rahasia.")},
    )

    def clean_code(self):
        """A complaint code is tidied as the complaint tracker does ("lpr 2026 7k3qx"); PPID numbers as typed."""
        code = self.cleaned_data["code"].strip()
        return tidy_code(code) if kind_of(code) is Kind.REPORT else code


def track(request):
    form = TrackAnyForm(request.POST or None, initial={"code": request.GET.get("kode", "")})
    if request.method == "POST" and form.is_valid():
        code, secret = form.cleaned_data["code"], form.cleaned_data["secret"]
        try:
            target = _prove(request, kind_of(code), code, secret)
        except TrackingLocked as locked:
            return too_many_requests(request, locked.retry_after, back=reverse("web:track"))
        if target is not None:
            return target
        form.add_error("code", _("Kode atau kode rahasia salah. Periksa lagi keduanya; huruf besar atau kecil "
                                 "sama saja."))  # fmt: skip
    return render(request, "site/track.html", {"form": form}, status=400 if form.errors else 200)


def _prove(request, kind: Kind, code: str, secret: str):
    if kind is Kind.REQUEST:
        info = prove_requester_secret(request, code, secret)
        if info is None:
            return None
        request.session.cycle_key()
        remember_request(request, info.number)
        return redirect("ppid:request_track_detail", info.slug)
    if kind is Kind.OBJECTION:
        objection = prove_objection_requester(request, code, secret)
        if objection is None:
            return None
        request.session.cycle_key()
        remember_request(request, objection.request.number)
        return redirect("ppid:objection_track", objection.pk)
    case = prove_reporter(request, code, secret)
    if isinstance(case, Report):
        request.session.cycle_key()
        remember_report(request, case.code)
        return redirect("complaints:track_detail", case.code)
    if case is not None:  # accepted through the API, being built: the complaint tracker says so
        return redirect(f"{reverse('complaints:track')}?kode={case.code}")
    return None
