"""The second sign-in step: verify a code, enrol an authenticator app, renew backup codes.

Enrolling needs a verified session once a device exists: a password alone must never be enough
to register a new phone. Codes are checked by pintu.security.twofactor, which audits every attempt.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.security import twofactor
from pintu.security.forms_2fa import EnrolForm, TokenForm
from pintu.security.ratelimit import FAILURE, limit_posts


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("web:staff_home")


def _this_user(request, *args, **kwargs) -> list[str]:
    return [f"user:{request.user.pk}"]


@login_required
@limit_posts("second_factor", identities=_this_user, count=FAILURE)
def otp_verify(request):
    user = request.user
    if twofactor.is_verified(user):
        return redirect(_next_url(request))
    if not twofactor.has_device(user):
        return redirect(f"{reverse('accounts:otp_setup')}?{request.GET.urlencode()}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if twofactor.verify(request, user, form.cleaned_data["token"]):
            left = twofactor.backup_codes_left(user)
            if left <= 3:
                messages.warning(request, _("Sisa kode cadangan Anda %(n)s. Buat kode cadangan baru.") % {"n": left})
            return redirect(_next_url(request))
        form.add_error("token", _("Kode salah, sudah dipakai, atau terlalu cepat dicoba lagi. Tunggu sebentar, "
                                  "lalu masukkan kode yang sedang tampil di aplikasi."))  # fmt: skip
    context = {"form": form, "next": _next_url(request)}
    return render(request, "accounts/otp_verify.html", context, status=400 if form.errors else 200)


@login_required
@limit_posts("second_factor", identities=_this_user, count=FAILURE)
def otp_setup(request):
    user = request.user
    if twofactor.has_device(user) and not twofactor.is_verified(user):
        return redirect(f"{reverse('accounts:otp_verify')}?{request.GET.urlencode()}")
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = twofactor.confirm_enrolment(request, user, form.cleaned_data["token"])
        if codes is not None:
            context = {"codes": codes, "next": _next_url(request), "enrolled": True}
            return render(request, "accounts/backup_codes.html", context)
        form.add_error("token", _("Kode tidak cocok. Pastikan jam ponsel tepat, lalu masukkan kode yang sedang "
                                  "tampil."))  # fmt: skip
    enrolment = twofactor.enrolment_for(user)
    context = {
        "form": form,
        "secret": enrolment.secret,
        "qr_svg": enrolment.qr_svg(),
        "next": _next_url(request),
        "required": twofactor.requires_second_factor(user),
    }
    return render(request, "accounts/otp_setup.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def otp_backup_codes(request):
    """New backup codes for a verified session (the old ones stop working)."""
    if not twofactor.is_verified(request.user):
        return redirect(f"{reverse('accounts:otp_verify')}?next={reverse('web:staff_home')}")
    codes = twofactor.new_backup_codes(request, request.user)
    return render(request, "accounts/backup_codes.html", {"codes": codes, "next": reverse("web:staff_home")})
