"""Each role's workspace shows its work and figures (issue #19 item 1): due today, overdue, waiting on me,
recently changed, each a link to the list behind it; the leaders reach the dashboard from it; the Inspektorat
counts the open berkadar pengawasan reports of every agency."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.complaints.models import Report
from pintu.site.workspace import complaint_figures, ppid_figures
from tests.factories.complaints import make_report
from tests.factories.ppid import make_request

pytestmark = pytest.mark.django_db


def _figures(figures) -> dict:
    return {f.key: f.count for f in figures}


def _now():
    return timezone.localdate(), timezone.now()


def test_the_bupati_reaches_the_dashboard_from_the_workspace(demo, client, user_named):
    client.force_login(user_named("bupati"))
    page = client.get(reverse("web:staff_home")).content.decode()
    assert reverse("insights:dashboard") in page
    client.force_login(user_named("penghubung.pupr"))
    assert reverse("insights:dashboard") in client.get(reverse("web:staff_home")).content.decode()  # kepala/OPD too
    client.force_login(user_named("ppid.pupr"))
    assert 'data-figure="ppid_overdue"' in client.get(reverse("web:staff_home")).content.decode()


def test_the_admin_instansi_counts_what_waits_and_what_is_late(demo, user_named):
    admin = user_named("admin.kominfo")
    before = _figures(complaint_figures(admin, *_now()))
    late, waiting = make_report(), make_report()
    Report.objects.filter(pk=late.pk).update(verify_due=timezone.localdate() - datetime.timedelta(days=2))
    Report.objects.filter(pk=waiting.pk).update(verify_due=timezone.localdate())
    after = _figures(complaint_figures(admin, *_now()))
    assert after["overdue"] == before["overdue"] + 1
    assert after["due_today"] == before["due_today"] + 1
    assert after["waiting"] == before["waiting"] + 2
    assert after["recent"] == before["recent"] + 2


def test_an_opd_officer_counts_its_own_agency_only(demo, user_named):
    officer = user_named("penghubung.pupr")
    before = _figures(complaint_figures(officer, *_now()))
    make_report(at="PUPR")
    make_report(at="DINKES")
    after = _figures(complaint_figures(officer, *_now()))
    assert after["waiting"] == before["waiting"] + 1 and after["recent"] == before["recent"] + 1


def test_the_inspektorat_counts_flagged_reports_of_every_agency(demo, user_named):
    from pintu.complaints.services import admin as admin_services

    inspektorat = user_named("inspektorat")
    before = _figures(complaint_figures(inspektorat, *_now()))["flagged"]
    for code in ("PUPR", "DINKES"):
        admin_services.flag_pengawasan(make_report(at=code), user=user_named("admin.kominfo"), flagged=True)
    assert _figures(complaint_figures(inspektorat, *_now()))["flagged"] == before + 2


def test_the_ppid_figures(demo, user_named):
    from pintu.agencies.models import Agency

    utama, pembantu = user_named("ppid.utama"), user_named("ppid.pupr")
    before_utama, before_pembantu = _figures(ppid_figures(utama, *_now())), _figures(ppid_figures(pembantu, *_now()))
    make_request(None)
    make_request(Agency.objects.get(code="PUPR"), due=timezone.localdate())
    make_request(Agency.objects.get(code="PUPR"), due=timezone.localdate() - datetime.timedelta(days=3))
    utama_after, pembantu_after = _figures(ppid_figures(utama, *_now())), _figures(ppid_figures(pembantu, *_now()))
    assert utama_after["ppid_waiting"] == before_utama["ppid_waiting"] + 1
    assert pembantu_after["ppid_due_today"] == before_pembantu["ppid_due_today"] + 1
    assert pembantu_after["ppid_waiting"] == before_pembantu["ppid_waiting"] + 2
    assert pembantu_after["ppid_overdue"] >= before_pembantu["ppid_overdue"] + 1


def test_a_citizen_has_no_work_figures(demo, client, user_named):
    from pintu.accounts.models import User

    citizen = User.objects.create_user("warga.baru", password="x-very-long-password-1")
    assert complaint_figures(citizen, *_now()) == [] and ppid_figures(citizen, *_now()) == []
    client.force_login(citizen)
    assert 'id="pekerjaan"' not in client.get(reverse("web:staff_home")).content.decode()


def test_the_inspektorat_oversees_overdue_and_bounced_reports_of_every_agency(demo, client, user_named):
    from pintu.site.workspace import oversight_rows

    late = make_report(at="DINKES")
    bounced = make_report(at="PUPR")
    Report.objects.filter(pk=late.pk).update(first_response_due=timezone.localdate() - datetime.timedelta(days=5))
    Report.objects.filter(pk=bounced.pk).update(bounce_count=2)
    rows = {row.agency: row for row in oversight_rows(user_named("inspektorat"), timezone.localdate())}
    assert rows[late.assigned_agency.name].overdue >= 1
    assert rows[bounced.assigned_agency.name].bounced >= 1
    assert oversight_rows(user_named("penghubung.pupr"), timezone.localdate()) == []
    client.force_login(user_named("inspektorat"))
    page = client.get(reverse("web:staff_home")).content.decode()
    assert 'id="pengawasan"' in page and late.assigned_agency.name in page
    assert late.code not in page  # counts only: no case is opened from here


def test_the_inspektorat_card_and_the_oversight_table_name_their_different_scopes(demo, client, user_named):
    """Stranger finding: the card counts the Inspektorat's own cases, the table every agency; the words say so,
    and the table shows its own total beside the card's."""
    from pintu.site.workspace import oversight_rows

    inspektorat = user_named("inspektorat")

    def card():
        return next(f for f in complaint_figures(inspektorat, *_now()) if f.key == "overdue")

    def table_total():
        return sum(row.overdue for row in oversight_rows(inspektorat, timezone.localdate()))

    card_before, table_before = card().count, table_total()
    late = make_report(at="DINKES")  # another agency's report, not berkadar pengawasan: the table only
    Report.objects.filter(pk=late.pk).update(first_response_due=timezone.localdate() - datetime.timedelta(days=5))
    assert card().count == card_before and table_total() == table_before + 1
    assert "Inspektorat" in card().label and "bukan semua instansi" in card().label
    total = table_total()
    assert next(f for f in complaint_figures(user_named("penghubung.pupr"), *_now()) if f.key == "overdue").label == (
        "Laporan lewat tenggat"
    )  # other roles keep the plain label
    client.force_login(inspektorat)
    page = client.get(reverse("web:staff_home")).content.decode()
    assert "Tabel ini mencakup semua instansi" in page
    assert f"Semua instansi: {total} laporan terbuka lewat tenggat" in page
    assert f'data-total="overdue">{total}<' in page
