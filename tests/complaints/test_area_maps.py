"""The wizard's location maps and "Gunakan lokasi saya" (issue #16 item 9), with SYNTHETIC boundaries
(tests/regions/boundary_fixture: squares, not real borders) on the demo's Ogan Ilir areas."""

import re

import pytest
from django.urls import reverse

from pintu.agencies.models import Area, AreaLevel
from tests.complaints.test_views_public import step1, step2
from tests.regions import boundary_fixture as fixture

pytestmark = pytest.mark.django_db
WHERE = "complaints:intake_where"


@pytest.fixture
def boundaries(demo):
    return fixture.install()


@pytest.fixture
def indralaya(demo):
    return Area.objects.get(level=AreaLevel.KECAMATAN, bps_code="1610060")


def locate(client, where, code):
    lon, lat = fixture.point_in(*where[code])
    return client.get(reverse("complaints:intake_locate"), {"lat": str(lat), "lon": str(lon)})


def test_without_boundaries_the_step_is_as_before(client, demo):
    step1(client)
    html = client.get(reverse(WHERE)).content.decode()
    assert "area-map" not in html and "data-locate-url" not in html and 'id="peta-wilayah"' not in html
    assert "data-geolocate" in html  # the latitude/longitude helper stays as it was


def test_the_kecamatan_map_has_a_named_link_per_kecamatan(client, boundaries):
    step1(client)
    html = client.get(reverse(WHERE)).content.decode()
    pattern = r'<a href="\?kecamatan=(\d+)#peta-wilayah" class="area-map-shape"[^>]*aria-label="([^"]+)"'
    links = re.findall(pattern, html)
    assert len(links) == Area.objects.filter(level=AreaLevel.KECAMATAN).count() == 16
    assert "Indralaya Utara" in {name for _, name in links}
    assert f'data-locate-url="{reverse("complaints:intake_locate")}"' in html


def test_picking_a_kecamatan_and_desa_on_the_map_without_javascript(client, boundaries, indralaya):
    step1(client)
    page = client.get(reverse(WHERE), {"kecamatan": indralaya.pk}).content.decode()
    assert re.search(rf'<option value="{indralaya.pk}" selected>Indralaya</option>', page)
    shown = re.findall(r'<figure class="area-map-box" data-desa-map="(\d+)"(?! hidden)', page)
    assert shown == [str(indralaya.pk)]  # only the chosen kecamatan's desa map shows
    desa = indralaya.children.order_by("name").first()
    link = f"?kecamatan={indralaya.pk}&amp;desa={desa.pk}#peta-wilayah"
    assert link in page
    page = client.get(reverse(WHERE), {"kecamatan": indralaya.pk, "desa": desa.pk}).content.decode()
    assert re.search(rf'<option value="{desa.pk}" selected>', page)
    chosen = rf'data-area="{desa.pk}" data-kecamatan="{indralaya.pk}" aria-label="[^"]+" aria-current="true"'
    assert re.search(chosen, page)
    assert step2(client, (indralaya, desa)).status_code == 302  # and the step goes on as always


def test_a_desa_of_another_kecamatan_in_the_address_is_ignored(client, boundaries, indralaya):
    step1(client)
    other = Area.objects.filter(level=AreaLevel.DESA).exclude(parent=indralaya).first()
    page = client.get(reverse(WHERE), {"kecamatan": indralaya.pk, "desa": other.pk}).content.decode()
    assert not re.search(rf'<option value="{other.pk}" selected>', page)


def test_my_location_finds_the_kecamatan_and_desa(client, boundaries, indralaya):
    desa = indralaya.children.order_by("name")[1]
    answer = locate(client, boundaries, desa.code).json()
    assert answer["kecamatan"] == {"id": indralaya.pk, "name": "Indralaya"}
    assert answer["desa"] == {"id": desa.pk, "name": desa.name}
    assert "keduanya sudah dipilih" in answer["message"]


def test_my_location_in_a_kecamatan_without_desa_boundaries(client, boundaries):
    kecamatan = Area.objects.get(level=AreaLevel.KECAMATAN, bps_code="1610010")
    answer = locate(client, boundaries, kecamatan.code).json()
    assert answer["kecamatan"]["id"] == kecamatan.pk and answer["desa"] is None
    assert "Pilih desa sendiri" in answer["message"]


def test_my_location_outside_every_boundary_says_so(client, boundaries):
    response = client.get(reverse("complaints:intake_locate"), {"lat": "-6.2", "lon": "106.8"})  # Jakarta
    assert response.status_code == 200
    assert response.json()["kecamatan"] is None
    assert "di luar batas wilayah pada peta" in response.json()["message"]


@pytest.mark.parametrize(
    "query", [{}, {"lat": "utara", "lon": "104"}, {"lat": "-3", "lon": "200"}, {"lat": "nan", "lon": "1"}]
)
def test_my_location_needs_numbers(client, demo, query):
    response = client.get(reverse("complaints:intake_locate"), query)
    assert response.status_code == 400 and "harus berupa angka" in response.json()["message"]
