"""Cached fragments of the public pages (pintu.pagecache, issue #22): a cached page is never served to
another role, language or reporter, and it changes as soon as the data it shows changes.

Each test first renders the page so that it is cached, then changes something, then asks again.
"""

import pickle

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pintu import pagecache
from pintu.agencies.models import Agency, Area, AreaLevel
from pintu.complaints.services import admin, handling
from pintu.ppid.registers.services import dip
from tests.factories import complaints as factories
from tests.factories.ppid import dip_fields

pytestmark = pytest.mark.django_db

LIST = "/laporan/"


def queries_of(client, url, **extra) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured), response.content.decode()


def main(page: str) -> str:
    """The page's own part (the header around it holds the language form's CSRF token)."""
    return page.split('<main id="main"', 1)[1]


def public_report(user_named, title: str):
    report = factories.make_report(title=title)
    admin_user = user_named(factories.ADMIN)
    report = admin.verify(report, user=admin_user, public_title=title)
    return admin.disposition(report, user=admin_user, agency=Agency.objects.get(code="PUPR"))


def tracked_client(report):
    client = Client()
    session = client.session
    session["tracked_reports"] = [report.code]
    session.save()
    return client


# --- the cache is used, and the list has no per-row queries --------------------------------------------


def test_second_view_of_the_list_is_served_from_the_cache(client, demo, user_named):
    public_report(user_named, "Jalan rusak di Tanjung Raja")
    first, html = queries_of(client, LIST)
    second, again = queries_of(client, LIST)
    assert main(again) == main(html)
    assert second < first
    assert second <= 3  # the versions, the site header's Pemkab; nothing of the list itself


@pytest.mark.parametrize("url", [LIST, LIST + "?q=jalan", "/ppid/dip/", "/instansi/"])
def test_pages_render_without_a_query_per_row(client, demo, user_named, url):
    """Rendered afresh (the cache cleared), a page makes as many queries with many rows as with one."""
    public_report(user_named, "Jalan rusak nomor satu")
    client.get(url)  # once before counting: the versions and the per-process settings exist from now on
    caches["pages"].clear()
    few, _html = queries_of(client, url)
    for n in range(6):
        public_report(user_named, f"Jalan rusak nomor {n + 2}")
    caches["pages"].clear()
    many, _html = queries_of(client, url)
    assert many == few


# --- changes show at once ------------------------------------------------------------------------------


def test_list_changes_after_a_new_verified_report(client, demo, user_named):
    public_report(user_named, "Jalan rusak di Tanjung Raja")
    assert "Drainase tersumbat di Indralaya" not in client.get(LIST).content.decode()
    public_report(user_named, "Drainase tersumbat di Indralaya")
    assert "Drainase tersumbat di Indralaya" in client.get(LIST).content.decode()


def test_report_page_changes_after_a_status_change(client, demo, user_named):
    report = public_report(user_named, "Lampu jalan padam")
    url = reverse("complaints:public_detail", args=[report.code])
    before = client.get(url).content.decode()
    handling.post_follow_up(report, user=user_named(factories.PUPR), text="Lampu sudah diganti petugas kemarin.")
    after = client.get(url).content.decode()
    assert after != before
    assert "Lampu sudah diganti petugas kemarin." in after


def test_dip_register_changes_after_an_item_is_published(client, demo, user_named, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    assert "Rencana kerja jalan kabupaten 2027" not in client.get("/ppid/dip/").content.decode()
    item = dip.draft_dip_item(user_named("ppid.pupr"), Agency.objects.get(code="PUPR"),
                              **dip_fields(title="Rencana kerja jalan kabupaten 2027"))  # fmt: skip
    assert "Rencana kerja jalan kabupaten 2027" not in client.get("/ppid/dip/").content.decode()  # a draft
    dip.publish_dip_item(user_named("ppid.utama"), item)
    assert "Rencana kerja jalan kabupaten 2027" in client.get("/ppid/dip/").content.decode()


def test_directory_changes_when_an_agency_is_renamed(client, demo):
    assert "Dinas Jalan dan Jembatan Baru" not in client.get("/instansi/").content.decode()
    agency = Agency.objects.get(code="PUPR")
    agency.name = "Dinas Jalan dan Jembatan Baru"
    agency.save()
    assert "Dinas Jalan dan Jembatan Baru" in client.get("/instansi/").content.decode()


def test_a_version_changes_only_with_its_scope(demo):
    reports, directory = pagecache.versions([pagecache.REPORTS]), pagecache.versions([pagecache.DIRECTORY])
    pagecache.bump(pagecache.REPORTS)
    assert pagecache.versions([pagecache.REPORTS]) != reports
    assert pagecache.versions([pagecache.DIRECTORY]) == directory


# --- never another audience's page ---------------------------------------------------------------------


@pytest.mark.parametrize("anonymous_first", [True, False], ids=["anonymous-first", "admin-first"])
def test_anonymous_and_administrator_get_their_own_list(demo, user_named, anonymous_first):
    """An administrator's filter lists inactive kecamatan too; the public's never, whoever came first."""
    kecamatan = Area.objects.filter(level=AreaLevel.KECAMATAN).order_by("pk").first()
    kecamatan.name, kecamatan.active = "Kecamatan lama yang ditutup", False
    kecamatan.save()
    anonymous, sysadmin = Client(), Client()
    sysadmin.force_login(user_named("sysadmin"))
    order = [anonymous, sysadmin] if anonymous_first else [sysadmin, anonymous]
    pages = {id(c): c.get(LIST).content.decode() for c in order}
    pages = {id(c): c.get(LIST).content.decode() for c in order}  # the second round: from the cache
    assert "Kecamatan lama yang ditutup" in pages[id(sysadmin)]
    assert "Kecamatan lama yang ditutup" not in pages[id(anonymous)]


def test_signed_in_users_never_get_the_cached_public_page(demo, user_named):
    anonymous, citizen = Client(), Client()
    citizen.force_login(user_named(factories.WARGA))
    anonymous.get("/ppid/")
    page = citizen.get("/ppid/").content.decode()
    assert reverse("web:logout") in page  # the signed-in header around it
    assert reverse("web:logout") not in anonymous.get("/ppid/").content.decode()


@pytest.mark.parametrize("url", [LIST, "/ppid/", "/ppid/dip/", "/statistik/", "/instansi/"])
def test_each_language_gets_its_own_page(demo, url):
    indonesian, english = Client(), Client()
    english.cookies["django_language"] = "en"
    first = indonesian.get(url).content.decode()
    in_english = english.get(url).content.decode()
    assert main(indonesian.get(url).content.decode()) == main(first)
    assert 'lang="en"' in in_english and 'lang="id"' in first
    assert main(in_english) != main(first)  # the page's own part too, not only the header


def test_english_visitor_after_an_indonesian_one_gets_the_english_body(demo):
    indonesian = main(Client().get(LIST).content.decode())  # cached in Indonesian first
    english = Client()
    english.cookies["django_language"] = "en"
    page = english.get(LIST).content.decode()
    assert 'lang="en"' in page and main(page) != indonesian


def test_each_reporter_gets_their_own_tracking_page(demo, user_named):
    first = public_report(user_named, "Jembatan retak di Pemulutan")
    second = public_report(user_named, "Pohon tumbang di Indralaya")
    one, two = tracked_client(first), tracked_client(second)
    for _ in range(2):  # the second round from the cache
        page_one = one.get(reverse("complaints:track_detail", args=[first.code])).content.decode()
        page_two = two.get(reverse("complaints:track_detail", args=[second.code])).content.decode()
        assert first.title in page_one and second.title not in page_one
        assert second.title in page_two and first.title not in page_two
    # the cached fragment of the first report never reaches a visitor who has not proved to be its reporter
    response = two.get(reverse("complaints:track_detail", args=[first.code]))
    assert response.status_code == 302
    assert Client().get(reverse("complaints:track_detail", args=[first.code])).status_code == 302


def test_tracking_page_changes_after_an_event(demo, user_named):
    report = public_report(user_named, "Saluran air meluap")
    reporter = tracked_client(report)
    url = reverse("complaints:track_detail", args=[report.code])
    assert "Saluran sudah dibersihkan." not in reporter.get(url).content.decode()
    handling.post_follow_up(report, user=user_named(factories.PUPR), text="Saluran sudah dibersihkan.")
    assert "Saluran sudah dibersihkan." in reporter.get(url).content.decode()


def test_fragments_hold_no_csrf_token_or_session(client, demo, user_named):
    """Rendered without the request: a token of one visitor cannot be served to the next."""
    report = public_report(user_named, "Lampu jalan padam di simpang")
    for url in (LIST, reverse("complaints:public_detail", args=[report.code]), "/ppid/", "/ppid/dip/",
                "/statistik/", "/instansi/"):  # fmt: skip
        client.get(url)
    entries = [pickle.loads(v) for v in caches["pages"]._cache.values()]  # noqa: S301 (LocMemCache: our own)
    bodies = [body for entry in entries for body in (entry.values() if isinstance(entry, dict) else [entry])]
    bodies = [body for body in bodies if isinstance(body, str)]
    assert len(bodies) >= 6
    assert not any("csrfmiddlewaretoken" in body for body in bodies)


def test_threads_that_miss_the_same_fragment_render_it_once(demo):
    """After a change every server thread asks at once: one renders, the others wait for its result."""
    import threading

    started, release, builds = threading.Event(), threading.Event(), []

    def build():
        builds.append(1)
        started.set()
        release.wait(10)
        return "<p>rendered</p>"

    results = []
    first = threading.Thread(target=lambda: results.append(pagecache._build_once("k", build, caches["pages"])))
    first.start()
    started.wait(10)
    waiting = [threading.Thread(target=lambda: results.append(pagecache._build_once("k", build, caches["pages"])))
               for _ in range(3)]  # fmt: skip
    for thread in waiting:
        thread.start()
    release.set()
    for thread in [first, *waiting]:
        thread.join(10)
    assert results == ["<p>rendered</p>"] * 4
    assert len(builds) == 1
