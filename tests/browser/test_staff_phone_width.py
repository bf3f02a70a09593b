"""Staff pages work on a phone (issue #19 item 4): at 390 x 844 no staff page is wider than the screen.

Every staff page without arguments is read from the URL conf (staf/, ppid/staf/, pimpinan/, the staff's
own account pages), plus one case page of each kind and every role guide; each is opened by several roles,
and the page's scrollWidth must not exceed the viewport (a table becomes stacked cards instead of a sideways scroll).
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from playwright.sync_api import Error as PlaywrightError

from pintu.insights.facts import rebuild_all
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests.models import InformationRequest
from pintu.site.guides import GUIDES
from tests.browser.conftest import login
from tests.insights.world import make_reports, make_requests

pytestmark = pytest.mark.django_db(transaction=True)

STAFF_PREFIXES = ("staf/", "ppid/staf/", "pimpinan/", "akun/notifikasi/")
ROLES = ["admin.kominfo", "penghubung.pupr", "ppid.utama", "ppid.pupr", "atasan.ppid", "inspektorat", "bupati"]
TOO_WIDE = """() => ({width: document.documentElement.scrollWidth, viewport: window.innerWidth,
    culprits: [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))})"""


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def staff_pages() -> list[str]:
    """Every staff page of the URL conf that takes no argument and renders HTML."""
    pages = []
    for route in _walk(get_resolver().url_patterns):
        if "<" in route or route.endswith((".csv", ".xlsx", ".pdf", ".json")) or not route.startswith(STAFF_PREFIXES):
            continue
        pages.append("/" + route)
    return sorted(set(pages))


def test_the_url_conf_lists_the_staff_pages():
    pages = staff_pages()
    expected = {"/staf/laporan/", "/ppid/staf/permohonan/", "/pimpinan/statistik/", "/staf/", "/staf/panduan/"}
    assert expected <= set(pages)


@pytest.fixture
def world(demo):
    reports = make_reports(n=60)
    requests = make_requests(n=12)
    rebuild_all()
    return reports, requests


@pytest.mark.parametrize("username", ROLES)
def test_no_staff_page_is_wider_than_the_phone(page, world, username):
    reports, _ = world
    login(page, username)
    request = InformationRequest.objects.order_by("pk").first()
    case_pages = [f"/staf/laporan/{reports[0].code}/", f"/ppid/staf/permohonan/{request.pk}/"]
    case_pages += [f"/staf/panduan/{guide.slug}/" for guide in GUIDES]  # the role guides (issue #19 item 2)
    objection = Objection.objects.order_by("pk").first()
    if objection is not None:
        case_pages.append(f"/ppid/staf/keberatan/{objection.pk}/")
    too_wide = {}
    for url in [*staff_pages(), *case_pages]:
        try:
            response = page.goto(url)
        except PlaywrightError:  # a POST-only address answers 405 with no page
            continue
        if response is None or response.status >= 400 or page.url.rstrip("/").endswith("/masuk"):
            continue  # a page this role may not open (403 / 404) is checked for the roles that may
        measured = page.evaluate(TOO_WIDE)
        if measured["width"] > measured["viewport"]:
            too_wide[url] = measured
    assert too_wide == {}, too_wide
