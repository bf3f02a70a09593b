"""Citizen accounts: registration with a verified e-mail or phone, sign-in by a one-time code.

Real pages, real code store; the e-mail is Django's locmem outbox, the phone a fake sender registered at
the boundary (fixture `phone_outbox`, tests/conftest.py)."""

import datetime
import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from pintu.accounts.models import User
from pintu.security import onetime
from pintu.security.destinations import Destination, parse_destination
from pintu.security.models import CodePurpose, OneTimeCode

pytestmark = pytest.mark.django_db
EMAIL = "siti.aminah@contoh.id"


def code_in(text: str) -> str:
    return re.search(r"\b(\d{6})\b", text).group(1)


def register(client, destination=EMAIL, name="Siti Aminah", password="", **extra):
    return client.post(reverse("accounts:register"), {"name": name, "destination": destination,
                                                      "password": password}, **extra)  # fmt: skip


def enter(client, url_name, code, **extra):
    return client.post(reverse(url_name), {"code": code}, **extra)


def signed_in_user(client):
    return User.objects.filter(pk=client.session.get(SESSION_KEY)).first()


@pytest.fixture
def citizen(db):
    return User.objects.create_user(
        "warga-test", email=EMAIL, password="kata-sandi-warga-2026", full_name="Siti Aminah",
        email_verified_at=timezone.now(),
    )  # fmt: skip


# --- registration ----------------------------------------------------------------------------------


def test_registration_by_email_verifies_the_address_and_signs_in(client):
    response = register(client, " Siti.Aminah@Contoh.ID ")
    assert response.status_code == 302 and response["Location"] == reverse("accounts:register_code")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [EMAIL]
    code = code_in(mail.outbox[0].subject)
    page = client.get(reverse("accounts:register_code")).content.decode()
    assert "si" in page and EMAIL not in page  # masked address only
    assert not User.objects.filter(email=EMAIL).exists()  # nothing before the code

    wrong = enter(client, "accounts:register_code", "000000" if code != "000000" else "111111")
    assert wrong.status_code == 400 and "Sisa 4 percobaan" in wrong.content.decode()
    response = enter(client, "accounts:register_code", f"{code[:3]} {code[3:]}")  # spaces are fine
    assert response.status_code == 302 and response["Location"] == reverse("web:staff_home")
    user = User.objects.get(email=EMAIL)
    assert user.email_verified_at is not None and user.full_name == "Siti Aminah"
    assert not user.has_usable_password()  # no password given: signs in by code
    assert signed_in_user(client) == user
    assert "Siti Aminah" in client.get(reverse("web:staff_home")).content.decode()
    assert not OneTimeCode.objects.exists()  # spent


def test_wrong_registration_codes_count_until_the_code_is_dead(client):
    register(client)
    code = code_in(mail.outbox[0].subject)
    wrong = "000000" if code != "000000" else "111111"
    for left in (4, 3, 2, 1):
        assert f"Sisa {left} percobaan" in enter(client, "accounts:register_code", wrong).content.decode()
    assert "sudah tidak berlaku" in enter(client, "accounts:register_code", wrong).content.decode()
    assert enter(client, "accounts:register_code", code).status_code == 400  # the right code came too late
    assert not User.objects.exists()
    client.post(reverse("accounts:register_resend"))
    assert enter(client, "accounts:register_code", code_in(mail.outbox[-1].subject)).status_code == 302


def test_registration_with_a_password_allows_password_sign_in_with_the_address(client):
    register(client, password="Lembayung-senja-77")
    enter(client, "accounts:register_code", code_in(mail.outbox[0].subject))
    client.post(reverse("web:logout"))
    response = client.post(reverse("web:login"), {"username": EMAIL, "password": "Lembayung-senja-77"})
    assert response.status_code == 302 and signed_in_user(client).email == EMAIL


def test_registration_by_phone_sends_the_code_to_the_phone_sender(client, phone_outbox):
    response = register(client, "0812-3456-7890")
    assert response.status_code == 302 and mail.outbox == []
    (message,) = phone_outbox
    assert message.phone == "+6281234567890" and message.purpose == "signup" and message.language == "id"
    assert message.code in message.text and re.fullmatch(r"\d{6}", message.code)
    enter(client, "accounts:register_code", message.code)
    user = User.objects.get(phone="+6281234567890")
    assert user.phone_verified_at is not None and user.email == ""
    assert signed_in_user(client) == user


def test_english_visitor_gets_the_code_in_english(client, phone_outbox):
    client.cookies["django_language"] = "en"
    register(client, "+62 812 3456 7890", HTTP_ACCEPT_LANGUAGE="en")
    assert phone_outbox[0].language == "en"  # the text follows once the lead's catalogue translates it


def test_phone_without_a_sender_asks_for_an_email_address(client):
    response = register(client, "081234567890")
    assert response.status_code == 400
    assert "Gunakan alamat e-mail" in response.content.decode()
    assert not User.objects.exists()


def test_invalid_answers_are_explained(client):
    response = register(client, "bukan-alamat", name="  ", password="123")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Isi nama lengkap Anda." in page and "Nomor telepon" in page and 'href="#id_password"' in page


def test_an_address_with_an_account_gets_a_notice_not_a_code(client, citizen):
    response = register(client, EMAIL.upper())
    assert response.status_code == 302 and response["Location"] == reverse("accounts:register_code")  # same page
    (notice,) = mail.outbox
    assert "sudah punya akun" in notice.subject and not re.search(r"\b\d{6}\b", notice.body)
    for attempt in ("123456", "654321"):
        assert enter(client, "accounts:register_code", attempt).status_code == 400
    assert User.objects.count() == 1


def test_codes_are_stored_only_as_keyed_hashes_and_the_session_is_sealed(client):
    register(client)
    code = code_in(mail.outbox[0].subject)
    row = OneTimeCode.objects.get()
    stored = " ".join(str(value) for value in row.__dict__.values())
    assert code not in stored and EMAIL not in stored and "contoh" not in stored
    session = " ".join(Session.objects.values_list("session_data", flat=True))
    decoded = str([s.get_decoded() for s in Session.objects.all()])
    assert EMAIL not in session and EMAIL not in decoded and code not in decoded


# --- the code store ----------------------------------------------------------------------------------


def test_a_code_is_single_use_expires_and_survives_only_a_few_wrong_tries(db):
    to = Destination("email", EMAIL)
    code = onetime.issue(CodePurpose.LOGIN, to)
    assert onetime.spend(CodePurpose.LOGIN, to, code).destination == to
    with pytest.raises(onetime.CodeRefused) as refused:
        onetime.spend(CodePurpose.LOGIN, to, code)  # spent
    assert refused.value.attempts_left == 0

    code = onetime.issue(CodePurpose.LOGIN, to)
    later = timezone.now() + datetime.timedelta(minutes=onetime.CODE_MINUTES, seconds=1)
    with pytest.raises(onetime.CodeRefused):
        onetime.spend(CodePurpose.LOGIN, to, code, now=later)  # expired

    code = onetime.issue(CodePurpose.LOGIN, to)
    wrong = "000000" if code != "000000" else "111111"
    for left in range(onetime.MAX_ATTEMPTS - 1, -1, -1):
        with pytest.raises(onetime.CodeRefused) as refused:
            onetime.spend(CodePurpose.LOGIN, to, wrong)
        assert refused.value.attempts_left == left
    with pytest.raises(onetime.CodeRefused):
        onetime.spend(CodePurpose.LOGIN, to, code)  # the right code no longer helps


def test_a_new_code_replaces_the_old_and_purposes_do_not_mix(db):
    to = parse_destination("0812 3456 7890")
    first = onetime.issue(CodePurpose.LOGIN, to)
    second = onetime.issue(CodePurpose.LOGIN, to)
    if first != second:
        with pytest.raises(onetime.CodeRefused):
            onetime.spend(CodePurpose.LOGIN, to, first)
        second = onetime.issue(CodePurpose.LOGIN, to)
    with pytest.raises(onetime.CodeRefused):
        onetime.spend(CodePurpose.SIGNUP, to, second)
    assert onetime.spend(CodePurpose.LOGIN, to, second)


def test_the_sweep_deletes_expired_codes(db):
    onetime.issue(CodePurpose.LOGIN, Destination("email", EMAIL))
    assert onetime.sweep_expired(timezone.now()) == 0
    assert onetime.sweep_expired(timezone.now() + datetime.timedelta(hours=1)) == 1


# --- sign-in by code ------------------------------------------------------------------------------------


def test_a_citizen_signs_in_by_code_and_goes_where_they_wanted(client, citizen):
    target = reverse("mydata:home")
    response = client.post(reverse("accounts:code_login"), {"destination": EMAIL, "next": target})
    assert response.status_code == 302 and response["Location"] == reverse("accounts:code_login_enter")
    code = code_in(mail.outbox[0].subject)
    response = enter(client, "accounts:code_login_enter", code)
    assert response.status_code == 302 and response["Location"] == target
    assert signed_in_user(client) == citizen
    client.post(reverse("web:logout"))
    client.post(reverse("accounts:code_login"), {"destination": EMAIL})
    assert enter(client, "accounts:code_login_enter", code).status_code == 400  # the old code is spent


def test_a_citizen_signs_in_by_a_code_sent_to_the_phone(client, phone_outbox):
    user = User.objects.create_user("warga-hp", phone="+6281234567890", phone_verified_at=timezone.now())
    client.post(reverse("accounts:code_login"), {"destination": "62 812-3456-7890"})
    (message,) = phone_outbox
    assert message.purpose == "login"
    enter(client, "accounts:code_login_enter", message.code)
    assert signed_in_user(client) == user


@pytest.mark.parametrize("who", ["unknown", "unverified", "officer"])
def test_no_code_for_unknown_addresses_unverified_ones_or_officers(client, user_named, who):
    address = "orang.lain@contoh.id"
    if who == "unverified":
        User.objects.create_user("warga-belum", email=address)
    if who == "officer":
        officer = user_named("penghubung.pupr")
        officer.email_verified_at = timezone.now()
        officer.save()
        address = officer.email
    response = client.post(reverse("accounts:code_login"), {"destination": address})
    assert response.status_code == 302 and response["Location"] == reverse("accounts:code_login_enter")
    assert mail.outbox == []
    assert enter(client, "accounts:code_login_enter", "123456").status_code == 400
    assert SESSION_KEY not in client.session


def test_code_requests_are_limited_per_address_from_any_client_address(client, citizen, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "code_send": {"ip": "100/h", "identity": "2/h"}}
    for n, typed in enumerate([EMAIL, EMAIL.upper(), f" {EMAIL}"]):
        response = client.post(reverse("accounts:code_login"), {"destination": typed}, REMOTE_ADDR=f"10.0.0.{n}")
        expected = 302 if n < 2 else 429
        assert response.status_code == expected
    assert int(response["Retry-After"]) >= 1
    assert len(mail.outbox) == 2
    other = client.post(reverse("accounts:code_login"), {"destination": "lain@contoh.id"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302  # a neighbour behind the same address is not punished


def test_wrong_codes_are_limited_per_address(client, citizen, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "code_verify": {"ip": "100/h", "identity": "3/h"}}
    client.post(reverse("accounts:code_login"), {"destination": EMAIL})
    code = code_in(mail.outbox[0].subject)
    wrong = "000000" if code != "000000" else "111111"
    for n in range(3):
        assert enter(client, "accounts:code_login_enter", wrong, REMOTE_ADDR=f"10.0.1.{n}").status_code == 400
    assert enter(client, "accounts:code_login_enter", code, REMOTE_ADDR="10.0.1.9").status_code == 429


def test_send_again_replaces_the_code(client, citizen):
    client.post(reverse("accounts:code_login"), {"destination": EMAIL})
    first = code_in(mail.outbox[0].subject)
    response = client.post(reverse("accounts:code_login_resend"))
    assert response.status_code == 302 and len(mail.outbox) == 2
    second = code_in(mail.outbox[1].subject)
    if first != second:
        assert enter(client, "accounts:code_login_enter", first).status_code == 400
    assert enter(client, "accounts:code_login_enter", second).status_code == 302


def test_the_sign_in_page_offers_registration_reset_and_codes(client):
    page = client.get(reverse("web:login")).content.decode()
    for name in ("accounts:register", "accounts:password_reset", "accounts:code_login"):
        assert f'href="{reverse(name)}' in page
