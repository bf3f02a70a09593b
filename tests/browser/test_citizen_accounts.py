"""A newcomer registers with a code, signs in by code, and resets a forgotten password by e-mail, on a
phone (390x844) and a desktop; every page of those flows is axe-clean and no wider than the screen.
E-mail is read from Django's locmem outbox; the phone code from a fake sender registered at the boundary."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from pintu.accounts.models import User
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture(params=list(VIEWPORTS))
def screen(request, page):
    page.set_viewport_size(VIEWPORTS[request.param])
    return request.param


def check(page) -> None:
    """axe-core clean, and nothing wider than the viewport."""
    assert_accessible(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width}px wide"


def last_code(outbox) -> str:
    return re.search(r"\b(\d{6})\b", outbox[-1].subject).group(1)


def test_registration_with_an_email_code(page, screen, demo):
    page.goto("/masuk/")
    check(page)
    page.get_by_role("link", name="Daftar akun").click()
    page.wait_for_url("**/daftar/")
    page.get_by_role("button", name="Kirim kode").click()  # empty: the error summary links each field
    assert page.locator(".error-summary a[href='#id_name']").is_visible()
    check(page)
    page.fill("#id_name", "Rahmat Hidayat")
    page.fill("#id_destination", "rahmat@contoh.id")
    page.get_by_role("button", name="Kirim kode").click()
    page.wait_for_url("**/daftar/kode/")
    check(page)
    page.fill("#id_code", "000000" if last_code(mail.outbox) != "000000" else "111111")
    page.get_by_role("button", name="Buat akun").click()
    assert page.locator(".error-summary").is_visible() and "Sisa 4 percobaan" in page.content()
    check(page)
    page.fill("#id_code", last_code(mail.outbox))
    page.get_by_role("button", name="Buat akun").click()
    page.wait_for_url("**/staf/")
    assert page.get_by_role("heading", name="Selamat datang, Rahmat Hidayat").is_visible()
    assert page.get_by_role("heading", name="Permohonan informasi saya").is_visible()
    check(page)
    user = User.objects.get(email="rahmat@contoh.id")
    assert user.email_verified_at is not None


def test_registration_with_a_phone_code(page, screen, demo, phone_outbox):
    page.goto("/daftar/")
    page.fill("#id_name", "Nur Aini")
    page.fill("#id_destination", "0812-7777-8888")
    page.fill("#id_password", "Pempek-kapal-selam-8")
    page.get_by_role("button", name="Kirim kode").click()
    page.wait_for_url("**/daftar/kode/")
    assert "WhatsApp atau SMS" in page.content() and "+62812****8888" in page.content()
    page.fill("#id_code", phone_outbox[-1].code)
    page.get_by_role("button", name="Buat akun").click()
    page.wait_for_url("**/staf/")
    check(page)
    page.get_by_role("button", name="Keluar").click()
    page.goto("/masuk/")
    page.fill("#id_username", "0812 7777 8888")  # the verified phone works as the sign-in name
    page.fill("#id_password", "Pempek-kapal-selam-8")
    page.click("button[type=submit]:has-text('Masuk')")
    page.wait_for_url("**/staf/")


def test_sign_in_by_code(page, screen, demo):
    User.objects.create_user("warga-kode", email="kode@contoh.id", full_name="Dewi Lestari",
                             email_verified_at=timezone.now())  # fmt: skip
    page.goto("/masuk/")
    page.get_by_role("link", name="Masuk dengan kode").click()
    page.wait_for_url("**/masuk/kode/")
    check(page)
    page.fill("#id_destination", "Kode@Contoh.id")
    page.get_by_role("button", name="Kirim kode").click()
    page.wait_for_url("**/masuk/kode/masukkan/")
    check(page)
    page.fill("#id_code", last_code(mail.outbox))
    page.get_by_role("button", name="Masuk", exact=True).click()
    page.wait_for_url("**/staf/")
    assert page.get_by_role("heading", name="Selamat datang, Dewi Lestari").is_visible()
    page.get_by_role("link", name="Buat kata sandi").click()
    page.wait_for_url("**/akun/kata-sandi/")
    check(page)


def test_password_reset_by_email(page, screen, demo):
    page.goto("/masuk/")
    page.get_by_role("link", name="Lupa kata sandi?").click()
    page.wait_for_url("**/masuk/lupa-sandi/")
    check(page)
    page.fill("#id_email", "warga@demo.pintu.invalid")
    page.get_by_role("button", name="Kirim tautan").click()
    page.wait_for_url("**/masuk/lupa-sandi/terkirim/")
    check(page)
    (message,) = mail.outbox
    path = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    page.goto(path)
    page.wait_for_url("**/masuk/sandi-baru/**")
    check(page)
    page.fill("#id_new_password1", "Sungai-Musi-2027")
    page.fill("#id_new_password2", "Sungai-Musi-2027")
    page.get_by_role("button", name="Simpan kata sandi").click()
    page.wait_for_url("**/masuk/sandi-baru/selesai/")
    check(page)
    page.goto("/masuk/")
    page.fill("#id_username", "warga")
    page.fill("#id_password", "Sungai-Musi-2027")
    page.click("button[type=submit]:has-text('Masuk')")
    page.wait_for_url("**/staf/")
    page.goto(path)  # the link is spent
    assert page.get_by_role("heading", name="Tautan ini tidak berlaku lagi").is_visible()
    check(page)
