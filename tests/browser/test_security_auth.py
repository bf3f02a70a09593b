"""An officer whose role needs a second factor enrols an authenticator app, signs in with it and with a
backup code; the pages hold under the real Content Security Policy (no bypass)."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from pintu.accounts.models import User
from tests.browser.conftest import assert_accessible
from tests.security_auth.conftest import totp_code

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "pintu-demo-2026"


def password_step(page, username):
    page.goto("/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]:has-text('Masuk')")


def test_officer_enrols_then_signs_in_with_the_app_and_with_a_backup_code(page, demo):
    password_step(page, "admin.kominfo")
    page.wait_for_url("**/akun/dua-langkah/**")
    assert page.locator(".qr-code svg").is_visible()
    assert_accessible(page)
    device = TOTPDevice.objects.get(user__username="admin.kominfo", confirmed=False)
    page.fill("#id_token", totp_code(device))
    page.get_by_role("button", name="Aktifkan").click()
    codes = page.locator(".backup-codes code").all_inner_texts()
    assert len(codes) == 10
    assert_accessible(page)
    page.get_by_role("link", name="Sudah saya simpan, lanjutkan").click()
    page.wait_for_url("**/staf/")

    page.get_by_role("button", name="Keluar").click()
    password_step(page, "admin.kominfo")
    page.wait_for_url("**/masuk/verifikasi/**")
    assert_accessible(page)
    page.fill("#id_token", totp_code(device, steps_ahead=1))
    page.get_by_role("button", name="Verifikasi").click()
    page.wait_for_url("**/staf/")

    page.get_by_role("button", name="Keluar").click()
    password_step(page, "admin.kominfo")
    page.fill("#id_token", codes[0])
    page.get_by_role("button", name="Verifikasi").click()
    page.wait_for_url("**/staf/")
    assert User.objects.get(username="admin.kominfo").staticdevice_set.get().token_set.count() == 9


def test_pages_raise_no_csp_violation_when_the_policy_is_enforced(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, locale="id-ID")  # no bypass_csp here
    page = context.new_page()
    violations = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    try:
        for url in ("/", "/lapor/apa/", "/lapor/lacak/", "/ppid/", "/ppid/permohonan/ajukan/", "/masuk/"):
            response = page.goto(url)
            assert "script-src 'self'" in response.headers["content-security-policy"]
        password_step(page, "ppid.utama")
        page.wait_for_url("**/akun/dua-langkah/**")
    finally:
        context.close()
    assert violations == []
