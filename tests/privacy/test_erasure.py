"""Erasure on request: every personal field goes, every figure stays."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from pintu.accounts.models import User
from pintu.audit.models import AuditEntry
from pintu.complaints.models import Report, ReporterContact
from pintu.history.models import Event
from pintu.mydata import retention
from pintu.mydata.models import Restriction
from pintu.mydata.services import erase_account
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from tests.privacy.conftest import PASSWORD
from tests.privacy.dbdump import leftovers

MARKERS = ["personal_data_erased", "processing_restricted"]  # what erasure itself records on a case


def _figures() -> dict:
    return {
        "reports": list(Report.objects.values("category__code", "status", "kecamatan_id").annotate(n=Count("pk"))
                        .order_by("category__code", "status")),
        "requests": list(InformationRequest.objects.values("status", "requester_kind").annotate(n=Count("pk"))
                         .order_by("status")),
        "events": list(Event.objects.exclude(kind__in=MARKERS).values("case_type", "kind")
                       .annotate(n=Count("pk")).order_by("case_type", "kind")),
    }  # fmt: skip


def _after_the_duty(citizen) -> datetime.datetime:
    """The morning after the restriction of the citizen's open request ends (the sweep completes it then)."""
    until = Restriction.objects.get(case_type="info_request", case_id=citizen.request.pk).until
    return timezone.make_aware(datetime.datetime.combine(until + datetime.timedelta(days=1), datetime.time(7)))


def test_erasure_removes_every_personal_string_from_the_whole_database(
    citizen, bystander, django_capture_on_commit_callbacks
):
    """Issue #18: the open information request is restricted, not wiped; once the duty ends, the retention
    sweep completes the erasure, and then no personal string of the citizen is left anywhere."""
    assert leftovers(citizen.strings()) == citizen.strings()  # the check can see them before
    identity_file = RequesterIdentity.objects.get(request=citizen.request).identity_file
    storage, name = identity_file.storage, identity_file.name
    assert storage.exists(name)
    before = _figures()

    with django_capture_on_commit_callbacks(execute=True):
        erase_account(citizen.user, password=PASSWORD, confirmed=True)
    # what the law still needs stays, restricted: the request's identity and file; nothing of the account
    assert "warga.siti" not in leftovers(citizen.strings())
    assert leftovers([citizen.name, citizen.nik]) == [citizen.name, citizen.nik]
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        assert retention.sweep(_after_the_duty(citizen)) >= 1

    assert leftovers(citizen.strings()) == []
    assert not storage.exists(name)
    assert _figures() == before
    assert leftovers(["Budi Santoso", "budi.santoso@example.com", "+6281311112222"]) == [
        "Budi Santoso",
        "budi.santoso@example.com",
        "+6281311112222",
    ]  # fmt: skip  (someone else's report is untouched)


def test_erasure_keeps_the_cases_and_their_texts_without_the_person(citizen, django_capture_on_commit_callbacks):
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    report = Report.objects.get(pk=citizen.report.pk)  # an open complaint: erased now, handled on anonymously
    assert report.status == citizen.report.status and report.category_id == citizen.report.category_id
    assert report.reporter_user is None
    assert "Jalan di depan pasar berlubang besar. Saya [dihapus], hubungi [dihapus] atau [dihapus]." == report.text
    contact = ReporterContact.objects.get(report=report)
    assert (contact.name, contact.email, contact.phone, contact.nik, contact.nik_index) == ("[dihapus]", "", "", "", "")
    reply_event = Event.objects.get(case_type="report", case_id=report.pk, kind="reporter_reply")
    assert reply_event.reason == "Tambahan: kirim kabar ke [dihapus] atau [dihapus] ya."
    assert Event.objects.filter(case_id=report.pk, case_type="report", kind="personal_data_erased").count() == 1
    # the open request is restricted until the duty ends, then anonymised the same way
    assert RequesterIdentity.objects.get(request=citizen.request).name == citizen.name
    with django_capture_on_commit_callbacks(execute=True):
        retention.sweep(_after_the_duty(citizen))
    identity = RequesterIdentity.objects.get(request=citizen.request)
    assert identity.name == "[dihapus]" and identity.occupation == "Wiraswasta" and not identity.identity_file


def test_erasure_closes_the_account_audits_and_confirms_by_email(citizen):
    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    user = User.objects.get(pk=citizen.user.pk)
    assert not user.is_active and not user.has_usable_password()
    assert (user.username, user.email, user.full_name, user.phone) == (f"dihapus-{user.pk}", "", "", "")
    entry = AuditEntry.objects.get(action="mydata.erase")
    assert entry.target_id == str(user.pk)
    assert entry.details == {"reports": 1, "requests": 1, "objections": 0, "restricted": 1}
    assert [m.to for m in mail.outbox] == [[citizen.email]]
    assert citizen.request.number in mail.outbox[0].body  # the person is told which case is restricted
    call_command("audit_verify")  # the rewrite of history events left the audit chain intact


def test_wrong_password_or_missing_consent_changes_nothing(citizen):
    with pytest.raises(ValidationError) as failure:
        erase_account(citizen.user, password="salah", confirmed=False)
    assert set(failure.value.error_dict) == {"password", "confirm"}
    assert User.objects.get(pk=citizen.user.pk).is_active
    assert ReporterContact.objects.get(report=citizen.report).name == citizen.name


def test_officers_cannot_erase_themselves(user_named):
    officer = user_named("admin.instansi") if User.objects.filter(username="admin.instansi").exists() else None
    officer = officer or User.objects.filter(role_assignments__active=True).first()
    officer.set_password(PASSWORD)
    officer.save()
    with pytest.raises(ValidationError):
        erase_account(officer, password=PASSWORD, confirmed=True)


def test_the_history_guard_is_back_on_after_the_redaction(citizen):
    from django.db import DatabaseError, connection, transaction

    erase_account(citizen.user, password=PASSWORD, confirmed=True)
    event = Event.objects.filter(case_type="report", case_id=citizen.report.pk).first()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE history_event SET reason = %s WHERE id = %s", ["diubah", event.pk])
