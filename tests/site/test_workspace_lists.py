"""Stranger finding: the leaders' overdue count was 7 while the Inspektorat's all-agency table totalled 3 (the
table left out the reports with no agency yet), and workspace cards opened lists with other totals. Each card now
counts with one queryset function (pintu.complaints.figures) that the list behind its link reads too, and the
oversight table counts overdue reports with the same function over every report, with a row for those that no
agency holds yet, so its total is the Pemkab's overdue count."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from pintu.complaints import figures
from pintu.complaints.models import Report
from pintu.complaints.services import admin as admin_services
from pintu.site.workspace import complaint_figures, oversight_rows
from tests.factories.complaints import make_report

pytestmark = pytest.mark.django_db
ROLES = ("admin.kominfo", "penghubung.pupr", "inspektorat", "bupati")


def _today_now():
    return timezone.localdate(), timezone.now()


def _late(report, field: str, days: int = 3) -> None:
    Report.objects.filter(pk=report.pk).update(**{field: timezone.localdate() - datetime.timedelta(days=days)})


@pytest.fixture
def work(demo, user_named):
    """Overdue at the admin (no agency yet), overdue at PUPR and at DINKES, one due today, one flagged, one rahasia
    overdue at the admin, one accepted at PUPR."""
    _late(make_report(), "verify_due")
    _late(make_report(), "verify_due")
    _late(make_report(rahasia=True), "verify_due")
    _late(make_report(at="PUPR"), "first_response_due")
    _late(make_report(at="DINKES"), "first_response_due")
    Report.objects.filter(pk=make_report(at="PUPR").pk).update(first_response_due=timezone.localdate())
    admin_services.flag_pengawasan(make_report(at="DINKES"), user=user_named("admin.kominfo"), flagged=True)


def test_every_complaint_card_opens_a_list_with_the_cards_total(work, client, user_named):
    for username in ROLES:
        user = user_named(username)
        client.force_login(user)
        cards = complaint_figures(user, *_today_now())
        assert {"due_today", "overdue", "recent"} <= {card.key for card in cards}
        for card in cards:
            response = client.get(card.url)
            assert response.status_code == 200
            assert response.context["count"] == card.count, (username, card.key, card.url, card.count)
            if card.key in ("due_today", "flagged", "recent"):  # a list opened only from its card: the card's words
                assert response.context["tab_label"] == card.label
    officer = {card.key: card for card in complaint_figures(user_named("penghubung.pupr"), *_today_now())}
    assert officer["due_today"].count >= 1 and officer["overdue"].count >= 1
    assert officer["waiting"].url.endswith("tab=baru") and officer["in_progress"].url.endswith("tab=diproses")


def test_the_oversight_table_counts_the_reports_without_an_agency_and_totals_the_pemkab_count(work, client, user_named):
    inspektorat = user_named("inspektorat")
    rows = oversight_rows(inspektorat, timezone.localdate())
    everyone = figures.overdue(Report.objects.all(), timezone.localdate())
    assert sum(row.overdue for row in rows) == everyone.count()
    no_agency = next(row for row in rows if row.agency.startswith("Belum ada instansi"))
    assert no_agency.overdue == everyone.filter(assigned_agency__isnull=True).count() == 3
    # the leaders' card: every overdue report they may open, that is all but the rahasia one, and it says so
    bupati = next(f for f in complaint_figures(user_named("bupati"), *_today_now()) if f.key == "overdue")
    assert bupati.count == everyone.count() - 1 and "tanpa laporan rahasia" in bupati.label
    admin = next(f for f in complaint_figures(user_named("admin.kominfo"), *_today_now()) if f.key == "overdue")
    assert admin.count == everyone.count()  # the admin instansi's card is the Pemkab's count
    client.force_login(inspektorat)
    page = client.get(reverse("web:staff_home")).content.decode()
    assert "Belum ada instansi" in page and f'data-total="overdue">{everyone.count()}<' in page
    with translation.override("en"):  # the row's name follows the language (it was fixed at import time)
        english = [row.agency for row in oversight_rows(inspektorat, timezone.localdate())]
        assert any(name.startswith("No agency yet") for name in english), english


@pytest.fixture
def ppid_work(demo):
    from pintu.agencies.models import Agency
    from tests.factories.ppid import make_objection, make_request

    today = timezone.localdate()
    pupr = Agency.objects.get(code="PUPR")
    make_request(None)  # not yet assigned
    make_request(pupr, due=today)  # due today
    make_request(pupr, due=today - datetime.timedelta(days=3))  # overdue
    make_request(pupr, received=timezone.now() - datetime.timedelta(days=2))  # changed recently
    make_request(pupr, decided=timezone.now() - datetime.timedelta(days=20), decision="granted")  # closed work
    make_objection(make_request(pupr, decided=timezone.now(), decision="granted"))
    make_objection(
        make_request(pupr, decided=timezone.now(), decision="granted"), answer_due=today - datetime.timedelta(1)
    )


def _listed(client, url: str) -> int:
    """The total the page behind a card shows: the card list's own count, or the rows of a register filter."""
    response = client.get(url)
    assert response.status_code == 200
    if "card_count" in response.context:
        return response.context["card_count"]
    page = response.context["page"]
    return len(getattr(page, "rows", None) or page.object_list)


def test_every_ppid_card_opens_a_list_with_the_cards_total(ppid_work, client, user_named):
    from pintu.site.workspace import ppid_figures

    for username in ("ppid.utama", "ppid.pupr", "atasan.ppid"):
        user = user_named(username)
        client.force_login(user)
        cards = ppid_figures(user, *_today_now())
        assert cards
        for card in cards:
            assert _listed(client, card.url) == card.count, (username, card.key, card.url, card.count)
    pembantu = {card.key: card.count for card in ppid_figures(user_named("ppid.pupr"), *_today_now())}
    assert pembantu["ppid_due_today"] >= 1 and pembantu["ppid_waiting"] >= 3
    client.force_login(user_named("ppid.pupr"))
    page = client.get(reverse("ppid:staff_requests") + "?kartu=hari-ini").content.decode()
    assert "Permohonan jatuh tempo hari ini" in page and "Tampilkan seluruh register" in page
