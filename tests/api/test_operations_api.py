"""Interop and routing endpoints for operators (/api/v1/staff/interop/*, /api/v1/staff/routing/accuracy/).

The same selectors and service as the web pages: the lists equal the page's, resend re-delivers through
the adapter (a real local HTTP receiver, the SP4N-LAPOR! fake) and leaves an attempt, a history event and
an audit entry; refused roles get 403 (anonymous 401) and change nothing; bad input is a 400 in Indonesian.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.audit.models import AuditEntry
from pintu.history.models import Event
from pintu.interop.models import (
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
    ForwardingEndpoint,
    WebhookSubscription,
)
from pintu.interop.outbound.adapters.lapor_fake import FakeLaporTransport
from pintu.routing.models import RoutingModel, Suggestion
from tests.api.conftest import ADMIN
from tests.interop.conftest import receiver  # noqa: F401 (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
API = "/api/v1/staff/interop/"
OTHERS = ("penghubung.pupr", "kepala.pupr", "ppid.utama", "bupati", "inspektorat", "warga", "sysadmin")
SECRET = "rahasia-penanda-tangan-xyz"


@pytest.fixture(autouse=True)
def _fresh_lapor():
    FakeLaporTransport.reset()
    yield
    FakeLaporTransport.reset()


def make_dead(subscription, event_id: int, **values) -> Delivery:
    fields = {
        "purpose": "subscriber", "adapter": "subscriber", "subscription": subscription, "event_id": event_id,
        "payload": {"event": "verify", "report": {"code": "LPR-2026-AAAAA"}, "contact": "siti@example.com"},
        "status": DeliveryStatus.DEAD, "attempts": 6, "next_attempt_at": timezone.now(), "last_error": "HTTP 500",
        **values,
    }  # fmt: skip
    delivery = Delivery.objects.create(**fields)
    DeliveryAttempt.objects.create(delivery=delivery, at=timezone.now(), ok=False, status_code=500, error="HTTP 500")
    return delivery


@pytest.fixture
def subscription(receiver):  # noqa: F811
    return WebhookSubscription.objects.create(name="Dasbor Provinsi", url=receiver.url, secret=SECRET)


@pytest.fixture
def dead(subscription):
    return make_dead(subscription, 1)


def test_lists_equal_the_web_page(client, client_for, user_named, subscription, dead):
    sent = make_dead(subscription, 2, status=DeliveryStatus.SENT, attempts=1, last_error="")
    api = client_for(ADMIN)
    client.force_login(user_named(ADMIN))
    page = client.get(reverse("interop:staff_overview")).context

    dead_letters = api.get(API + "dead-letters/").json()["results"]
    assert [d["id"] for d in dead_letters] == [d.pk for d in page["dead"]] == [dead.pk]
    assert dead_letters[0]["destination"] == "Dasbor Provinsi" and dead_letters[0]["status_label"] == "Gagal permanen"
    log = api.get(API + "deliveries/").json()["results"]
    assert [d["id"] for d in log] == [d.pk for d in page["log"]] == [sent.pk, dead.pk]
    only_sent = api.get(API + "deliveries/", {"status": "sent"}).json()["results"]
    assert [d["id"] for d in only_sent] == [d.pk for d in client.get(reverse("interop:staff_overview"),
                                                                       {"status": "sent"}).context["log"]]  # fmt: skip
    subscriptions = api.get(API + "subscriptions/").json()["results"]
    assert [s["id"] for s in subscriptions] == [s.pk for s in page["subscriptions"]]
    assert SECRET not in str(subscriptions) and "siti@example.com" not in str(log)


def test_an_unknown_status_filter_is_a_400_in_indonesian(client_for, dead):
    response = client_for(ADMIN).get(API + "deliveries/", {"status": "hilang"})
    assert response.status_code == 400
    assert response.json()["errors"] == {"status": ["Status pengiriman tidak dikenal."]}


def test_the_log_is_cursor_paginated(client_for, subscription):
    made = [make_dead(subscription, i, status=DeliveryStatus.SENT).pk for i in range(1, 13)]
    api, seen, url = client_for(ADMIN), [], API + "deliveries/?page_size=5"
    while url:
        body = api.get(url).json()
        seen += [d["id"] for d in body["results"]]
        url = body["next"]
    assert seen == sorted(made, reverse=True)


def test_delivery_detail_has_the_attempts_log_and_no_payload(client_for, dead):
    body = client_for(ADMIN).get(API + f"deliveries/{dead.pk}/").json()
    assert body["may_resend"] is True and body["attempts"] == 6
    assert [(a["ok"], a["status_code"], a["by_resend"]) for a in body["log"]] == [(False, 500, False)]
    assert "payload" not in body and "siti@example.com" not in str(body)


def test_resend_delivers_through_the_adapter_with_an_attempt_and_an_audit_entry(client_for, dead, receiver):  # noqa: F811
    response = client_for(ADMIN).post(API + f"deliveries/{dead.pk}/resend/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["detail"] == f"Pengiriman #{dead.pk} berhasil dikirim ulang."
    assert body["delivery"]["status"] == "sent" and body["delivery"]["may_resend"] is False
    assert len(receiver.requests) == 1
    dead.refresh_from_db()
    assert dead.status == DeliveryStatus.SENT
    latest = dead.log.first()
    assert latest.ok and latest.by_resend and dead.log.count() == 2
    entry = AuditEntry.objects.get(action="interop.resend")
    assert entry.target_id == str(dead.pk) and entry.actor_username == ADMIN


def test_resending_what_is_not_failed_is_a_400_and_writes_nothing(client_for, dead, receiver):  # noqa: F811
    api = client_for(ADMIN)
    assert api.post(API + f"deliveries/{dead.pk}/resend/").status_code == 200
    attempts, audits = DeliveryAttempt.objects.count(), AuditEntry.objects.count()
    again = api.post(API + f"deliveries/{dead.pk}/resend/")
    assert again.status_code == 400
    assert again.json()["detail"] == "Hanya pengiriman yang gagal yang dapat dikirim ulang."
    assert "non_field_errors" in again.json()["errors"]
    assert (DeliveryAttempt.objects.count(), AuditEntry.objects.count()) == (attempts, audits)
    assert len(receiver.requests) == 1


def test_a_resend_that_fails_again_says_so(client_for, dead, receiver):  # noqa: F811
    receiver.fail = 1
    body = client_for(ADMIN).post(API + f"deliveries/{dead.pk}/resend/").json()
    assert body["detail"] == f"Pengiriman #{dead.pk} masih gagal dan akan dicoba lagi otomatis."
    assert body["delivery"]["status"] == "failed" and body["delivery"]["may_resend"] is True
    assert [(a["ok"], a["by_resend"]) for a in body["delivery"]["log"]][0] == (False, True)


def test_resend_of_a_lapor_follow_up_goes_to_the_lapor_fake_and_the_report_history(client_for, report):
    delivery = Delivery.objects.create(
        purpose="lapor_follow_up", adapter="lapor_follow_up", report=report, event_id=77,
        payload={"lapor_id": "LAPOR-000042", "text": "Sudah diperbaiki."},
        status=DeliveryStatus.DEAD, attempts=6, next_attempt_at=timezone.now(), last_error="LAPOR: fake outage",
    )  # fmt: skip
    body = client_for(ADMIN).post(API + f"deliveries/{delivery.pk}/resend/").json()
    assert body["delivery"]["status"] == "sent" and body["delivery"]["report_code"] == report.code
    assert [lapor_id for lapor_id, _payload in FakeLaporTransport.follow_ups] == ["LAPOR-000042"]
    assert Event.objects.filter(kind="interop_resent", payload__delivery=delivery.pk).count() == 1
    assert AuditEntry.objects.filter(action="interop.resend", target_id=str(delivery.pk)).exists()


def test_subscription_detail_equals_the_web_page_without_the_secret(client, client_for, user_named, subscription,
                                                                    dead):  # fmt: skip
    make_dead(subscription, 2, status=DeliveryStatus.SENT, payload={"event": "follow_up", "report": {"code": "X"}})
    body = client_for(ADMIN).get(API + f"subscriptions/{subscription.pk}/").json()
    client.force_login(user_named(ADMIN))
    page = client.get(reverse("interop:staff_subscription", args=[subscription.pk])).context
    assert [d["id"] for d in body["deliveries"]] == [d.pk for d in page["deliveries"]]
    assert [(d["event"], d["report_code"]) for d in body["deliveries"]] == [
        ("follow_up", "X"),
        ("verify", "LPR-2026-AAAAA"),
    ]
    assert SECRET not in str(body) and "secret" not in body


def test_endpoints_list_without_addresses_or_secrets(client_for):
    from pintu.agencies.models import Agency

    ForwardingEndpoint.objects.create(agency=Agency.objects.get(code="PLN_UP3_OI"), slug="pln", adapter="webhook",
                                      url="https://pln.example.id/hook", secret=SECRET)  # fmt: skip
    body = client_for(ADMIN).get(API + "endpoints/").json()["results"]
    assert [(e["agency"]["code"], e["adapter"], e["active"]) for e in body] == [("PLN_UP3_OI", "webhook", True)]
    assert SECRET not in str(body) and "pln.example.id" not in str(body)


@pytest.mark.parametrize("username", OTHERS)
def test_every_other_role_is_refused_and_nothing_changes(client_for, dead, subscription, username):
    api = client_for(username)
    for url in ("deliveries/", "dead-letters/", f"deliveries/{dead.pk}/", "subscriptions/",
                f"subscriptions/{subscription.pk}/", "endpoints/"):  # fmt: skip
        assert api.get(API + url).status_code == 403, url
    assert api.post(API + f"deliveries/{dead.pk}/resend/").status_code == 403
    dead.refresh_from_db()
    assert dead.status == DeliveryStatus.DEAD and dead.log.count() == 1
    assert not AuditEntry.objects.filter(action="interop.resend").exists()


def test_anonymous_gets_401_and_a_missing_row_is_404(anon, client_for, dead):
    assert anon.get(API + "dead-letters/").status_code == 401
    assert anon.post(API + f"deliveries/{dead.pk}/resend/").status_code == 401
    assert client_for(ADMIN).get(API + "deliveries/999999/").status_code == 404
    assert client_for(ADMIN).post(API + "deliveries/999999/resend/").status_code == 404


# --- routing accuracy ----------------------------------------------------------------------------------


def test_routing_accuracy_equals_the_web_page(client, client_for, user_named, submit, agency):
    pupr, dinkes = agency("PUPR"), agency("DINKES")
    reports = [submit(title=f"Laporan {i}").report for i in range(4)]
    for report, version, ranked, final, taken in (
        (reports[0], "model-v1", ["PUPR", "DLH"], pupr, 1),
        (reports[1], "model-v1", ["DLH", "PUPR"], pupr, None),
        (reports[2], "model-v1", ["DINKES"], None, None),
        (reports[3], "profil", ["DINKES", "PUPR"], dinkes, 1),
    ):  # fmt: skip
        Suggestion.objects.create(report=report, model_version=version, source="model" if version != "profil" else
                                  "profil", ranked=[{"agency": c, "probability": 0.4} for c in ranked],
                                  final_agency=final, taken=taken)  # fmt: skip
    RoutingModel.objects.create(version=1, trained_on=120, active=True, blob=b"x")

    body = client_for("bupati").get("/api/v1/staff/routing/accuracy/").json()
    client.force_login(user_named("bupati"))
    page = client.get(reverse("routing:accuracy")).context
    rows = {r["version"]: r for r in body["versions"]}
    assert list(rows) == [row.version for row in page["rows"]]
    for row in page["rows"]:
        got = rows[row.version]
        assert (got["made"], got["decided"], got["top1"], got["top3"], got["taken"]) == (
            row.made, row.decided, row.top1, row.top3, row.taken)  # fmt: skip
        assert got["top1_accuracy"] == row.top1_accuracy
    assert (rows["model-v1"]["made"], rows["model-v1"]["decided"], rows["model-v1"]["top1"]) == (3, 2, 1)
    assert [(m["label"], m["trained_on"], m["active"]) for m in body["models"]] == [("model-v1", 120, True)]
    assert client_for(ADMIN).get("/api/v1/staff/routing/accuracy/").status_code == 200


@pytest.mark.parametrize("username", ["penghubung.pupr", "kepala.pupr", "ppid.utama", "warga"])
def test_routing_accuracy_refused_like_the_page(client_for, username):
    assert client_for(username).get("/api/v1/staff/routing/accuracy/").status_code == 403
