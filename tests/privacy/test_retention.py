"""Retention sweep: anonymises closed cases past their period with the erasure functions; idempotent."""

import datetime

from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from pintu.audit.models import AuditEntry
from pintu.complaints.models import Report, ReporterContact
from pintu.jobs.sweeps import registered_sweeps
from pintu.mydata import retention
from pintu.mydata.models import RecordKind, RecordType
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from tests.privacy.conftest import make_report, make_request

NOW = timezone.now()


def _close(model, pk, *, days_ago: int):
    model.objects.filter(pk=pk).update(status="selesai", closed_at=NOW - datetime.timedelta(days=days_ago))


def test_old_closed_reports_are_anonymised_once_and_still_counted(demo, django_capture_on_commit_callbacks):
    old, recent, still_open = make_report(), make_report(name="Rudi Hartono"), make_report(name="Ani Lestari")
    _close(Report, old.pk, days_ago=1900)
    _close(Report, recent.pk, days_ago=30)
    counts = list(Report.objects.values("status", "category_id").annotate(n=Count("pk")).order_by("status"))

    assert retention.sweep(NOW) == 1
    assert ReporterContact.objects.get(report=old).name == "[dihapus]"
    assert ReporterContact.objects.get(report=recent).name == "Rudi Hartono"
    assert ReporterContact.objects.get(report=still_open).name == "Ani Lestari"
    assert "Siti Aminah" not in Report.objects.get(pk=old.pk).text
    assert list(Report.objects.values("status", "category_id").annotate(n=Count("pk")).order_by("status")) == counts
    assert AuditEntry.objects.filter(action="retention.anonymise", target_id=str(old.pk)).count() == 1

    assert retention.sweep(NOW) == 0  # idempotent: nothing new the second time
    assert AuditEntry.objects.filter(action="retention.anonymise").count() == 1


def test_identity_files_go_sooner_than_the_request(demo, django_capture_on_commit_callbacks):
    info = make_request()
    _close(InformationRequest, info.pk, days_ago=400)
    stored = RequesterIdentity.objects.get(request=info).identity_file
    storage, name = stored.storage, stored.name
    with django_capture_on_commit_callbacks(execute=True):
        assert retention.sweep(NOW) == 1
    identity = RequesterIdentity.objects.get(request=info)
    assert not identity.identity_file and not storage.exists(name)
    assert identity.name == "Siti Aminah"  # the rest waits for the request's line of the archive schedule
    assert retention.sweep(NOW) == 0
    RecordType.objects.filter(kind=RecordKind.REQUEST).update(active_years=1, inactive_years=0)
    assert retention.sweep(NOW) == 1
    assert RequesterIdentity.objects.get(request=info).name == "[dihapus]"


def test_dry_run_lists_without_changing(demo, capsys):
    old = make_report()
    _close(Report, old.pk, days_ago=1900)
    call_command("retention_sweep", "--dry-run")
    out = capsys.readouterr().out
    assert old.code in out and "1 reports" in out
    assert ReporterContact.objects.get(report=old).name == "Siti Aminah"
    call_command("retention_sweep")
    assert ReporterContact.objects.get(report=old).name == "[dihapus]"


def test_sweep_is_registered():
    assert "privacy.retention" in {sweep.name for sweep in registered_sweeps()}
