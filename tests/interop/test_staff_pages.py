"""The admin instansi's interop pages: dead letters with resend, delivery log, subscribers; others refused."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from pintu.interop.models import Delivery, DeliveryAttempt, DeliveryStatus, WebhookSubscription
from tests.interop.conftest import ADMIN

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
OTHERS = ("penghubung.pupr", "kepala.pupr", "ppid.utama", "bupati", "inspektorat", "warga", "sysadmin")


@pytest.fixture
def dead(receiver):
    subscription = WebhookSubscription.objects.create(name="Dasbor", url=receiver.url, secret="x")
    delivery = Delivery.objects.create(
        purpose="subscriber",
        adapter="subscriber",
        subscription=subscription,
        event_id=1,
        payload={"event": "verify", "report": {"code": "LPR-2026-AAAAA"}},
        status=DeliveryStatus.DEAD,
        attempts=6,
        next_attempt_at=timezone.now(),
        last_error="HTTP 500",
    )
    DeliveryAttempt.objects.create(delivery=delivery, at=timezone.now(), ok=False, status_code=500, error="HTTP 500")
    return delivery


def sign_in(client, user_named, username):
    client.force_login(user_named(username))
    return client


def test_admin_sees_dead_letters_and_resends(client, user_named, dead, receiver):
    sign_in(client, user_named, ADMIN)
    page = client.get(reverse("interop:staff_overview"))
    assert page.status_code == 200
    assert f'data-delivery="{dead.pk}"' in page.content.decode()
    assert client.get(reverse("interop:staff_delivery", args=[dead.pk])).status_code == 200
    assert client.get(reverse("interop:staff_subscription", args=[dead.subscription_id])).status_code == 200
    response = client.post(reverse("interop:staff_resend", args=[dead.pk]))
    assert response.status_code == 302
    dead.refresh_from_db()
    assert dead.status == DeliveryStatus.SENT and len(receiver.requests) == 1


@pytest.mark.parametrize("username", OTHERS)
def test_everyone_else_is_refused(client, user_named, dead, username):
    sign_in(client, user_named, username)
    for url in (
        reverse("interop:staff_overview"),
        reverse("interop:staff_delivery", args=[dead.pk]),
        reverse("interop:staff_subscription", args=[dead.subscription_id]),
    ):
        assert client.get(url).status_code == 403
    assert client.post(reverse("interop:staff_resend", args=[dead.pk])).status_code == 403
    dead.refresh_from_db()
    assert dead.status == DeliveryStatus.DEAD


def test_anonymous_visitors_are_sent_to_login(client, dead):
    response = client.get(reverse("interop:staff_overview"))
    assert response.status_code == 302 and response["Location"].startswith(reverse(settings.LOGIN_URL))


def test_resend_only_by_post(client, user_named, dead):
    sign_in(client, user_named, ADMIN)
    assert client.get(reverse("interop:staff_resend", args=[dead.pk])).status_code == 405


def test_the_workspace_links_the_page_for_the_admin_only(client, user_named):
    link = reverse("interop:staff_overview")
    assert link in sign_in(client, user_named, ADMIN).get(reverse("web:staff_home")).content.decode()
    assert link not in sign_in(client, user_named, "penghubung.pupr").get(reverse("web:staff_home")).content.decode()
