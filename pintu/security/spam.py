"""Spam defence that needs no outside service: a honeypot field and a signed render time.

`SpamGuardMixin` adds two fields to a public form:
- `website`: hidden from people (off-screen, aria-hidden, not in the tab order); bots fill it.
- `rendered_at`: when the form was shown, signed with SECRET_KEY so it cannot be forged. A POST
  sooner than PINTU_SPAM_MIN_SECONDS after rendering is a bot; one older than
  PINTU_SPAM_MAX_AGE_SECONDS is re-shown. A missing render time counts as "too fast" whenever a
  minimum is set (the test settings set none, so Django-client tests of other forms need not
  render first; tests/security_auth sets one).

A refused POST never loses what was typed: the error is a form error, the form is shown again with
the submitted values and a fresh render time (dated so that an immediate resend passes).
Templates render both fields with {% include "security/spam_fields.html" %} inside the <form>.
"""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

SALT = "pintu.security.spam.rendered_at"
HONEYPOT = "website"
RENDERED_AT = "rendered_at"


def render_token(at: float | None = None) -> str:
    return signing.dumps(int(at if at is not None else time.time()), salt=SALT)


def render_time(token: str) -> int | None:
    try:
        value = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


class SpamGuardMixin(forms.Form):
    """Mix into a public form class (before its base). Set `spam_guarded = False` in a subclass for staff."""

    spam_guarded = True

    website = forms.CharField(
        label=_("Jangan isi kolom ini"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.spam_guarded:
            del self.fields[HONEYPOT], self.fields[RENDERED_AT]
        elif not self.is_bound:
            self.initial[RENDERED_AT] = render_token()

    def clean(self):
        cleaned = super().clean()
        if self.spam_guarded:
            problem = self._spam_problem(cleaned or self.cleaned_data)
            if problem:
                self.add_error(None, problem)
        return cleaned

    def _spam_problem(self, data) -> str | None:
        if data.get(HONEYPOT):
            return _("Formulir tidak dapat dikirim karena kolom tersembunyi terisi. "
                     "Periksa isian Anda lalu kirim lagi.")
        token = data.get(RENDERED_AT) or ""
        minimum, maximum = settings.PINTU_SPAM_MIN_SECONDS, settings.PINTU_SPAM_MAX_AGE_SECONDS
        if not token:
            return None if minimum <= 0 else _("Formulir dikirim terlalu cepat. Periksa isian Anda lalu kirim lagi.")
        rendered = render_time(token)
        if rendered is None:
            return _("Formulir ini tidak dikenali. Periksa isian Anda lalu kirim lagi.")
        age = time.time() - rendered
        if age < minimum:
            return _("Formulir dikirim terlalu cepat. Periksa isian Anda lalu kirim lagi.")
        if age > maximum:
            return _("Formulir ini sudah terlalu lama terbuka. Periksa isian Anda lalu kirim lagi.")
        return None

    def full_clean(self):
        super().full_clean()
        if self.spam_guarded and self.is_bound:
            # Shown again (any error, ours or the service's): a fresh render time, dated so that
            # the person, who has already spent time on this form, can resend at once.
            self.data = self.data.copy()
            self.data[self.add_prefix(RENDERED_AT)] = render_token(time.time() - settings.PINTU_SPAM_MIN_SECONDS)
            self.data[self.add_prefix(HONEYPOT)] = ""
