"""Password reset by e-mail and password change, for citizens and officers; administrators excluded
from the self-service reset; a second factor stays required after a reset."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from pintu.accounts.models import User

from .conftest import password_login

pytestmark = pytest.mark.django_db
NEW = "Kopi-tubruk-pagi-99"


def ask_reset(client, email):
    return client.post(reverse("accounts:password_reset"), {"email": email})


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def set_new_password(client, message, password=NEW):
    response = client.get(link_in(message))
    assert response.status_code == 302  # Django moves the token into the session first
    form_url = response["Location"]
    return client.post(form_url, {"new_password1": password, "new_password2": password})


def test_a_citizen_resets_the_password_by_email(client, user_named):
    warga = user_named("warga")
    response = ask_reset(client, warga.email.upper())
    assert response.status_code == 302 and response["Location"] == reverse("accounts:password_reset_sent")
    (message,) = mail.outbox
    assert message.to == [warga.email] and "kata sandi baru" in message.subject.lower()
    response = set_new_password(client, message)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:password_reset_complete")
    assert SESSION_KEY not in client.session  # signs in again, with the new password
    assert password_login(client, "warga", NEW).status_code == 302
    assert client.session[SESSION_KEY] == str(warga.pk)
    client.post(reverse("web:logout"))
    again = client.get(link_in(message), follow=True)  # the link is spent
    assert "Tautan ini tidak berlaku lagi" in again.content.decode()


def test_the_answer_is_the_same_for_an_unknown_address(client):
    response = ask_reset(client, "tidak.ada@contoh.id")
    assert response.status_code == 302 and response["Location"] == reverse("accounts:password_reset_sent")
    assert mail.outbox == []


@pytest.mark.parametrize("username", ["sysadmin"])
def test_administrators_get_no_reset_link(client, user_named, username):
    admin = user_named(username)
    assert ask_reset(client, admin.email).status_code == 302
    assert mail.outbox == []


def test_a_citizen_who_registered_without_a_password_may_set_one_by_the_link(client):
    user = User.objects.create_user("warga-kode", email="kode@contoh.id", email_verified_at=timezone.now())
    assert not user.has_usable_password()
    ask_reset(client, "kode@contoh.id")
    set_new_password(client, mail.outbox[0])
    user.refresh_from_db()
    assert user.check_password(NEW)


def test_an_officer_with_a_second_factor_still_needs_it_after_a_reset(client, user_named):
    officer = user_named("ppid.utama")
    TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    ask_reset(client, officer.email)
    set_new_password(client, mail.outbox[0])
    response = password_login(client, "ppid.utama", NEW)
    assert response.status_code == 302 and reverse("accounts:otp_verify") in response["Location"]
    assert TOTPDevice.objects.filter(user=officer, confirmed=True).exists()
    assert client.get(reverse("web:staff_home")).status_code == 302  # nothing before the code


def test_an_officer_without_a_second_factor_role_resets_too(client, user_named):
    ask_reset(client, user_named("penghubung.pupr").email)
    set_new_password(client, mail.outbox[0])
    assert password_login(client, "penghubung.pupr", NEW)["Location"] == reverse("web:staff_home")


def test_a_weak_new_password_is_explained(client, user_named):
    ask_reset(client, user_named("warga").email)
    response = set_new_password(client, mail.outbox[0], password="12345678")
    assert response.status_code == 200 and 'href="#id_new_password2"' in response.content.decode()


def test_change_asks_the_current_password_and_keeps_the_session(client, user_named):
    warga = user_named("warga")
    client.force_login(warga)
    url = reverse("accounts:password_change")
    wrong = client.post(url, {"old_password": "salah", "new_password1": NEW, "new_password2": NEW})
    assert wrong.status_code == 400 and 'href="#id_old_password"' in wrong.content.decode()
    ok = client.post(url, {"old_password": "pintu-demo-2026", "new_password1": NEW, "new_password2": NEW})
    assert ok.status_code == 302 and client.session[SESSION_KEY] == str(warga.pk)
    warga.refresh_from_db()
    assert warga.check_password(NEW)


def test_a_code_only_account_sets_a_first_password_without_an_old_one(client):
    user = User.objects.create_user("warga-kode", phone="+6281234567890", phone_verified_at=timezone.now())
    client.force_login(user)
    page = client.get(reverse("accounts:password_change")).content.decode()
    assert "id_old_password" not in page
    client.post(reverse("accounts:password_change"), {"new_password1": NEW, "new_password2": NEW})
    user.refresh_from_db()
    assert user.check_password(NEW)
    client.post(reverse("web:logout"))
    assert password_login(client, "0812-3456-7890", NEW).status_code == 302  # the verified phone as name


def test_an_officer_changes_the_password_and_keeps_the_verified_session(client, user_named):
    officer = user_named("admin.kominfo")
    client.force_login(officer)  # tests/conftest.py: counts as second-factor verified
    url = reverse("accounts:password_change")
    client.post(url, {"old_password": "pintu-demo-2026", "new_password1": NEW, "new_password2": NEW})
    assert client.get(reverse("web:staff_home")).status_code == 200
