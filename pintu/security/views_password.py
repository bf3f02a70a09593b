"""Password reset (by an e-mailed link) and change: Django's own views with our forms and pages.

- Reset: Django's PasswordResetView / PasswordResetConfirmView. The link holds a token that is not
  stored anywhere, expires after PASSWORD_RESET_TIMEOUT and stops working once the password changed
  (it is computed from the password hash and the last sign-in). Administrators get no link
  (forms_account.PasswordResetForm); the request is limited per address and per e-mail (scope
  "password_reset"). After the reset the person signs in again: an officer whose role needs a second
  factor is asked for it as before (devices are untouched).
- Change: signed in; the current password is asked, except for a citizen who registered without one
  (they proved themselves with a code), who sets a first password.
Both are audited ("auth.password_reset", "auth.password_changed").
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from pintu.security.audit_hooks import record
from pintu.security.forms_account import PasswordChangeForm, PasswordResetForm, SetPasswordForm
from pintu.security.ratelimit import FAILURE, limit_posts, post_fields


def link_hours() -> int:
    return max(1, round(settings.PASSWORD_RESET_TIMEOUT / 3600))


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_sent")

    @property
    def extra_email_context(self):
        return {"hours": link_hours()}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        record("auth.password_reset", actor=form.user, target=form.user, request=self.request)
        return response


password_reset = limit_posts("password_reset", identities=post_fields("email"))(PasswordResetView.as_view())


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "hours": link_hours()}


password_reset_sent = PasswordResetSentView.as_view()
password_reset_confirm = PasswordResetConfirmView.as_view()
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)


@login_required
def password_change(request):
    user = request.user
    first = not user.has_usable_password()
    form_class = SetPasswordForm if first else PasswordChangeForm
    form = form_class(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, user)  # stay signed in (the second factor of this session too)
        record("auth.password_changed", actor=user, target=user, request=request, details={"first": first})
        messages.success(request, _("Kata sandi Anda sudah disimpan."))
        return redirect("web:staff_home")
    return render(request, "accounts/password_change.html", {"form": form, "first": first},
                  status=400 if form.errors else 200)  # fmt: skip


password_change = limit_posts("password_change", identities=lambda request, *a, **k: [f"user:{request.user.pk}"],
                              count=FAILURE)(password_change)  # fmt: skip
