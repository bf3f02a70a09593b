"""The role guides ("Panduan", issue #19 item 2): one substantial guide per role in both languages, linked from
every officer's workspace and the staff menu, with worked examples computed by the working-day calendar."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from pintu.site.guide_examples import examples
from pintu.site.guides import GUIDES
from pintu.workdays.calendar import get_calendar

pytestmark = pytest.mark.django_db

ROLE_USERS = {"admin-instansi": "admin.kominfo", "pejabat-penghubung": "penghubung.pupr", "kepala-opd": "kepala.pupr",
              "ppid-utama": "ppid.utama", "ppid-pembantu": "ppid.pupr", "atasan-ppid": "atasan.ppid",
              "inspektorat": "inspektorat", "pimpinan": "bupati"}  # fmt: skip


def test_there_is_one_guide_per_role_of_the_issue():
    assert [g.slug for g in GUIDES] == list(ROLE_USERS)


@pytest.mark.parametrize("slug", list(ROLE_USERS))
def test_each_role_finds_its_guide_from_the_workspace(demo, client, user_named, slug):
    client.force_login(user_named(ROLE_USERS[slug]))
    home = client.get(reverse("web:staff_home")).content.decode()
    guide_url = reverse("web:guide", args=[slug])
    assert guide_url in home
    assert f'href="{reverse("web:guide_index")}"' in home  # the staff menu and the workspace card
    for lang, heading in (("id", "Dasar hukum"), ("en", "Legal basis")):
        with translation.override(lang):
            response = client.get(guide_url, HTTP_ACCEPT_LANGUAGE=lang)
        page = response.content.decode()
        assert response.status_code == 200
        assert heading in page
        assert len(page.split('id="guide"')[1]) > 6000, "a substantial guide"


def test_the_examples_are_the_calendars_dates():
    monday = datetime.date(2026, 3, 16)  # docs/domain.md: 10 working days from Monday 16 March 2026 -> 7 April
    ex = examples(monday)
    assert ex["ppid"]["notice"].due == get_calendar().add_working_days(monday, 10)
    assert ex["lapor"]["paused"].due > ex["lapor"]["resolve"].due  # the pause moves the deadline on


def test_the_guide_shows_todays_examples(demo, client, user_named):
    client.force_login(user_named("ppid.pupr"))
    due = examples()["ppid"]["notice"].due
    with translation.override("id"):
        page = client.get(reverse("web:guide", args=["ppid-pembantu"])).content.decode()
        assert date_format(due, "l, j F Y") in page


def test_a_citizen_account_gets_no_guide(demo, client, user_named):
    client.force_login(user_named("warga"))
    assert client.get(reverse("web:guide_index")).status_code == 403
    assert client.get(reverse("web:guide", args=["ppid-utama"])).status_code == 403
    assert reverse("web:guide_index") not in client.get(reverse("web:staff_home")).content.decode()


def test_an_unknown_guide_is_404(demo, client, user_named):
    client.force_login(user_named("admin.kominfo"))
    assert client.get(reverse("web:guide", args=["lurah"])).status_code == 404
