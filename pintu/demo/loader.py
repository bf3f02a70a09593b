"""Load the Ogan Ilir demo: areas, agencies, categories, calendars 2025-2027 and one account per role.

Idempotent: every row is matched by its code, so running it again updates instead of duplicating.
Another kabupaten replaces seed_data.py (or edits the rows in the admin); no code changes.
"""

from dataclasses import dataclass

from django.db import transaction

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind, Area, AreaLevel
from pintu.categories.models import Category
from pintu.demo import seed_data
from pintu.mydata.demo import load_privacy_demo
from pintu.workdays.models import CalendarYear
from pintu.workdays.services import confirm_year, prefill_year

PEMKAB_CODE = "PEMKAB"
DEMO_PASSWORD = "pintu-demo-2026"  # noqa: S105 (published demo password, refused in production)
CALENDAR_YEARS = (2025, 2026, 2027)
#: Years whose package data were checked against the SKB (DOMAIN.md section 4 lists 2026).
CONFIRMED_YEARS = {
    2025: "SKB 3 Menteri 2024 (libur nasional dan cuti bersama 2025)",
    2026: "SKB 3 Menteri 2025 (libur nasional dan cuti bersama 2026)",
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    roles: tuple[tuple[str, str], ...]  # (role, agency code)
    title: str = ""
    superuser: bool = False


DEMO_USERS = (
    DemoUser("sysadmin", "Admin Sistem Diskominfo", ((Role.SYSTEM_ADMIN, "DISKOMINFO"),), "Pranata komputer", True),
    DemoUser(
        "admin.kominfo", "Rina Koordinator Pengaduan", ((Role.ADMIN_INSTANSI, "DISKOMINFO"),), "Admin SP4N-LAPOR!"
    ),
    DemoUser("penghubung.pupr", "Budi Penghubung PUPR", ((Role.PEJABAT_PENGHUBUNG, "PUPR"),), "Pejabat penghubung"),
    DemoUser(
        "penghubung.dinkes", "Sari Penghubung Dinkes", ((Role.PEJABAT_PENGHUBUNG, "DINKES"),), "Pejabat penghubung"
    ),
    DemoUser("kepala.pupr", "Kepala Dinas PUPR", ((Role.KEPALA_OPD, "PUPR"),), "Kepala Dinas"),
    DemoUser("ppid.utama", "PPID Utama Ogan Ilir", ((Role.PPID_UTAMA, "DISKOMINFO"),), "Kepala Diskominfo"),
    DemoUser("ppid.pupr", "PPID Pembantu PUPR", ((Role.PPID_PEMBANTU, "PUPR"),), "Sekretaris Dinas PUPR"),
    DemoUser("ppid.dinkes", "PPID Pembantu Dinkes", ((Role.PPID_PEMBANTU, "DINKES"),), "Sekretaris Dinas Kesehatan"),
    DemoUser("atasan.ppid", "Sekretaris Daerah", ((Role.ATASAN_PPID, "SETDA"), (Role.PIMPINAN, PEMKAB_CODE)), "Sekda"),
    DemoUser("inspektorat", "Auditor Inspektorat", ((Role.INSPEKTORAT, "INSPEKTORAT"),), "Auditor"),
    DemoUser("bupati", "Bupati Ogan Ilir", ((Role.PIMPINAN, PEMKAB_CODE),), "Bupati"),
    DemoUser("warga", "Warga Indralaya", ()),
)


def demo_logins() -> list[tuple[str, str]]:
    """(username, what the account does) for the banner printed by `make run`."""
    lines = []
    for user in DEMO_USERS:
        roles = ", ".join(f"{Role(role).label} @ {agency}" for role, agency in user.roles) or "Warga (citizen)"
        lines.append((user.username, roles))
    return lines


def _upsert_agency(code: str, **fields) -> Agency:
    agency, _created = Agency.objects.update_or_create(code=code, defaults=fields)
    return agency


def load_areas() -> dict[str, Area]:
    kabupaten, _ = Area.objects.update_or_create(
        level=AreaLevel.KABUPATEN,
        code=seed_data.REGION["kemendagri_code"],
        defaults={
            "name": seed_data.REGION["name"],
            "bps_code": seed_data.REGION["bps_code"],
            "population": seed_data.REGION_POPULATION["total"],
        },
    )
    kecamatan: dict[str, Area] = {}
    for row in seed_data.KECAMATAN:
        kecamatan[row["bps_code"]], _ = Area.objects.update_or_create(
            level=AreaLevel.KECAMATAN,
            code=row["kemendagri_code"],
            defaults={
                "name": row["name"],
                "bps_code": row["bps_code"],
                "parent": kabupaten,
                # Demo estimates (population) and an approximate map position; see seed_data.
                **seed_data.KECAMATAN_DEMO_ESTIMATES[row["bps_code"]],
            },
        )
    for row in seed_data.DESA:
        Area.objects.update_or_create(
            level=AreaLevel.KELURAHAN if row["kind"] == "kelurahan" else AreaLevel.DESA,
            code=row["code"],
            defaults={"name": row["name"], "parent": kecamatan[row["kecamatan_bps"]]},
        )
    return kecamatan


def load_agencies(kecamatan: dict[str, Area]) -> None:
    pemkab = _upsert_agency(
        PEMKAB_CODE,
        name=f"Pemerintah {seed_data.REGION['name']}",
        short_name="Pemkab Ogan Ilir",
        kind=AgencyKind.PEMDA,
        parent=None,
        area=Area.objects.get(level=AreaLevel.KABUPATEN, code=seed_data.REGION["kemendagri_code"]),
    )
    by_code: dict[str, Agency] = {}
    for row in seed_data.OPDS:  # parents come before their children in the seed list
        parent = by_code[row["parent"]] if row["parent"] else pemkab
        by_code[row["code"]] = _upsert_agency(
            row["code"],
            name=row["name"],
            short_name=row["short_name"],
            kind=row["kind"],
            parent=parent,
            duties=row["duties"],
            duties_en=seed_data.DUTIES_EN.get(row["code"], ""),
            keywords="\n".join(row["keywords"]),
        )
    for row in seed_data.KECAMATAN:
        _upsert_agency(
            f"KEC_{row['bps_code']}",
            name=f"Kecamatan {row['name']}",
            short_name=f"Kec. {row['name']}",
            kind=AgencyKind.KECAMATAN,
            parent=pemkab,
            area=kecamatan[row["bps_code"]],
            duties=seed_data.KECAMATAN_AGENCY_DUTIES,
            duties_en=seed_data.KECAMATAN_AGENCY_DUTIES_EN,
            keywords="\n".join(seed_data.KECAMATAN_AGENCY_KEYWORDS),
        )
    for row in seed_data.OUTSIDE_INSTANSI:
        contact = row.get("contact", {})
        _upsert_agency(
            row["code"],
            name=row["name"],
            short_name=row["short_name"],
            kind=row["kind"],
            parent=None,
            duties=row["duties"],
            duties_en=seed_data.DUTIES_EN.get(row["code"], ""),
            keywords="\n".join(row["keywords"]),
            website=contact.get("website", ""),
            phone=contact.get("phone", ""),
            channel_note=contact.get("channel_note", ""),
        )


def load_categories() -> None:
    agencies = dict(Agency.objects.values_list("code", "pk"))
    for index, row in enumerate(seed_data.CATEGORIES):
        Category.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "name_en": row["name_en"],
                "sort_order": index * 10,
                "default_agency_id": agencies.get(row["default_agency"]),
                "needs_field_check": row["needs_field_check"],
                "lapor_main": row.get("lapor_main", ""),
            },
        )


def load_calendars() -> None:
    for year in CALENDAR_YEARS:
        prefill_year(year)
        if year in CONFIRMED_YEARS and not CalendarYear.objects.get(year=year).confirmed:
            confirm_year(year, actor=None, reference=CONFIRMED_YEARS[year])


def load_users(password: str = DEMO_PASSWORD) -> None:
    agencies = {a.code: a for a in Agency.objects.all()}
    for spec in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=spec.username,
            defaults={"full_name": spec.full_name, "email": f"{spec.username}@demo.pintu.invalid"},
        )
        if created or not user.has_usable_password():
            user.set_password(password)
        user.full_name = spec.full_name
        user.is_staff = user.is_superuser = spec.superuser
        user.save()
        for role, agency_code in spec.roles:
            RoleAssignment.objects.update_or_create(
                user=user, role=role, agency=agencies[agency_code], defaults={"title": spec.title, "active": True}
            )


@transaction.atomic
def load_demo(*, with_users: bool = True) -> None:
    kecamatan = load_areas()
    load_agencies(kecamatan)
    load_categories()
    load_calendars()
    load_privacy_demo()
    if with_users:
        load_users()
