"""Load the Ogan Ilir demo: the region package regions/ogan-ilir (areas, agencies, categories, calendars
2025-2027, data-protection officer) and one account per role.

Idempotent: every row is matched by its code, so running it again updates instead of duplicating. The
region's data live in its package only (docs/regions.md); another region is loaded with
`manage.py load_region regions/<name>/`, with no code change.
"""

from dataclasses import dataclass

from django.db import transaction

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.regionfiles import DEMO_REGION_DIR, read_package
from pintu.regions.loader import load_reference

PEMKAB_CODE = "PEMKAB"
DEMO_PASSWORD = "pintu-demo-2026"  # noqa: S105 (published demo password, refused in production)


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
        roles = ", ".join(f"{Role(role).label} @ {agency}" for role, agency in user.roles) or "Warga"
        lines.append((user.username, roles))
    return lines


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
    load_reference(read_package(DEMO_REGION_DIR))
    if with_users:
        load_users()
