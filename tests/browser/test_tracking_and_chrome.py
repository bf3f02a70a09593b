"""Issue #16 items 8 and 10 in Chromium, on a phone (390x844) and a desktop (1280x800):

- no public or citizen page is wider than the screen (document.documentElement.scrollWidth), every one passes
  axe-core with no violation of any impact (minor and moderate too), the header stays within 120 px on the
  phone and its tap targets are at least 44 px; the pages are
  every GET page of the URL conf that a visitor or a citizen may open (the access table, tests/security),
  plus the case pages a visitor reaches with a code (a public report, its tracking page, a PPID request's);
- the tracking page shows the progress steps, the deadline in words and the photo as a thumbnail;
- a visitor follows a public report ("Saya juga mengalami ini") with the code sent by e-mail and gets the
  next update, with its stop link.
"""

import io
import re

import pytest
from django.core import mail
from django.urls import reverse
from PIL import Image
from playwright.sync_api import Error as PlaywrightError

from pintu.files import clean_upload
from tests.browser.conftest import assert_accessible, login, open_menu
from tests.factories import complaints as factories
from tests.factories import ppid as ppid_factories

pytestmark = pytest.mark.django_db(transaction=True)

PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 800}
HEADER_MAX = 120
TAP_MIN = 44
#: the header's and footer's controls: each at least 44 px tall and wide enough to hit
SMALL_TARGETS = """() => [...document.querySelectorAll(
  'header a, header button, header summary, header select, footer a')]
  .filter(el => el.offsetParent !== null)
  .map(el => [el.textContent.trim() || el.id, el.getBoundingClientRect()])
  .filter(([, r]) => r.height < 44 || r.width < 24).map(([text, r]) => `${text} ${r.width}x${r.height}`)"""


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def patient(page):
    """Many pages in one test on a shared machine: a page may take longer than the default 10 s to load."""
    page.set_default_timeout(30_000)


def jpeg(size=(1200, 900), color=(30, 120, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


def pages_from_the_url_conf() -> tuple[list[str], list[str]]:
    """(visitor pages, citizen-only pages): every GET page without a case argument that the access table
    (which covers every URL name of the URL conf, tests/security) opens to a visitor or to a citizen."""
    from tests.security.access_table import OK, T

    visitor, citizen = [], []
    for name, entry in sorted(T.items()):
        if name.split(":")[0] in ("api", "insights_api", "admin") or "GET" not in entry.methods:
            continue
        if entry.case is not None or callable(entry.kwargs):
            continue
        url = reverse(name, kwargs=entry.url_kwargs(None))
        if entry.expect.get("anonymous") == OK:
            visitor.append(url)
        elif entry.expect.get("citizen") == OK:
            citizen.append(url)
    return visitor, citizen


def a_tracked_report():
    """A report with a photo, dispositioned to PUPR (public from then on), and its secret."""
    submitted = factories.submit(files=[clean_upload("jalan-berlubang.jpg", jpeg())])
    report = factories.admin.disposition(submitted.report, user=factories.user(factories.ADMIN),
                                         agency=factories.Agency.objects.get(code="PUPR"))  # fmt: skip
    return report, submitted.secret


def track(page, code: str, secret: str) -> None:
    page.goto("/lacak/")
    page.fill("#id_code", code)
    page.fill("#id_secret", secret)
    page.get_by_role("button", name="Lacak").click()


def check(page, url: str, problems: list[str], *, phone: bool) -> bool:
    """Open `url` (or check the page already open when url is None); note every problem; False: not HTML."""
    if url is not None:
        try:
            response = page.goto(url)
        except PlaywrightError as exc:  # a CSV, PDF or ZIP download: no page to look at
            if "Download is starting" in str(exc):
                return False
            raise
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            return False
    where = page.url
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > page.viewport_size["width"]:
        problems.append(f"{where}: {width} px wide on a {page.viewport_size['width']} px screen")
    if phone and page.locator("header.site-header").count():  # (a page of its own, e.g. the API's docs, has none)
        height = page.locator("header.site-header").bounding_box()["height"]
        if height > HEADER_MAX:
            problems.append(f"{where}: header {height} px tall")
        small = page.evaluate(SMALL_TARGETS)
        if small:
            problems.append(f"{where}: tap targets under {TAP_MIN} px: {small}")
    try:
        assert_accessible(page, impacts=("minor", "moderate", "serious", "critical"))
    except AssertionError as exc:
        problems.append(str(exc))
    return True


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_public_or_citizen_page_is_wider_than_the_screen_and_each_passes_axe(page, demo, viewport):
    page.set_viewport_size(viewport)
    phone = viewport is PHONE
    visitor, citizen = pages_from_the_url_conf()
    assert "/" in visitor and "/lacak/" in visitor and "/kontak/" in visitor and len(visitor) > 15
    report, secret = a_tracked_report()
    request = ppid_factories.submit()
    problems, checked = [], 0
    for url in [*visitor, reverse("complaints:public_detail", args=[report.code])]:
        checked += check(page, url, problems, phone=phone)
    track(page, report.code, secret)
    checked += check(page, None, problems, phone=phone)
    track(page, request.request.number, request.secret)
    assert "/ppid/" in page.url
    checked += check(page, None, problems, phone=phone)
    login(page, factories.WARGA)
    for url in citizen:
        checked += check(page, url, problems, phone=phone)
    assert checked > 20
    assert problems == [], "\n".join(problems)


def test_the_phone_menu_opens_marks_the_current_page_and_fits(page, demo):
    page.goto("/lacak/")
    nav = page.get_by_role("navigation", name="Menu utama")
    assert not nav.is_visible()  # behind the menu button
    assert page.locator("header.site-header").bounding_box()["height"] <= HEADER_MAX
    open_menu(page)
    assert nav.is_visible()
    current = page.locator('.site-nav a[aria-current="page"]')
    assert current.count() == 1 and current.inner_text() == "Lacak"
    assert page.evaluate(SMALL_TARGETS) == []
    assert_accessible(page)
    for name in ("Kebijakan privasi", "Kontak", "Aksesibilitas", "Maklumat pelayanan PPID"):
        assert page.locator("footer").get_by_role("link", name=name).is_visible()
    page.locator("footer").get_by_role("link", name="Maklumat pelayanan PPID").click()
    assert page.get_by_role("heading", name="Maklumat pelayanan", exact=True).is_visible()


def test_the_tracking_page_shows_the_progress_the_deadline_and_the_photo(page, demo):
    report, secret = a_tracked_report()
    track(page, report.code, secret)
    steps = page.get_by_role("list", name="Tahap penanganan")
    said = [" ".join(text.split()) for text in steps.locator("li").all_text_contents()]  # what a reader hears
    assert said == ["Sudah: Diterima", "Sudah: Diverifikasi", "Sekarang: Di OPD", "Belum: Ditindaklanjuti",
                    "Belum: Selesai"]  # fmt: skip
    assert steps.locator('[aria-current="step"]').inner_text().endswith("Di OPD")
    deadline = page.locator(".deadline").inner_text()
    assert re.search(r"^OPD menjawab paling lambat \w+, \d{1,2} \w+ 20\d\d \((hari kerja ke-\d+ dari \d+|"
                     r"dihitung mulai hari kerja berikutnya)\)$", deadline), deadline  # fmt: skip
    thumb = page.get_by_role("img", name=re.compile("Foto jalan-berlubang.jpg"))
    assert thumb.is_visible()
    assert page.evaluate("img => img.naturalWidth", thumb.element_handle()) == 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page)


def test_a_visitor_follows_a_public_report_and_gets_the_next_update(page, demo):
    report, _secret = a_tracked_report()
    page.goto(reverse("complaints:public_detail", args=[report.code]))
    box = page.get_by_role("region", name="Saya juga mengalami ini")
    mail.outbox.clear()
    box.get_by_label("E-mail atau nomor HP").fill("tetangga@example.org")
    box.get_by_role("button", name="Ikuti laporan ini").click()
    assert page.get_by_role("heading", name="Masukkan kode").is_visible()
    assert "tetangga@example.org" not in page.content()  # masked
    (message,) = [m for m in mail.outbox if m.to == ["tetangga@example.org"]]
    code = re.search(r"\b(\d{6})\b", message.subject).group(1)
    assert_accessible(page)
    page.get_by_label("Kode 6 angka").fill(code)
    page.get_by_role("button", name="Ikuti laporan ini").click()
    assert page.get_by_text("Anda akan menerima kabar setiap ada perkembangan laporan ini").is_visible()
    assert_accessible(page)

    mail.outbox.clear()
    factories.handling.post_follow_up(report, user=factories.user(factories.PUPR), text="Lubang sudah ditambal.")
    (update,) = [m for m in mail.outbox if m.to == ["tetangga@example.org"]]
    assert "Lubang sudah ditambal." in update.body
    stop = re.search(r"https?://[^/\s]+(/laporan-diikuti/berhenti/\S+/)", update.body).group(1)
    page.goto(stop)
    page.get_by_role("button", name="Berhenti mengikuti").click()
    assert page.get_by_text("Alamat Anda sudah kami hapus").is_visible()
