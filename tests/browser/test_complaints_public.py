"""A guest reports a problem on a phone, gets the code and secret, and tracks the report in Chromium."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.complaints.services import admin
from tests.browser.conftest import assert_accessible
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Jalan berlubang di depan pasar Indralaya"
TEXT = "Jalan di depan pasar Indralaya berlubang besar sejak sebulan, sudah ada pengendara motor jatuh."


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def similar(demo, media):
    """A public report about the same road, verified and dispositioned through the services."""
    kecamatan = factories.kecamatan()  # Indralaya
    result = factories.submit(
        title="Jalan pasar Indralaya berlubang",
        text=TEXT,
        desa=kecamatan.children.order_by("name").first(),
        email="siti@example.com",
        phone="",
    )
    coordinator = User.objects.get(username="admin.kominfo")
    report = admin.verify(result.report, user=coordinator)
    return admin.disposition(report, user=coordinator, agency=Agency.objects.get(code="PUPR"))


def test_guest_reports_with_a_photo_then_tracks_it(page, similar, tmp_path):
    photo = tmp_path / "lubang.png"
    buf = io.BytesIO()
    Image.new("RGB", (120, 90), (90, 90, 90)).save(buf, "PNG")
    photo.write_bytes(buf.getvalue())

    page.goto("/lapor/")
    assert_accessible(page)
    page.get_by_role("link", name="Mulai", exact=True).click()
    page.wait_for_url(re.compile(r"/lapor/apa/"))
    assert_accessible(page)

    # step 1, first with a mistake: the error summary links to the field
    page.get_by_role("button", name="Lanjutkan").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")  # lapor.js moved focus
    assert_accessible(page)
    summary.get_by_role("link", name="Ceritakan masalahnya, paling sedikit 10 karakter.").click()
    assert page.evaluate("document.activeElement.id") == "id_text"
    page.get_by_label("Pengaduan").check()
    page.select_option("#id_category", label=similar.category.name)
    page.fill("#id_title", TITLE)
    page.fill("#id_text", TEXT)
    page.get_by_role("button", name="Lanjutkan").click()

    # step 2: the kecamatan narrows the desa list; the device location fills the point
    page.wait_for_url(re.compile(r"/lapor/lokasi/"))  # the #id_text fragment survives the redirect
    assert_accessible(page)
    page.select_option("#id_kecamatan", label=similar.kecamatan.name)
    shown = page.locator("#id_desa optgroup").evaluate_all("groups => groups.filter(g => !g.hidden).map(g => g.label)")
    assert shown == [similar.kecamatan.name]
    page.select_option("#id_desa", value=str(similar.desa.pk))
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": -3.2417, "longitude": 104.6481})
    page.get_by_role("button", name="Gunakan lokasi saya").click()
    page.wait_for_function("document.getElementById('id_latitude').value !== ''")
    assert page.input_value("#id_latitude") == "-3.241700"
    page.get_by_role("button", name="Lanjutkan").click()

    # similar reports
    page.wait_for_url(re.compile(r"/lapor/serupa/"))
    expect(page.locator(".report-item", has_text=similar.code)).to_be_visible()
    expect(page.get_by_role("link", name=f"Ikuti laporan ini : {similar.code}")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Lanjutkan laporan saya").click()

    # step 3
    page.wait_for_url(re.compile(r"/lapor/kirim/"))
    assert_accessible(page)
    page.set_input_files("#id_files", str(photo))
    # neither anonim nor rahasia: the default (issue #15: two independent choices, both unticked)
    assert not page.locator("input[name=anonim]").is_checked() and not page.locator("input[name=rahasia]").is_checked()
    page.fill("#id_name", "Ahmad Fauzi")
    page.fill("#id_email", "ahmad@example.com")
    assert page.locator("[data-privacy-notice]").is_visible()  # issue #18: the notice informs; no consent tick
    assert page.locator("input[name=consent]").count() == 0
    page.get_by_role("button", name="Kirim laporan").click()

    # confirmation
    page.wait_for_url(re.compile(r"/lapor/terkirim/"))
    code = page.locator("#tracking-code").inner_text().strip()
    secret = page.locator("#secret-code").inner_text().strip()
    assert re.fullmatch(r"LPR-\d{4}-[0-9A-Z]{5}", code) and re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", secret)
    expect(page.get_by_text("Kami juga mengirim kode lacak")).to_contain_text("a***@example.com")
    assert_accessible(page)

    # a fresh visit: track with code and secret (typed in lower case)
    page.context.clear_cookies()
    page.goto("/lapor/lacak/")
    assert_accessible(page)
    page.fill("#id_code", code.lower())
    page.fill("#id_secret", secret.lower())
    page.get_by_role("button", name="Lacak").click()
    page.wait_for_url(re.compile(f"/lapor/lacak/{code}/"))
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(page.get_by_role("link", name="lubang.png")).to_be_visible()
    assert_accessible(page)

    # the public register and the similar report's public page
    page.goto("/laporan/")
    expect(page.locator(".report-item", has_text=similar.code)).to_be_visible()
    assert page.get_by_text("Siti Aminah").count() == 0
    assert_accessible(page)
    page.get_by_role("link", name=similar.title).click()
    page.wait_for_url(re.compile(f"/laporan/{similar.code}/"))
    expect(page.get_by_text("Diteruskan ke instansi yang menangani")).to_be_visible()
    assert_accessible(page)


def test_wrong_secret_shows_one_generic_error(page, similar):
    page.goto(f"/lapor/lacak/?kode={similar.code}")
    assert page.input_value("#id_code") == similar.code
    page.fill("#id_secret", "AAAA-BBBB")
    page.get_by_role("button", name="Lacak").click()
    expect(page.locator(".error-summary").get_by_text("Kode lacak atau kode rahasia salah.")).to_be_visible()
    assert_accessible(page)
