"""A trainee runs a practice round end to end in Chromium (issue #19 item 3): enters practice mode, verifies
and disposes the sample complaint with the real screens, and sees the checklist ticked; the real database
never holds the sample."""

import pytest

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.practice import services
from tests.browser.conftest import assert_accessible, login

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "practice"])


def open_action(page, name: str):
    page.locator(f"#action-{name} > summary").click()
    return page.locator(f"#action-{name} form")


def test_a_trainee_works_the_sample_complaint_and_sees_the_checklist(page, demo):
    trainer = User.objects.get(username="admin.kominfo")
    practice_round = services.create_round(trainer, "Sosialisasi PPID Pembantu")
    seat = services.add_seat(
        trainer,
        practice_round,
        username="ppid.dinkes",
        role=Role.ADMIN_INSTANSI,
        agency=Agency.objects.get(code="DISKOMINFO"),
    )
    code = seat.cases.get().reference

    login(page, "ppid.dinkes")
    page.goto("/latihan/")
    assert page.get_by_role("heading", name="Sosialisasi PPID Pembantu").is_visible()
    assert page.locator('.checklist li[data-done="1"]').count() == 0
    page.get_by_role("button", name="Masuk mode latihan").click()
    banner = page.locator("[data-practice-banner]")
    assert banner.get_by_text("MODE LATIHAN", exact=True).is_visible()
    assert_accessible(page)

    page.get_by_role("link", name=code).click()  # the real report page, on practice data
    assert banner.is_visible()
    page.locator("#action-verify").click()  # the primary action: a button of its own
    form = open_action(page, "disposition")
    form.get_by_label("OPD tujuan").select_option(label="Dinas Pekerjaan Umum dan Penataan Ruang")
    form.get_by_role("button", name="Disposisikan ke OPD").click()
    assert page.get_by_text("Laporan didisposisikan ke Dinas Pekerjaan Umum dan Penataan Ruang.").is_visible()

    banner.get_by_role("link", name="Daftar periksa").click()
    assert page.locator('.checklist li[data-done="1"]').count() == 3
    assert page.get_by_text("Instansi tujuan tepat").is_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Keluar dari mode latihan").first.click()
    assert page.locator("[data-practice-banner]").count() == 0
    assert not Report.objects.filter(code=code).exists()
