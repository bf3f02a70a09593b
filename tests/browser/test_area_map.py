"""The wizard's tappable kecamatan/desa map and "Gunakan lokasi saya" on a phone (issue #16 item 9), in Chromium,
with SYNTHETIC boundaries (tests/regions/boundary_fixture) and a mocked position (Playwright geolocation)."""

import re

import pytest
from playwright.sync_api import expect

from pintu.agencies.models import Area, AreaLevel
from tests.browser.conftest import ARTIFACTS, assert_accessible
from tests.regions import boundary_fixture as fixture

pytestmark = pytest.mark.django_db(transaction=True)
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def located(browser, live_server, demo):
    """A phone page whose device reports a point inside the second desa of Indralaya (by name)."""
    where = fixture.install()
    indralaya = Area.objects.get(level=AreaLevel.KECAMATAN, bps_code="1610060")
    desa = indralaya.children.order_by("name")[1]
    lon, lat = fixture.point_in(*where[desa.code])
    position = {"latitude": lat, "longitude": lon}
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, locale="id-ID", bypass_csp=True,
                                  geolocation=position, permissions=["geolocation"])  # fmt: skip
    context.set_default_timeout(10_000)
    page = context.new_page()
    external = []
    page.on("request", lambda req: external.append(req.url) if not req.url.startswith(live_server.url) else None)
    yield page, indralaya, desa
    context.close()
    assert [url for url in external if not url.startswith(("data:", "about:"))] == [], "third-party requests"


def _to_the_location_step(page) -> None:
    page.goto("/lapor/apa/")
    page.get_by_label("Pengaduan").check()
    page.fill("#id_title", "Jalan berlubang di depan pasar")
    page.fill("#id_text", "Jalan di depan pasar berlubang besar sejak sebulan, sudah ada pengendara motor jatuh.")
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/lokasi/"))


def test_tap_a_kecamatan_and_a_desa_then_use_my_location(located):
    page, indralaya, desa = located
    _to_the_location_step(page)
    kecamatan_map = page.locator("[data-kecamatan-map] svg")
    expect(kecamatan_map).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for box in (link.bounding_box() for link in page.locator("[data-kecamatan-map] a").all()):
        assert box["width"] >= 44 and box["height"] >= 44  # tap targets
    assert_accessible(page)

    # a kecamatan chosen by keyboard (the shapes are links), then tapped: the select is set, no page load;
    # then Indralaya shows its desa map
    page.get_by_role("link", name="Payaraman", exact=True).focus()
    page.keyboard.press("Enter")
    payaraman = Area.objects.get(level=AreaLevel.KECAMATAN, name="Payaraman")
    expect(page.locator("#id_kecamatan")).to_have_value(str(payaraman.pk))
    page.get_by_role("link", name="Tanjung Raja", exact=True).click()
    tanjung_raja = Area.objects.get(level=AreaLevel.KECAMATAN, name="Tanjung Raja")
    expect(page.locator("#id_kecamatan")).to_have_value(str(tanjung_raja.pk))
    assert "kecamatan=" not in page.url
    expect(page.locator(f'[data-desa-map="{indralaya.pk}"]')).to_be_hidden()
    page.get_by_role("link", name="Indralaya", exact=True).click()
    desa_map = page.locator(f'[data-desa-map="{indralaya.pk}"]')
    expect(desa_map).to_be_visible()
    first = indralaya.children.order_by("name").first()
    desa_map.get_by_role("link", name=first.name, exact=True).click()
    expect(page.locator("#id_desa")).to_have_value(str(first.pk))
    expect(desa_map.locator(f'a[data-area="{first.pk}"]')).to_have_attribute("aria-current", "true")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshots" / "area_map_phone.png"), full_page=True)

    # "Gunakan lokasi saya": the device's position fills the point, the kecamatan and the desa
    page.get_by_role("link", name="Tanjung Raja", exact=True).click()
    page.get_by_role("button", name="Gunakan lokasi saya").click()
    expect(page.locator("#id_desa")).to_have_value(str(desa.pk))
    expect(page.locator("#id_kecamatan")).to_have_value(str(indralaya.pk))
    expect(page.locator(".geolocate [role=status]")).to_contain_text("keduanya sudah dipilih")
    assert page.locator("#id_latitude").input_value() != ""
    assert_accessible(page)
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/(serupa|kirim)/"))


def test_a_position_outside_every_boundary_is_said_plainly(located):
    page, _, _ = located
    page.context.set_geolocation({"latitude": -6.2, "longitude": 106.8})
    _to_the_location_step(page)
    page.get_by_role("button", name="Gunakan lokasi saya").click()
    expect(page.locator(".geolocate [role=status]")).to_contain_text("di luar batas wilayah pada peta")
    expect(page.locator("#id_kecamatan")).to_have_value("")
