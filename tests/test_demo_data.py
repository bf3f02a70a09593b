import pytest

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.agencies.models import OUTSIDE_KINDS, Agency, AgencyKind, Area, AreaLevel
from pintu.categories.models import Category
from pintu.demo.loader import load_demo
from pintu.regionfiles import DEMO_REGION_DIR, read_package
from pintu.workdays.models import CalendarYear, ClosedDay

KECAMATAN_BPS = {
    "1610010": "Muara Kuang",
    "1610011": "Rambang Kuang",
    "1610012": "Lubuk Keliat",
    "1610020": "Tanjung Batu",
    "1610021": "Payaraman",
    "1610030": "Rantau Alai",
    "1610031": "Kandis",
    "1610040": "Tanjung Raja",
    "1610041": "Rantau Panjang",
    "1610042": "Sungai Pinang",
    "1610050": "Pemulutan",
    "1610051": "Pemulutan Selatan",
    "1610052": "Pemulutan Barat",
    "1610060": "Indralaya",
    "1610061": "Indralaya Utara",
    "1610062": "Indralaya Selatan",
}


def counts():
    return (
        Area.objects.count(),
        Agency.objects.count(),
        Category.objects.count(),
        ClosedDay.objects.count(),
        User.objects.count(),
        RoleAssignment.objects.count(),
    )


@pytest.mark.django_db
def test_demo_has_the_16_kecamatan_with_their_bps_codes(demo):
    got = dict(Area.objects.filter(level=AreaLevel.KECAMATAN).values_list("bps_code", "name"))
    assert got == KECAMATAN_BPS


@pytest.mark.django_db
def test_every_desa_sits_under_its_kecamatan_and_carries_its_code(demo):
    desa = Area.objects.filter(level__in=[AreaLevel.DESA, AreaLevel.KELURAHAN]).select_related("parent")
    assert desa.count() == len(read_package(DEMO_REGION_DIR).desa) >= 48
    assert desa.filter(level=AreaLevel.KELURAHAN).count() == 14
    for area in desa:
        assert area.code.startswith(area.parent.code + "."), area
    assert {a.parent.bps_code for a in desa} == set(KECAMATAN_BPS)


@pytest.mark.django_db
def test_agency_tree_has_pemkab_opds_kecamatan_and_outside_instansi(demo):
    pemkab = Agency.objects.get(kind=AgencyKind.PEMDA)
    assert pemkab.parent is None
    assert Agency.objects.get(code="DISKOMINFO").parent == pemkab
    assert Agency.objects.get(code="BAG_HUKUM").parent.code == "SETDA"
    assert Agency.objects.filter(kind=AgencyKind.KECAMATAN, parent=pemkab).count() == 16
    outside = Agency.objects.filter(kind__in=OUTSIDE_KINDS)
    assert outside.filter(parent__isnull=False).count() == 0
    for code in ["PLN_UP3_OI", "BPJS_KES", "POLRES_OI", "BPN_OI", "OMBUDSMAN_SUMSEL", "KI_SUMSEL"]:
        assert outside.filter(code=code).exists(), code
    assert Agency.objects.get(code="PLN_UP3_OI").phone == "123"


@pytest.mark.django_db
def test_every_role_has_a_demo_account_held_for_an_agency(demo):
    held = set(RoleAssignment.objects.values_list("role", flat=True))
    assert held == set(Role.values)
    assert User.objects.filter(username="warga", role_assignments__isnull=True).exists()
    for user in User.objects.all():
        assert user.check_password("pintu-demo-2026")


@pytest.mark.django_db
def test_calendars_2025_to_2027_are_loaded_and_2026_confirmed(demo):
    assert set(CalendarYear.objects.values_list("year", flat=True)) >= {2025, 2026, 2027}
    assert CalendarYear.objects.get(year=2026).confirmed


@pytest.mark.django_db
def test_loading_twice_changes_nothing(demo):
    before = counts()
    load_demo()
    assert counts() == before
