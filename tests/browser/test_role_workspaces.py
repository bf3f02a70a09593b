"""Each role, in Chromium at phone width (issue #19, "It must show"): signs in, lands on the workspace, reaches its
work and its figures by clicking (a figure, the list behind it, one case whose page says what to do next), and
follows the "Panduan" link to its role guide. The Bupati's workspace links the leaders' dashboard; the
Inspektorat sees the cases of several agencies.

The same walks make the guides' screenshots: with PINTU_GUIDE_SCREENSHOTS=1 each writes
static/guides/<guide>-workspace.png, -work.png and -case.png (390 px wide, palette PNG), which the guides show.
Without it nothing is written into the tree (a normal test run leaves git clean).
"""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.complaints.services import admin as admin_services
from pintu.site.guides import GUIDES
from tests.browser.conftest import assert_accessible, login, open_menu
from tests.factories.complaints import make_report, user
from tests.factories.ppid import make_objection, make_request

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE_IMAGES = Path(__file__).resolve().parents[2] / "static" / "guides"
SHOOT = os.environ.get("PINTU_GUIDE_SCREENSHOTS", "") in {"1", "true", "yes"}


def shoot(page, guide: str, name: str) -> None:
    """The guide's screenshot (viewport only, 390 px wide, quantised to a small PNG), when asked for."""
    if not SHOOT:
        return
    from PIL import Image

    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    path = GUIDE_IMAGES / f"{guide}-{name}.png"
    page.screenshot(path=str(path))
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=64)
    small.save(path, optimize=True)


def _late(report: Report, days: int = 40) -> Report:
    """Move a dispositioned report back in time so its first follow-up is overdue."""
    past = timezone.now() - datetime.timedelta(days=days)
    due = timezone.localdate() - datetime.timedelta(days=days - 10)
    Report.objects.filter(pk=report.pk).update(submitted_at=past, dispositioned_at=past, verify_due=due,
                                               first_response_due=due, resolve_due=due)  # fmt: skip
    return Report.objects.get(pk=report.pk)


@pytest.fixture
def world(demo):
    pupr, dinkes = Agency.objects.get(code="PUPR"), Agency.objects.get(code="DINKES")
    coordinator = user("admin.kominfo")
    flagged = make_report(title="Pungutan liar pada pengurusan izin usaha")
    flagged = admin_services.flag_pengawasan(flagged, user=coordinator, reason="Menuduh pungutan liar oleh pejabat.")
    flagged = admin_services.disposition(flagged, user=coordinator, agency=Agency.objects.get(code="INSPEKTORAT"))
    received = make_request(None, status="diterima")
    objected = make_request(pupr, decided=timezone.now() - datetime.timedelta(days=5), decision="refused")
    return {
        "new": make_report(title="Lampu jalan padam di Jalan Lintas Timur"),
        "pupr": make_report(at="PUPR", title="Jembatan desa retak"),
        "pupr_late": _late(make_report(at="PUPR", title="Drainase tersumbat sejak bulan lalu")),
        "dinkes_late": _late(make_report(at="DINKES", title="Antrean puskesmas terlalu lama")),
        "flagged": flagged,
        "request_new": received,
        "request_pupr": make_request(pupr, received=timezone.now() - datetime.timedelta(days=2)),
        "objection": make_objection(objected),
        "agencies": (pupr.name, dinkes.name),
    }


GUIDE_TITLES = {g.slug: str(g.title) for g in GUIDES}


def land(page, username: str, guide: str) -> None:
    login(page, username)
    expect(page).to_have_url(re.compile(r"/staf/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Selamat datang")
    shoot(page, guide, "workspace")


def open_case(page, guide: str, link: str, next_step: str) -> None:
    page.get_by_role("link", name=link, exact=True).first.click()
    expect(page.locator("#next-step")).to_contain_text(next_step)
    shoot(page, guide, "case")


def read_guide(page, guide: str, title: str) -> None:
    open_menu(page)
    page.get_by_role("link", name="Ruang kerja").click()
    page.get_by_role("link", name=f"Panduan: {title}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Panduan: {title}")
    expect(page.get_by_role("heading", name="Dasar hukum")).to_be_visible()
    expect(page.get_by_role("heading", name="Kesalahan yang sering terjadi")).to_be_visible()
    expect(page.locator(f'.guide-shots img[src*="guides/{guide}-"]').first).to_be_attached()  # committed screenshots
    assert_accessible(page)


def work(page, guide: str, figure: str) -> None:
    page.locator(f'[data-figure="{figure}"] a').click()
    shoot(page, guide, "work")


#: username, guide, the figure clicked on the workspace, the case opened from the list, the next step it shows
WALKS = [
    ("admin.kominfo", "admin-instansi", "waiting", "new", "Anda perlu memverifikasi laporan ini"),
    ("penghubung.pupr", "pejabat-penghubung", "waiting", "pupr", "Anda perlu menerima laporan ini"),
    ("kepala.pupr", "kepala-opd", "overdue", "pupr_late", "Anda perlu meminta pejabat penghubung OPD Anda"),
    ("ppid.utama", "ppid-utama", "ppid_waiting", "request_new", "Anda perlu memeriksa kelengkapan permohonan ini"),
    ("ppid.pupr", "ppid-pembantu", "ppid_waiting", "request_pupr", "Anda perlu memberi pemberitahuan tertulis"),
    ("atasan.ppid", "atasan-ppid", "objections_waiting", "objection", "Anda perlu memutuskan keberatan ini"),
]


def _reference(case) -> str:
    return getattr(case, "code", None) or case.number


@pytest.mark.parametrize(("username", "guide", "figure", "case", "next_step"), WALKS)
def test_each_role_reaches_its_work_figures_and_guide(page, world, username, guide, figure, case, next_step):
    land(page, username, guide)
    expect(page.locator(f'[data-figure="{figure}"] .work-count')).not_to_have_text("0")
    work(page, guide, figure)
    open_case(page, guide, _reference(world[case]), next_step)
    read_guide(page, guide, GUIDE_TITLES[guide])


def test_inspektorat_sees_the_cases_of_several_agencies(page, world):
    land(page, "inspektorat", "inspektorat")
    oversight = page.locator("#pengawasan").locator("xpath=..")
    for agency in world["agencies"]:
        expect(oversight.get_by_role("rowheader", name=agency)).to_be_visible()
    page.evaluate("document.getElementById('pengawasan').scrollIntoView()")
    shoot(page, "inspektorat", "oversight")
    work(page, "inspektorat", "flagged")
    open_case(page, "inspektorat", world["flagged"].code, "Anda perlu menerima laporan ini")
    read_guide(page, "inspektorat", GUIDE_TITLES["inspektorat"])


def test_bupati_reaches_the_dashboard_from_the_workspace(page, world):
    land(page, "bupati", "pimpinan")
    page.get_by_role("link", name="Dasbor pimpinan: statistik").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dasbor pimpinan: pengaduan dan informasi publik")
    shoot(page, "pimpinan", "work")
    page.go_back()
    page.get_by_role("link", name="Kotak laporan (SP4N-LAPOR!)").click()
    page.get_by_role("link", name="Semua").first.click()
    open_case(page, "pimpinan", world["pupr"].code, "Tidak ada yang perlu Anda lakukan")
    read_guide(page, "pimpinan", GUIDE_TITLES["pimpinan"])
