""" "Saya juga mengalami ini" (issue #16 item 8): following a public report by e-mail or HP, confirmed by a
one-time code; the updates come through the outbox with a stop link; handlers see only the count."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from pintu.complaints import watchers
from pintu.complaints.models import Watcher
from pintu.complaints.services import handling
from pintu.security.destinations import Destination
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db

ADDRESS = "Tetangga.Pelapor@Example.com"


def _code_from(message) -> str:
    found = re.search(r"\b(\d{6})\b", message.subject + "\n" + message.body)
    assert found, (message.subject, message.body)
    return found.group(1)


def _follow(client, report, destination=ADDRESS) -> str:
    mail.outbox.clear()
    response = client.post(reverse("complaints:follow", args=[report.code]), {"destination": destination})
    assert response.status_code == 302 and response["Location"] == reverse("complaints:follow_confirm",
                                                                           args=[report.code])  # fmt: skip
    return _code_from(mail.outbox[-1])


def test_a_visitor_follows_by_email_gets_the_updates_and_stops(client, demo):
    report = factories.make_report(at="PUPR")
    page = client.get(reverse("complaints:public_detail", args=[report.code])).content.decode()
    assert "Saya juga mengalami ini" in page

    code = _follow(client, report)
    watcher = Watcher.objects.get(report=report)
    assert watcher.confirmed_at is None and watcher.contact == ADDRESS.lower()
    # the address is stored encrypted, never as typed in the table
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT contact FROM complaints_watcher")
        assert "example.com" not in cursor.fetchone()[0].lower()
    page = client.get(reverse("complaints:follow_confirm", args=[report.code])).content.decode()
    assert ADDRESS.lower() not in page  # shown masked only

    wrong = client.post(reverse("complaints:follow_confirm", args=[report.code]), {"code": "000000"
                        if code != "000000" else "111111"})  # fmt: skip
    assert wrong.status_code == 400 and "Kode salah" in wrong.content.decode()
    done = client.post(reverse("complaints:follow_confirm", args=[report.code]), {"code": code})
    assert done.status_code == 302
    watcher.refresh_from_db()
    assert watcher.confirmed_at is not None and watchers.count_for(report) == 1

    mail.outbox.clear()
    handling.post_follow_up(report, user=factories.user(factories.PUPR), text="Sudah ditambal pada 2 Desember.")
    (update,) = [m for m in mail.outbox if m.to == [ADDRESS.lower()]]  # sent through the outbox (OutgoingMail)
    assert report.code in update.subject and "Sudah ditambal" in update.body
    stop_url = re.search(r"http\S+/laporan-diikuti/berhenti/\S+/", update.body).group(0)
    stop_path = stop_url.split("://", 1)[1].split("/", 1)[1]

    assert client.get("/" + stop_path).status_code == 200 and Watcher.objects.count() == 1  # a GET changes nothing
    client.post("/" + stop_path)
    assert Watcher.objects.count() == 0
    assert "tidak berlaku lagi" in client.get("/" + stop_path).content.decode()


def test_following_twice_keeps_one_row_and_the_count_is_for_handlers_only(client, demo, user_named):
    report = factories.make_report(at="PUPR")
    for typed in (ADDRESS, ADDRESS.upper()):
        code = _follow(client, report, typed)
    client.post(reverse("complaints:follow_confirm", args=[report.code]), {"code": code})
    assert Watcher.objects.count() == 1 and watchers.count_for(report) == 1

    public = client.get(reverse("complaints:public_detail", args=[report.code])).content.decode()
    assert "warga juga mengalami ini" not in public
    client.force_login(user_named(factories.ADMIN))
    staff = client.get(reverse("complaints:staff_detail", args=[report.code])).content.decode()
    assert "1 warga juga mengalami ini" in staff and ADDRESS.lower() not in staff


def test_a_phone_follower_gets_the_code_by_phone(client, demo, phone_outbox):
    report = factories.make_report(at="PUPR")
    response = client.post(reverse("complaints:follow", args=[report.code]), {"destination": "0812-3456-7890"})
    assert response.status_code == 302
    (sent,) = phone_outbox
    assert sent.phone == "+6281234567890" and sent.purpose == "follow"
    client.post(reverse("complaints:follow_confirm", args=[report.code]), {"code": sent.code})
    watcher = Watcher.objects.get()
    assert watcher.kind == Watcher.PHONE and watcher.confirmed_at is not None


def test_a_report_that_is_not_public_cannot_be_followed(client, demo):
    report = factories.make_report()  # not verified yet: no public page
    response = client.post(reverse("complaints:follow", args=[report.code]), {"destination": ADDRESS})
    assert response.status_code == 404 and Watcher.objects.count() == 0
    with pytest.raises(watchers.NotFollowable):
        watchers.start_following(report, Destination("email", "a@example.com"))


def test_a_bad_address_is_refused_with_a_message_and_nothing_kept(client, demo):
    report = factories.make_report(at="PUPR")
    response = client.post(reverse("complaints:follow", args=[report.code]), {"destination": "bukan alamat"})
    assert response.status_code == 400 and 'id="ikuti"' in response.content.decode()
    assert Watcher.objects.count() == 0


def test_unconfirmed_follows_are_swept_after_a_day(demo):
    from datetime import timedelta

    from django.utils import timezone

    report = factories.make_report(at="PUPR")
    watchers.start_following(report, Destination("email", "a@example.com"))
    assert watchers.sweep_unconfirmed(timezone.now()) == 0
    assert watchers.sweep_unconfirmed(timezone.now() + timedelta(hours=25)) == 1
