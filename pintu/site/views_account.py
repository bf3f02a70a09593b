"""The workspace after sign-in (web:staff_home: "Ruang kerja" for officers, "Akun saya" for citizens).

Officers see their roles and the workspaces they open; everyone sees their own reports, information
requests and objections (each with status, code or number, and a link to its page), the form to add a
case filed as a guest (`claim_case`; pintu.mydata.claims decides), and the account's settings.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.accounts.selectors import role_assignments_visible_to
from pintu.cases.tracking import TrackingLocked
from pintu.mydata.claims import claim
from pintu.mydata.own_cases import own_cases
from pintu.security.citizens import is_citizen
from pintu.security.responses import too_many_requests
from pintu.site.guides import guides_for
from pintu.site.workspace import workspace_figures


class ClaimForm(forms.Form):
    reference = forms.CharField(
        label=gettext_lazy("Kode lacak laporan atau nomor pendaftaran permohonan"), max_length=40,
        help_text=gettext_lazy("Contoh: LPR-2026-7K3QX atau 0001/PPID/2026."),
        error_messages={"required": gettext_lazy("Isi kode lacak atau nomor pendaftaran.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false",
                                      "aria-describedby": "id_reference-hint"}),
    )  # fmt: skip
    secret = forms.CharField(
        label=gettext_lazy("Kode rahasia"), max_length=40,
        error_messages={"required": gettext_lazy("Isi kode rahasia yang Anda terima saat mengirim.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )  # fmt: skip


COMPLAINT_ROLES = (Role.ADMIN_INSTANSI, Role.PEJABAT_PENGHUBUNG, Role.KEPALA_OPD, Role.INSPEKTORAT, Role.PIMPINAN)
PPID_ROLES = (Role.PPID_UTAMA, Role.PPID_PEMBANTU, Role.ATASAN_PPID)


def _render(request, claim_form: ClaimForm | None = None, status: int = 200):
    user = request.user
    scope = scope_of(user)
    context = {
        "assignments": role_assignments_visible_to(user).filter(user=user, active=True),
        "scope": scope,
        "complaints": scope.has(*COMPLAINT_ROLES),
        "ppid": scope.has(*PPID_ROLES),
        "interop": scope.has(Role.ADMIN_INSTANSI),
        "breach_register": scope.has(Role.SYSTEM_ADMIN, Role.PPID_UTAMA),
        "own": own_cases(user),
        "guides": guides_for(user),
        "citizen": is_citizen(user),
        "claim_form": claim_form or ClaimForm(),
        "verified_email": bool(user.email and user.email_verified_at),
        "verified_phone": bool(user.phone and user.phone_verified_at),
        **workspace_figures(user),
    }
    return render(request, "site/staff_home.html", context, status=status)


@login_required
def staff_home(request):
    return _render(request)


@login_required
@require_POST
def claim_case(request):  # the secret is checked by the one tracking proof (counted per code and client)
    form = ClaimForm(request.POST)
    if form.is_valid():
        try:
            claimed = claim(request, form.cleaned_data["reference"], form.cleaned_data["secret"])
        except TrackingLocked as locked:
            return too_many_requests(request, locked.retry_after, back=reverse("web:staff_home"))
        except ValidationError as exc:
            form.add_error("reference" if exc.code != "wrong" else "secret", exc.messages[0])
        else:
            if claimed.already:
                messages.info(request, _("%(ref)s sudah ada di akun Anda.") % {"ref": claimed.reference})
            else:
                messages.success(request, _("%(ref)s sekarang tampil di akun Anda.") % {"ref": claimed.reference})
            return redirect("web:staff_home")
    return _render(request, claim_form=form, status=400)
