"""audit_verify vouches for the history too (issue #15): each event's audit entry carries its content hash,
so an event edited or deleted past the triggers (here: with them switched off, as a database owner can)
fails the verification, while the sanctioned rewrite on erasure does not."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pintu.audit.history_witness import event_hash
from pintu.audit.models import AuditEntry
from pintu.complaints.services import admin
from pintu.complaints.services.reporter import reply
from pintu.history.models import Event
from pintu.mydata.anonymise import anonymise_report
from tests.audit import tamper
from tests.privacy.conftest import make_report

pytestmark = pytest.mark.django_db


def verify() -> str:
    from io import StringIO

    out = StringIO()
    call_command("audit_verify", stdout=out)
    return out.getvalue()


@pytest.fixture
def history(demo, user_named):
    report = make_report()
    reply(report, text="Tambahan: hubungi saya di siti.aminah@example.com.")  # an event naming the reporter
    admin.verify(report, user=user_named("admin.kominfo"))
    return report, list(Event.objects.for_case("report", report.pk).order_by("pk"))


def test_each_event_entry_carries_the_content_hash_and_verification_passes(history):
    _report, events = history
    for event in events:
        entry = AuditEntry.objects.get(action=f"event.{event.kind}", details__event=event.pk)
        assert entry.details["content"] == event_hash(Event.objects.get(pk=event.pk))
    assert f"OK: {len(events)} peristiwa riwayat cocok" in verify()


def test_an_edited_history_row_fails_the_verification(history):
    _report, events = history
    tamper.disable_history_guards()
    tamper.raw("UPDATE history_event SET reason = %s WHERE id = %s", ["tidak pernah ditulis", events[0].pk])
    with pytest.raises(CommandError, match=f"edited .history event #{events[0].pk} differs"):
        verify()


def test_a_history_row_edited_in_any_column_fails(history):
    _report, events = history
    tamper.disable_history_guards()
    tamper.raw("UPDATE history_event SET visibility = 'public', status_to = 'selesai' WHERE id = %s", [events[-1].pk])
    with pytest.raises(CommandError, match="riwayat"):
        verify()


def test_a_deleted_history_row_fails_the_verification(history):
    _report, events = history
    tamper.disable_history_guards()
    tamper.raw("DELETE FROM history_event WHERE id = %s", [events[-1].pk])
    with pytest.raises(CommandError, match=f"deleted .history event #{events[-1].pk} is gone"):
        verify()


def test_the_sanctioned_rewrite_on_erasure_still_verifies(history):
    report, events = history
    (replied,) = [event for event in events if "siti.aminah" in event.reason]
    assert anonymise_report(report, cause="erasure") >= 1
    rewritten = AuditEntry.objects.get(action="history.rewrite", target_id=str(report.pk))
    assert rewritten.target_type == "complaints.report" and str(replied.pk) in rewritten.details["events"]
    assert "siti.aminah" not in Event.objects.get(pk=replied.pk).reason
    assert "OK:" in verify()
    tamper.disable_history_guards()  # a later edit of a rewritten event is caught all the same
    tamper.raw("UPDATE history_event SET reason = 'diubah lagi' WHERE id = %s", [replied.pk])
    with pytest.raises(CommandError, match="edited"):
        verify()
