"""Every package under regions/ loads into an empty database, completely, and loading it again changes nothing."""

import pytest

from pintu.agencies.models import OUTSIDE_KINDS, Agency, AgencyKind, Area, AreaLevel
from pintu.categories.models import Category
from pintu.letters.kinds import all_kinds
from pintu.letters.models import KindSetting, Letterhead, NumberingScheme, Signatory
from pintu.mydata.models import PrivacySettings
from pintu.regionfiles import read_package
from pintu.regions.loader import load_region
from pintu.workdays.models import CalendarYear, ClosedDay
from tests.regions.conftest import PACKAGES, REGIONS_DIR

pytestmark = pytest.mark.django_db


def counts() -> tuple:
    models = (Area, Agency, Category, Letterhead, NumberingScheme, KindSetting, Signatory, ClosedDay)
    return tuple(model.objects.count() for model in models)


def test_there_are_at_least_two_packages():
    assert {path.name for path in PACKAGES} >= {"ogan-ilir", "prabumulih"}


@pytest.mark.parametrize("path", PACKAGES, ids=lambda path: path.name)
def test_a_package_loads_into_an_empty_database(path):
    assert Area.objects.count() == Agency.objects.count() == 0
    region = load_region(path)
    assert region == read_package(path)
    kabupaten = Area.objects.get(level=AreaLevel.KABUPATEN)
    assert (kabupaten.name, kabupaten.code, kabupaten.bps_code) == (
        region.name,
        region.kemendagri_code,
        region.bps_code,
    )
    kecamatan = Area.objects.filter(level=AreaLevel.KECAMATAN, parent=kabupaten)
    assert sorted(kecamatan.values_list("bps_code", flat=True)) == sorted(k.bps_code for k in region.kecamatan)
    desa = Area.objects.filter(level__in=[AreaLevel.DESA, AreaLevel.KELURAHAN]).select_related("parent")
    assert desa.count() == len(region.desa) > 0
    for area in desa:
        assert area.code.startswith(area.parent.code + "."), area
        assert not area.bps_code or area.bps_code.startswith(area.parent.bps_code), area
    pemda = Agency.objects.get(kind=AgencyKind.PEMDA)
    assert pemda.parent is None and pemda.area == kabupaten and pemda.code == region.pemda.code
    inside = Agency.objects.exclude(kind__in=OUTSIDE_KINDS).exclude(pk=pemda.pk)
    assert inside.count() == len(region.agencies) + len(region.kecamatan)
    assert not inside.filter(parent__isnull=True).exists()  # every unit hangs in the Pemda's tree
    assert Agency.objects.filter(kind=AgencyKind.KECAMATAN, area__in=kecamatan).count() == len(region.kecamatan)
    outside = Agency.objects.filter(kind__in=OUTSIDE_KINDS)
    assert outside.count() == len(region.outside) and not outside.filter(parent__isnull=False).exists()
    assert Category.objects.count() == len(region.categories)
    assert Category.objects.filter(default_agency__isnull=False).count() == sum(
        1 for c in region.categories if c.default_agency
    )
    assert set(CalendarYear.objects.values_list("year", flat=True)) >= set(region.calendar.years)
    assert ClosedDay.objects.filter(date__year=region.calendar.years[0]).count() > 10
    assert {y for y in region.calendar.years if CalendarYear.objects.get(year=y).confirmed} == set(
        region.calendar.confirmed
    )
    assert Letterhead.objects.filter(agency__isnull=True, government_name=region.kop.government_name).count() == 1
    assert Letterhead.objects.count() == len(region.letterheads)
    assert KindSetting.objects.count() == len(all_kinds())
    assert Signatory.objects.count() == len(region.officials)
    assert PrivacySettings.load().controller == region.privacy["pengendali"]
    # the officials of instansi.csv: every unit with a head has its head's post; the PPID Pembantu is a signatory
    heads = {a.code: (a.head_name, a.head_title, a.liaison_name) for a in region.agencies}
    stored = {a.code: (a.head_name, a.head_title, a.liaison_name) for a in Agency.objects.filter(code__in=heads)}
    assert stored == heads
    assert sum(1 for name, title, _ in heads.values() if name and title) >= 30
    assert Signatory.objects.filter(role="ppid_pembantu").exists()
    # the kecamatan offices' heads come from kecamatan.csv, with the same columns (stranger finding: no camat named)
    camat = {region.kecamatan_office_code(k.bps_code): (k.head_name, k.head_title) for k in region.kecamatan}
    assert {a.code: (a.head_name, a.head_title) for a in Agency.objects.filter(code__in=camat)} == camat


@pytest.mark.parametrize("path", PACKAGES, ids=lambda path: path.name)
def test_loading_a_package_again_changes_nothing(path):
    load_region(path)
    before = counts()
    load_region(path)
    assert counts() == before


def test_the_second_region_says_nothing_of_the_first():
    load_region(REGIONS_DIR / "prabumulih")
    rows = [
        *Agency.objects.values_list("name", "short_name", "duties", "keywords"),
        *Category.objects.values_list("name", "name_en", "lapor_main", "code"),
        *Letterhead.objects.values_list("government_name", "unit_name", "address", "place"),
    ]
    texts = [" ".join(row) for row in rows]
    assert texts and not [text for text in texts if "ogan ilir" in text.lower() or "bupati" in text.lower()]
    assert PrivacySettings.load().controller == "Pemerintah Kota Prabumulih"


def test_every_demo_kecamatan_office_names_its_camat(demo, client):
    """Stranger finding: the kecamatan rows of the agency directory named no head. The Ogan Ilir package names
    each camat (fictional demo names) with the post "Camat <kecamatan>", shown like every other agency's head."""
    offices = Agency.objects.filter(kind=AgencyKind.KECAMATAN)
    assert offices.count() == 16 and not offices.filter(head_name="").exists()
    assert all(a.head_title == f"Camat {a.area.name}" for a in offices.select_related("area"))
    indralaya = offices.get(area__name="Indralaya")
    page = client.get("/instansi/").content.decode()
    assert f"Camat Indralaya: {indralaya.head_name}" in page
