"""Outgoing webhooks for subscribers: signed, logged, only public events of public reports, no personal data."""

import datetime
import json

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.complaints.models import Privacy
from pintu.complaints.services import admin
from pintu.history.models import Event
from pintu.interop import signing
from pintu.interop.models import Delivery, DeliveryStatus, WebhookSubscription
from pintu.interop.outbound.deliveries import deliver_due
from pintu.interop.subscribers.events import fan_out_all
from tests.interop.conftest import ADMIN

pytestmark = pytest.mark.django_db
SECRET = "dashboard-secret"


@pytest.fixture
def subscription(receiver, demo):
    return WebhookSubscription.objects.create(name="Dasbor Provinsi Sumsel", url=receiver.url, secret=SECRET)


def verified(report, user_named, *, dispositioned=True):
    boss = user_named(ADMIN)
    admin.verify(report, user=boss)
    if dispositioned:
        admin.disposition(report, user=boss, agency=Agency.objects.get(code="PUPR"), note_text="Tolong cek Senin.")
    return report


def later():
    """A sweep a minute from now: the events just recorded have settled."""
    return timezone.now() + datetime.timedelta(minutes=1)


def send_all():
    fan_out_all(later())
    deliveries = list(Delivery.objects.filter(purpose="subscriber"))
    for delivery in deliveries:
        deliver_due(delivery.next_attempt_at)
    return deliveries


def test_public_events_are_delivered_signed_and_logged(subscription, receiver, submit, user_named):
    report = verified(submit(), user_named)
    send_all()
    kinds = [json.loads(r["body"])["event"] for r in receiver.requests]
    assert kinds == ["submitted", "verify", "disposition"]  # the internal disposition note is not among them
    for request in receiver.requests:
        signing.verify(
            SECRET, request["headers"]["X-Pintu-Timestamp"], request["headers"]["X-Pintu-Signature"], request["body"]
        )
        payload = json.loads(request["body"])
        assert payload["report"]["code"] == report.code and payload["report"]["kecamatan"] == "Indralaya"
        assert set(payload["report"]) == {"code", "status", "category", "kecamatan", "kecamatan_code"}
    delivery = Delivery.objects.filter(subscription=subscription).first()
    log = delivery.log.get()
    assert log.ok and log.status_code == 200 and log.duration_ms >= 0
    assert delivery.status == DeliveryStatus.SENT


def test_no_personal_data_in_any_payload(subscription, receiver, submit, user_named):
    verified(submit(), user_named)
    verified(submit(privacy=Privacy.ANONIM, name="", title="Pungli di kantor desa"), user_named)
    send_all()
    assert receiver.requests
    everything = " ".join(r["body"].decode() for r in receiver.requests)
    for personal in ("Siti", "siti.aminah", "+62812", "3456", "Jaringan listrik padam", "Tolong cek"):
        assert personal not in everything


def test_rahasia_and_unverified_reports_are_never_sent(subscription, receiver, submit, user_named):
    verified(submit(privacy=Privacy.RAHASIA), user_named)
    submit()  # still waiting for verification: not public
    send_all()
    assert receiver.requests == []
    subscription.refresh_from_db()
    assert subscription.cursor == Event.objects.order_by("-pk").first().pk  # looked at, and skipped for good


def test_each_event_is_queued_once_and_the_kind_filter_applies(subscription, receiver, submit, user_named):
    subscription.event_kinds = "verify"
    subscription.save()
    verified(submit(), user_named)
    fan_out_all(later())
    fan_out_all(later())
    assert Delivery.objects.filter(subscription=subscription).count() == 1
    assert Delivery.objects.get().payload["event"] == "verify"


def test_a_failing_subscriber_is_retried(subscription, receiver, submit, user_named):
    subscription.event_kinds = "verify"
    subscription.save()
    receiver.fail = 1
    verified(submit(), user_named, dispositioned=False)
    fan_out_all(later())
    delivery = Delivery.objects.get()
    deliver_due(delivery.next_attempt_at)
    delivery.refresh_from_db()
    deliver_due(delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT and delivery.attempts == 2
    assert [a.status_code for a in delivery.log.order_by("at")] == [500, 200]


def test_events_wait_until_they_settle(subscription, receiver, submit, user_named):
    verified(submit(), user_named, dispositioned=False)
    assert fan_out_all(timezone.now()) == 0  # younger than the settle time: an older id may still be committing
    subscription.refresh_from_db()
    assert subscription.cursor == 0
    assert fan_out_all(later()) == 2  # submitted and verify: the report is public when the sweep reads them
