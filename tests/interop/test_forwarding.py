"""Forwarding out through adapters: e-mail, a signed webhook that fails then recovers, dead letters and
resend, and the instansi's answer coming back (signed callback, e-mail reply)."""

import datetime
import json

import pytest
from django.core import mail
from django.urls import reverse

from pintu.complaints.models import Forwarding, Privacy
from pintu.complaints.services import admin
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from pintu.interop import signing
from pintu.interop.models import Delivery, DeliveryStatus, ForwardingEndpoint
from pintu.interop.outbound.deliveries import deliver_due
from pintu.interop.services import resend
from tests.interop.conftest import ADMIN

pytestmark = pytest.mark.django_db
SECRET = "pln-secret"


@pytest.fixture
def endpoint(outside):
    def make(adapter="webhook", **values) -> ForwardingEndpoint:
        return ForwardingEndpoint.objects.create(agency=outside, slug="pln", adapter=adapter, secret=SECRET, **values)

    return make


@pytest.fixture
def forward(user_named, outside, follow_up_date):
    def run(report):
        return admin.forward_out(
            report,
            user=user_named(ADMIN),
            agency=outside,
            channel="SP4N-LAPOR!/webhook",
            follow_up_date=follow_up_date,
            reason="Gangguan listrik adalah kewenangan PLN.",
        )

    return run


def only_delivery() -> Delivery:
    return Delivery.objects.get()


def test_no_endpoint_no_delivery(submit, forward):
    forward(submit())
    assert not Delivery.objects.exists()
    assert Forwarding.objects.count() == 1


def test_email_adapter_sends_the_report_to_the_instansi(submit, forward, endpoint):
    endpoint("email", email="pengaduan@pln.example")
    report = submit()
    forward(report)
    mail.outbox.clear()
    delivery = only_delivery()
    assert deliver_due(delivery.next_attempt_at) == 1
    sent = [m for m in mail.outbox if m.to == ["pengaduan@pln.example"]]
    assert len(sent) == 1
    assert report.code in sent[0].subject and "Siti Aminah" in sent[0].body and report.text in sent[0].body
    assert report.code in sent[0].extra_headers["Message-ID"]
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT and delivery.attempts == 1


def test_the_delivery_is_attempted_right_after_commit(
    submit, forward, endpoint, receiver, django_capture_on_commit_callbacks
):
    endpoint(url=receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        forward(submit())
    assert len(receiver.requests) == 1
    assert only_delivery().status == DeliveryStatus.SENT


def test_webhook_that_fails_twice_then_recovers(submit, forward, endpoint, receiver, settings):
    settings.PINTU_INTEROP_BACKOFF_BASE = 60
    endpoint(url=receiver.url)
    report = submit()
    forward(report)
    receiver.fail = 2
    delivery = only_delivery()
    t0 = delivery.next_attempt_at

    deliver_due(t0)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 1 and delivery.last_status_code == 500
    first_wait = (delivery.next_attempt_at - t0).total_seconds()
    assert 60 <= first_wait <= 72  # base, plus at most 20 % jitter

    deliver_due(t0 + datetime.timedelta(seconds=59))  # not due yet: nothing is sent
    assert len(receiver.requests) == 1

    t1 = delivery.next_attempt_at
    deliver_due(t1)
    delivery.refresh_from_db()
    assert delivery.attempts == 2 and delivery.status == DeliveryStatus.FAILED
    assert 120 <= (delivery.next_attempt_at - t1).total_seconds() <= 144

    deliver_due(delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT and delivery.attempts == 3 and delivery.last_status_code == 200
    assert len(receiver.requests) == 3
    assert [a.ok for a in delivery.log.order_by("at")] == [False, False, True]

    request = receiver.requests[-1]
    signing.verify(
        SECRET, request["headers"]["X-Pintu-Timestamp"], request["headers"]["X-Pintu-Signature"], request["body"]
    )
    payload = json.loads(request["body"])
    assert payload["report"]["code"] == report.code
    assert payload["reporter"]["email"] == "siti.aminah@example.com"
    assert payload["forwarding"]["answer_url"].endswith(reverse("interop:callback", args=["pln"]))


def test_anonim_identity_never_leaves(submit, forward, endpoint, receiver):
    endpoint(url=receiver.url)
    report = submit(privacy=Privacy.ANONIM, name="")
    forward(report)
    deliver_due(only_delivery().next_attempt_at)
    body = receiver.requests[0]["body"].decode()
    assert json.loads(body)["reporter"] == {} and json.loads(body)["report"]["anonymous"] is True
    for secret in ("siti.aminah", "Siti", "3456", "+62812"):
        assert secret not in body


def test_dead_letter_after_max_attempts_then_admin_resend(submit, forward, endpoint, receiver, settings, user_named):
    settings.PINTU_INTEROP_MAX_ATTEMPTS = 3
    endpoint(url=receiver.url)
    report = submit()
    forward(report)
    receiver.fail = 99
    delivery = only_delivery()
    for _ in range(3):
        deliver_due(delivery.next_attempt_at)
        delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DEAD and delivery.attempts == 3
    deliver_due(delivery.next_attempt_at + datetime.timedelta(days=30))  # a dead letter waits for a person
    assert len(receiver.requests) == 3

    with pytest.raises(Exception, match="admin"):
        resend(delivery, user=user_named("penghubung.pupr"))
    receiver.fail = 0
    delivery = resend(delivery, user=user_named(ADMIN))
    assert delivery.status == DeliveryStatus.SENT and len(receiver.requests) == 4
    assert delivery.log.filter(by_resend=True, ok=True).count() == 1
    assert Event.objects.for_case("report", report.pk).filter(kind="interop_resent").exists()


def test_an_unreachable_receiver_is_a_failure_not_a_crash(submit, forward, endpoint):
    endpoint(url="http://127.0.0.1:9/nothing-listens-here")
    forward(submit())
    deliver_due(only_delivery().next_attempt_at)
    delivery = only_delivery()
    assert delivery.status == DeliveryStatus.FAILED and delivery.last_error


def callback(client, slug, payload, secret=SECRET):
    body = json.dumps(payload).encode()
    headers = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in signing.signed_headers(secret, body).items()}
    return client.post(reverse("interop:callback", args=[slug]), body, content_type="application/json", **headers)


def test_signed_callback_records_the_answer_once(client, submit, forward, endpoint, receiver):
    endpoint(url=receiver.url)
    report = submit()
    forward(report)
    answer = {"update_id": "pln-77", "reference": report.code, "text": "Tiang sudah diganti, listrik menyala."}
    response = callback(client, "pln", answer)
    assert response.status_code == 200 and response.json()["status"] == Status.DITINDAKLANJUTI
    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI
    assert Forwarding.objects.get(report=report).answered_at is not None
    again = callback(client, "pln", answer)
    assert again.status_code == 200 and again.json()["duplicate"]
    assert Event.objects.for_case("report", report.pk).filter(kind="follow_up").count() == 1


def test_callback_refuses_bad_signatures_and_foreign_reports(client, submit, forward, endpoint):
    endpoint(url="http://127.0.0.1:9/")
    report = submit()
    forward(report)
    assert (
        callback(client, "pln", {"update_id": "1", "reference": report.code, "text": "x"}, secret="nope").status_code
        == 401
    )
    stranger = submit(title="Laporan lain yang tidak dilimpahkan")
    assert callback(client, "pln", {"update_id": "2", "reference": stranger.code, "text": "x"}).status_code == 404


def test_the_instansi_can_answer_by_email(submit, forward, endpoint):
    from email.message import EmailMessage

    from pintu.interop.inbound.email import ingest_email

    endpoint("email", email="pengaduan@pln.example")
    report = submit()
    forward(report)
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Message-ID"] = (
        "pengaduan@pln.example",
        f"Re: Pelimpahan laporan {report.code}",
        "<pln-1@x>",
    )
    msg.set_content("Gangguan sudah kami perbaiki pada 2 Desember.")
    received = ingest_email(msg.as_bytes())
    report.refresh_from_db()
    assert received.report == report and received.message.kind == "update"
    assert report.status == Status.DITINDAKLANJUTI


def test_only_one_worker_claims_a_delivery_and_a_lost_claim_expires(submit, forward, endpoint):
    from pintu.interop.outbound.deliveries import LEASE, claim

    endpoint(url="http://127.0.0.1:9/")
    forward(submit())
    delivery = only_delivery()
    now = delivery.next_attempt_at
    assert claim(delivery.pk, now) is True
    assert claim(delivery.pk, now) is False  # a second worker finds it taken
    assert claim(delivery.pk, now + LEASE - datetime.timedelta(seconds=1)) is False
    assert claim(delivery.pk, now + LEASE + datetime.timedelta(seconds=1)) is True  # the first worker died
