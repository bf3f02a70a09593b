"""Site chrome (issue #16 item 10): one way of showing times, the current page marked, the footer's links."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.urls import reverse

from pintu.web.nav import current_section
from pintu.web.timefmt import clock_text, moment_text

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_a_moment_is_shown_as_hour_dot_minute_with_the_zone():
    moment = datetime.datetime(2026, 12, 7, 0, 9, tzinfo=datetime.UTC)  # 07.09 in Jakarta
    assert clock_text(moment) == "07.09 WIB"
    assert moment_text(moment) == "7 Desember 2026, 07.09 WIB"
    assert moment_text(moment, "M") == "7 Des 2026, 07.09 WIB"
    assert clock_text(datetime.time(7, 30)) == "07.30 WIB"
    assert clock_text(None) == "" and moment_text(None) == ""


def test_the_filters_are_builtin_and_a_range_names_its_zone_once():
    moment = datetime.datetime(2026, 12, 7, 7, 9, tzinfo=JAKARTA)
    out = Template('{{ m|waktu }}|{{ m|jam }}|{{ a|jam:"polos" }}-{{ b|jam }}').render(
        Context({"m": moment, "a": datetime.time(7, 30), "b": datetime.time(16, 0)})
    )
    assert out == "7 Desember 2026, 07.09 WIB|07.09 WIB|07.30-16.00 WIB"


def test_no_template_formats_a_time_of_day_by_itself():
    """Every page uses |jam or |waktu (the letters' PDF templates have their own formal wording)."""
    root = Path(__file__).resolve().parents[2] / "pintu"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("templates/**/*.html")
        if "letters/pdf" not in str(path) and re.search(r'\|(date|time):"[^"]*[HGhg][.:]i', path.read_text())
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("path", "section"),
    [("/", "home"), ("/lacak/", "lacak"), ("/ppid/permohonan/", "ppid"), ("/instansi/", "instansi"), ("/x/", "")],
)
def test_the_menu_item_of_the_current_page(path, section):
    assert current_section(path) == section


@pytest.mark.django_db
def test_the_current_page_is_marked_and_the_footer_links_the_pledge_pages(client):
    page = client.get(reverse("web:track")).content.decode()
    assert re.search(r'<a href="/lacak/" aria-current="page">', page)
    assert page.count('aria-current="page"') == 1
    for name, args in [("mydata:privacy", []), ("web:contact", []), ("ppid:page", ["aksesibilitas"]),
                       ("ppid:page", ["layanan"])]:  # fmt: skip
        assert f'href="{reverse(name, args=args)}"' in page
    assert '<details class="menu"' in page and "<summary" in page


@pytest.mark.django_db
def test_the_contact_page(client):
    response = client.get(reverse("web:contact"))
    assert response.status_code == 200
    assert "Maklumat pelayanan" in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_address_answers_a_page_in_the_site_chrome(client):
    response = client.get("/tidak-ada-halaman-ini/")
    page = response.content.decode()
    assert response.status_code == 404 and "Halaman tidak ditemukan" in page
    assert '<main id="main"' in page and 'href="/lacak/"' in page and "site-header" in page
    assert client.get("/api/v1/tidak-ada/").json() == {"detail": "Tidak ditemukan."}  # the API keeps its JSON


@pytest.mark.django_db
def test_the_menu_offers_the_report_inbox_only_to_complaint_staff_and_marks_it(client, demo, user_named):
    """A PPID officer's menu had "Kotak laporan", which answered 403; the inbox and the guides are marked."""
    inbox = reverse("complaints:staff_inbox")
    client.force_login(user_named("ppid.pupr"))
    assert f'href="{inbox}"' not in client.get(reverse("web:staff_home")).content.decode()
    client.force_login(user_named("admin.kominfo"))
    html = client.get(inbox).content.decode()
    assert f'href="{inbox}" aria-current="page"' in html
    assert current_section(reverse("web:guide_index")) == "panduan"
