"""Erasure of a case the law still needs becomes a restriction: hidden everywhere, unused, completed later.

Issue #18 item 4 (UU 27/2022; DOMAIN.md section 6): an open information request, an objection, a dispute,
or a case within the archive schedule whose identity is part of the archive.
"""

import datetime
from itertools import count

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.audit.models import AuditEntry
from pintu.complaints.models import Report, ReporterContact
from pintu.complaints.selectors import handled_by, public_reports, reports_visible_to
from pintu.complaints.services import admin
from pintu.history.models import Event
from pintu.history.selectors import events_visible_to
from pintu.mydata import restriction, retention
from pintu.mydata.duty import add_years
from pintu.mydata.models import RecordKind, RecordType, Restriction, RestrictionReason
from pintu.mydata.services import erase_account, erase_report_contact
from pintu.ppid.objections import sweeps as objection_sweeps
from pintu.ppid.objections.models import Dispute, Objection
from pintu.ppid.objections.selectors import objections_visible_to
from pintu.ppid.requests import services as request_services
from pintu.ppid.requests import sweeps as request_sweeps
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.selectors import requests_handled_by, requests_visible_to
from tests.privacy.conftest import PASSWORD, make_report, make_request

TODAY = timezone.localdate()
_numbers = count(1)


def morning(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(7)))


def _assigned(info, user_named):
    return request_services.assign_request(user_named("ppid.utama"), info, Agency.objects.get(code="PUPR"))


def _objection(info, *, status="registered") -> Objection:
    sequence = next(_numbers)
    return Objection.objects.create(
        number=f"KEB/{TODAY.year}/{sequence:04d}", year=TODAY.year, sequence=sequence, request=info,
        agency=info.assigned_agency,
        requester_name="Siti Aminah", contact="siti.aminah@example.com", grounds="c", ground_arose_on=TODAY,
        filed_at=timezone.now(), channel="web", answer_due=TODAY - datetime.timedelta(days=1), status=status,
    )  # fmt: skip


# --- an open information request --------------------------------------------------------------------------


def test_erasure_of_an_open_request_becomes_a_restriction_until_the_duty_ends(citizen, user_named):
    info = _assigned(citizen.request, user_named)
    result = erase_account(citizen.user, password=PASSWORD, confirmed=True)

    row = Restriction.objects.get(case_type="info_request", case_id=info.pk)
    assert row.reason == RestrictionReason.OPEN_PROCEEDING and row.completed_at is None
    assert row.until == add_years(TODAY, 5)  # the request's line of the archive schedule: 1 + 4 years
    assert row.reference == info.number
    # kept, not wiped: the identity and the file are there, the case is marked and audited
    identity = RequesterIdentity.objects.get(request=info)
    assert identity.name == citizen.name and identity.id_number == citizen.nik and identity.identity_file
    assert Event.objects.filter(case_type="info_request", case_id=info.pk, kind="processing_restricted").exists()
    assert not Event.objects.filter(case_type="info_request", case_id=info.pk, kind="personal_data_erased").exists()
    entry = AuditEntry.objects.get(action="mydata.restrict", target_id=str(info.pk))
    assert entry.details == {"reason": "open_proceeding", "until": row.until.isoformat()}
    # the person is told which case and until when
    [told] = result.restricted
    assert (told.reference, told.until) == (info.number, row.until)
    assert info.number in mail.outbox[-1].body and f"{row.until.year}" in mail.outbox[-1].body


def test_a_restricted_request_appears_in_no_staff_list_page_export_or_api(citizen, user_named, client):
    info = _assigned(citizen.request, user_named)
    other = _assigned(make_request(name="Rudi Hartono", email="rudi@example.com"), user_named)
    objection = _objection(info)
    erase_account(citizen.user, password=PASSWORD, confirmed=True)

    for username in ("ppid.utama", "ppid.pupr", "atasan.ppid"):
        user = user_named(username)
        assert not requests_handled_by(user).filter(pk=info.pk).exists(), username
        assert not requests_visible_to(user).filter(pk=info.pk).exists(), username
        assert requests_handled_by(user).filter(pk=other.pk).exists(), username
        assert not objections_visible_to(user).filter(pk=objection.pk).exists(), username
        assert not events_visible_to(user).filter(case_type="info_request", case_id=info.pk).exists(), username

    client.force_login(user_named("ppid.utama"))
    register = client.get(reverse("ppid:staff_requests")).content.decode()
    assert other.number in register and info.number not in register
    assert client.get(reverse("ppid:staff_request_detail", args=[info.pk])).status_code == 404
    for name in ("ppid:staff_requests_csv", "ppid:staff_requests_xlsx"):
        export = client.get(reverse(name)).content
        assert b"Rudi" in export or name.endswith("xlsx"), name
        assert info.number.encode() not in export and citizen.name.encode() not in export, name
    objections = client.get(reverse("ppid:staff_objections")).content.decode()
    assert objection.number not in objections
    assert objection.number.encode() not in client.get(reverse("ppid:staff_objections_csv")).content
    assert client.get(reverse("ppid:staff_objection_detail", args=[objection.pk])).status_code == 404

    api = APIClient()
    api.force_authenticate(user_named("ppid.utama"))
    listed = api.get("/api/v1/staff/ppid/requests/").json()
    numbers = [row["number"] for row in listed["results"]]
    assert other.number in numbers and info.number not in numbers
    assert api.get(f"/api/v1/staff/ppid/requests/{info.pk}/").status_code == 404


def test_a_restricted_request_is_not_used_by_the_sweeps(citizen, user_named):
    info = _assigned(citizen.request, user_named)
    InformationRequest.objects.filter(pk=info.pk).update(due_date=TODAY - datetime.timedelta(days=3))
    objection = _objection(info)
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    mail.outbox.clear()
    assert request_sweeps.request_deadlines(timezone.now()) == 0
    assert objection_sweeps.escalate_overdue(timezone.now()) == 0
    assert not Event.objects.filter(case_id__in=[info.pk, objection.pk], kind__in=["overdue_escalated", "escalated"])
    assert mail.outbox == []


def test_the_erasure_completes_after_the_duty_ends(citizen, user_named, django_capture_on_commit_callbacks):
    info = _assigned(citizen.request, user_named)
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    row = Restriction.objects.get(case_type="info_request", case_id=info.pk)

    assert retention.sweep(morning(row.until)) == 0  # the last day of the duty: still kept
    assert RequesterIdentity.objects.get(request=info).name == citizen.name
    assert list(retention.plan(morning(row.until + datetime.timedelta(days=1))).restrictions) == [row]

    with django_capture_on_commit_callbacks(execute=True):
        assert retention.sweep(morning(row.until + datetime.timedelta(days=1))) == 1
    row.refresh_from_db()
    assert row.completed_at is not None
    identity = RequesterIdentity.objects.get(request=info)
    assert (identity.name, identity.email, identity.id_number, bool(identity.identity_file)) == ("[dihapus]", "", "",
                                                                                              False)  # fmt: skip
    assert citizen.name not in InformationRequest.objects.get(pk=info.pk).purpose
    entry = AuditEntry.objects.get(action="mydata.restriction_completed")
    assert entry.target_id == str(info.pk)
    # anonymised, the case is no longer restricted: counted and listed like any case past its retention
    assert requests_handled_by(user_named("ppid.utama")).filter(pk=info.pk).exists()
    assert retention.sweep(morning(row.until + datetime.timedelta(days=2))) == 0  # idempotent


def test_a_closed_request_within_the_archive_schedule_is_restricted_until_its_end(citizen):
    closed = timezone.now() - datetime.timedelta(days=400)
    InformationRequest.objects.filter(pk=citizen.request.pk).update(status="selesai", closed_at=closed)
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    row = Restriction.objects.get(case_type="info_request", case_id=citizen.request.pk)
    assert row.reason == RestrictionReason.ARCHIVE
    assert row.until == add_years(timezone.localdate(closed), 5)


def test_past_its_retention_a_closed_request_is_erased_at_once(citizen):
    InformationRequest.objects.filter(pk=citizen.request.pk).update(
        status="selesai", closed_at=timezone.now() - datetime.timedelta(days=6 * 366)
    )
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    assert not Restriction.objects.exists()
    assert RequesterIdentity.objects.get(request=citizen.request).name == "[dihapus]"


def test_the_data_page_says_beforehand_which_cases_would_be_restricted(client, citizen):
    client.force_login(citizen.user)
    html = client.get(reverse("mydata:home")).content.decode()
    assert "Kasus Anda yang akan dibatasi, bukan dihapus" in html and citizen.request.number in html
    assert citizen.report.code not in html.split("akan dibatasi")[1]  # an open complaint is erased, not restricted


# --- a complaint whose reporter's identity the region archives ----------------------------------------------


@pytest.fixture
def archived_reports(demo):
    RecordType.objects.filter(kind=RecordKind.REPORT).update(personal_data_archived=True)


def test_a_restricted_report_appears_in_no_public_or_staff_list_and_no_export(archived_reports, user_named):
    admin_user = user_named("admin.kominfo")
    kept = admin.verify(make_report(name="Budi Santoso", title="Lampu jalan mati"), user=admin_user)
    report = admin.verify(make_report(), user=admin_user)
    report = admin.disposition(report, user=admin_user, agency=Agency.objects.get(code="PUPR"))
    outcome = erase_report_contact(report, confirmed=True)
    assert outcome.restricted and outcome.restriction.reason == RestrictionReason.ARCHIVE
    assert ReporterContact.objects.get(report=report).name == "Siti Aminah"  # kept, restricted

    assert not public_reports().filter(pk=report.pk).exists() and public_reports().filter(pk=kept.pk).exists()
    for username in ("admin.kominfo", "penghubung.pupr", "bupati", "inspektorat"):
        user = user_named(username)
        assert not handled_by(user).filter(pk=report.pk).exists(), username
        assert not reports_visible_to(user).filter(pk=report.pk).exists(), username

    anonymous = Client()
    assert report.code not in anonymous.get(reverse("complaints:public_list")).content.decode()
    assert anonymous.get(reverse("complaints:public_detail", args=[report.code])).status_code == 404
    assert report.code not in anonymous.get(reverse("complaints:public_list") + "?q=berlubang").content.decode()
    assert report.code not in anonymous.get("/sitemap.xml").content.decode()
    assert report.code not in anonymous.get("/open311/v2/requests.json").content.decode()
    codes = [row["code"] for row in APIClient().get("/api/v1/reports/").json()["results"]]
    assert kept.code in codes and report.code not in codes

    staff = Client()
    staff.force_login(admin_user)
    inbox = staff.get(reverse("complaints:staff_inbox")).content.decode()
    assert kept.code in inbox and report.code not in inbox
    assert staff.get(reverse("complaints:staff_detail", args=[report.code])).status_code == 404
    api = APIClient()
    api.force_authenticate(admin_user)
    staff_codes = [row["code"] for row in api.get("/api/v1/staff/reports/").json()["results"]]
    assert kept.code in staff_codes and report.code not in staff_codes
    assert api.get(f"/api/v1/staff/reports/{report.code}/").status_code == 404


def test_a_restricted_report_is_not_escalated_nor_auto_closed(archived_reports, user_named):
    from pintu.complaints import sweeps

    report = make_report()
    Report.objects.filter(pk=report.pk).update(verify_due=TODAY - datetime.timedelta(days=5))
    erase_report_contact(Report.objects.get(pk=report.pk), confirmed=True)
    assert sweeps.escalate_overdue(timezone.now()) == 0


def test_by_default_a_complaint_is_handled_on_anonymously_instead(demo):
    report = make_report()
    outcome = erase_report_contact(report, confirmed=True)
    assert not outcome.restricted and not Restriction.objects.exists()
    assert ReporterContact.objects.get(report=report).name == "[dihapus]"


def test_the_guest_is_told_until_when_the_report_is_kept(client, archived_reports):
    from pintu.agencies.models import Area
    from pintu.categories.models import Category
    from pintu.complaints.services.intake import ReportDraft, submit_report

    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    submitted = submit_report(ReportDraft(
        title="Sampah menumpuk", text="Sampah menumpuk di pasar sejak seminggu.", kecamatan=kecamatan,
        category=Category.objects.get(code="INFRASTRUKTUR"), name="Rina Wati", email="rina.wati@example.com",
    ))  # fmt: skip
    report = submitted.report
    client.post(reverse("complaints:track"), {"code": report.code, "secret": submitted.secret})
    url = reverse("mydata:report_erase", args=[report.code])
    until = restriction.decision_for(report)[2].until
    assert until.strftime("%Y") in client.get(url).content.decode()  # said before the button is pressed
    mail.outbox.clear()
    response = client.post(url, {"confirm": "on"}, follow=True)
    assert "masih harus disimpan sebagai arsip" in response.content.decode()
    assert "dibatasi" in mail.outbox[0].body and report.code in mail.outbox[0].subject


# --- objections and disputes ------------------------------------------------------------------------------------


def test_a_dispute_at_the_komisi_informasi_keeps_a_closed_request_restricted(citizen, user_named):
    info = _assigned(citizen.request, user_named)
    InformationRequest.objects.filter(pk=info.pk).update(status="selesai", closed_at=timezone.now())
    objection = _objection(info, status="disputed")
    commission = Agency.objects.filter(code__icontains="KI").first() or Agency.objects.first()
    dispute = Dispute.objects.create(
        objection=objection, commission=commission, filed_on=TODAY, filing_deadline=TODAY, start_due=TODAY,
        finish_due=TODAY, status="mediation",
    )  # fmt: skip
    duty = restriction.case_duty(InformationRequest.objects.get(pk=info.pk))
    assert duty.open_proceeding  # the request is closed, but its dispute is not
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    assert Restriction.objects.get(case_type="info_request", case_id=info.pk).reason == "open_proceeding"
    assert not objections_visible_to(user_named("atasan.ppid")).filter(pk=objection.pk).exists()
    Dispute.objects.filter(pk=dispute.pk).update(status="closed", closed_on=TODAY)
    assert not restriction.case_duty(InformationRequest.objects.get(pk=info.pk)).open_proceeding


def test_an_objection_filed_without_a_request_is_restricted_while_open(citizen, user_named):
    info = _assigned(make_request(name="Rudi Hartono", email="rudi@example.com"), user_named)
    objection = _objection(info)
    Objection.objects.filter(pk=objection.pk).update(request=None, filer=citizen.user)
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    row = Restriction.objects.get(case_type="objection", case_id=objection.pk)
    assert row.reason == RestrictionReason.OPEN_PROCEEDING and row.reference == objection.number
    assert Objection.objects.get(pk=objection.pk).requester_name == "Siti Aminah"  # kept
    assert not objections_visible_to(user_named("ppid.utama")).filter(pk=objection.pk).exists()
