"""Sign-in and sign-out (password step). The second step lives in views_2fa.

Django's LoginView with two additions: POSTs are rate-limited per IP and per username (failures
only; django-axes separately locks a username+IP out after PINTU_LOGIN_FAILURE_LIMIT failures),
and a user whose role needs a second factor goes straight on to it.
"""

from urllib.parse import urlencode

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator
from django.urls import reverse

from pintu.security import twofactor
from pintu.security.ratelimit import FAILURE, limit_posts, post_fields


class LoginForm(AuthenticationForm):
    """Django's form sets the username's max_length after the field is built, so the length is never
    checked: a 1,000-character name reached django-axes, whose varchar(255) made PostgreSQL fail (a
    500 found by tests/hostile). The validator makes it an ordinary form error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].validators.append(MaxLengthValidator(self.fields["username"].max_length))


class LoginView(auth_views.LoginView):
    template_name = "security/login.html"
    form_class = LoginForm
    redirect_authenticated_user = False

    def get_success_url(self):
        url = super().get_success_url()
        user = self.request.user
        if twofactor.must_verify(user):
            target = "accounts:otp_verify" if twofactor.has_device(user) else "accounts:otp_setup"
            return f"{reverse(target)}?{urlencode({'next': url})}"
        return url


login = limit_posts("login", identities=post_fields("username"), count=FAILURE)(LoginView.as_view())
logout = auth_views.LogoutView.as_view()
