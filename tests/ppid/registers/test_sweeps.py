"""Sweeps: one berkala reminder per item per due date, DIK expiry to review with one notice, run twice."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from pintu.history.models import Event
from pintu.jobs.sweeps import registered_sweeps, run_sweeps
from pintu.ppid.registers import services, sweeps
from pintu.ppid.registers.models import DikItem, DikStatus, DipItem

pytestmark = pytest.mark.django_db


def at(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


def test_sweeps_are_registered():
    names = {sweep.name for sweep in registered_sweeps()}
    assert {"ppid.berkala_due", "ppid.dik_expiry"} <= names


def test_berkala_reminder_once_per_due_date(published_item, user_named):
    item = published_item()
    published_item(category="setiap_saat")  # never due
    mail.outbox.clear()
    assert sweeps.berkala_due(timezone.now()) == 0  # six months away
    days_to_due = (item.next_due_date - timezone.localdate()).days
    assert sweeps.berkala_due(at(days_to_due - 14)) == 1  # inside the 14-day window
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([user_named("ppid.pupr").email, user_named("ppid.utama").email])
    assert "perlu diperbarui" in mail.outbox[0].subject
    assert item.title in mail.outbox[0].body
    mail.outbox.clear()
    assert sweeps.berkala_due(at(days_to_due - 14)) == 0  # run twice: nothing new
    assert sweeps.berkala_due(at(days_to_due + 30)) == 0  # overdue, same due date: still once
    assert mail.outbox == []
    # A refresh gives a new due date, which earns its own reminder when it comes.
    item.last_published_date = timezone.localdate() - datetime.timedelta(days=200)
    item.save()
    item = services.refresh_berkala(user_named("ppid.pupr"), item, timezone.localdate() - datetime.timedelta(days=199))
    assert sweeps.berkala_due(timezone.now()) == 1
    assert "terlambat" in mail.outbox[0].subject.lower()


def test_overdue_items_are_caught_up(published_item):
    item = published_item()
    DipItem.objects.filter(pk=item.pk).update(next_due_date=timezone.localdate() - datetime.timedelta(days=40))
    assert sweeps.berkala_due(timezone.now()) == 1
    assert sweeps.berkala_due(timezone.now()) == 0


def test_dik_expiry_sets_review_and_notifies_once(dik_item, user_named):
    item = dik_item(decide=True)
    dik_item()  # a draft never expires by sweep
    mail.outbox.clear()
    assert sweeps.dik_expiry(timezone.now()) == 0
    after = (item.exempt_until - timezone.localdate()).days
    assert sweeps.dik_expiry(at(after)) == 0  # the end date itself is still covered
    assert sweeps.dik_expiry(at(after + 1)) == 1
    item.refresh_from_db()
    assert item.status == DikStatus.REVIEW
    assert sorted(a for m in mail.outbox for a in m.to) == sorted(
        [user_named("ppid.pupr").email, user_named("ppid.utama").email]
    )
    assert "perlu ditinjau" in mail.outbox[0].subject
    mail.outbox.clear()
    assert sweeps.dik_expiry(at(after + 1)) == 0
    assert mail.outbox == []
    assert Event.objects.for_case("dik_item", item.pk).filter(kind="expired").count() == 1


def test_reviewed_exemption_can_be_extended_and_expire_again(dik_item, user_named):
    item = dik_item(decide=True)
    DikItem.objects.filter(pk=item.pk).update(exempt_until=timezone.localdate() - datetime.timedelta(days=1))
    assert sweeps.dik_expiry(timezone.now()) == 1
    new_end = timezone.localdate() + datetime.timedelta(days=30)
    item = services.update_dik_item(user_named("ppid.pupr"), DikItem.objects.get(pk=item.pk), exempt_until=new_end)
    item = services.seed_in_force(user_named("ppid.utama"), item, "Kepala Diskominfo")
    assert item.status == DikStatus.IN_FORCE
    mail.outbox.clear()
    assert sweeps.dik_expiry(at(31)) == 1  # a new end date is a new expiry
    assert len(mail.outbox) == 2


def test_run_sweeps_logs_both(published_item):
    published_item()
    results = run_sweeps(names=["ppid.berkala_due", "ppid.dik_expiry"])
    assert results == {"ppid.berkala_due": 0, "ppid.dik_expiry": 0}


def test_a_calendar_change_moves_berkala_due_dates(published_item, django_capture_on_commit_callbacks):
    from pintu.workdays.services import add_closed_day

    item = published_item()
    due = item.next_due_date
    with django_capture_on_commit_callbacks(execute=True):
        add_closed_day(due, "Libur daerah", actor=None)
    item.refresh_from_db()
    assert item.next_due_date < due  # moved back to the working day before
