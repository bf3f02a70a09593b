"""Notifications by phone: which changes go out, in whose language, on which channel; one-time codes
(`pintu.notifications.send_code`, for citizens' accounts); the outbox row and the queued task hold no
personal data in the clear."""

from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.utils import translation

from pintu.accounts.models import User
from pintu.complaints import notify
from pintu.complaints.services import admin
from pintu.interop.models import Delivery
from pintu.interop.outbound.adapters.phone_fake import FakeSmsSender
from pintu.notifications import services as notifications
from pintu.notifications.models import OutgoingMail
from pintu.notifications.phone import TEMPLATES, whatsapp_body

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_each_change_the_reporter_sees_goes_by_phone(submit, user_named):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    admin.verify(report, user=user_named("admin.kominfo"))  # a status change
    notify.info_requested(report, "Di depan rumah\nnomor berapa?")  # as handling.request_info sends it
    assert len(FakeSmsSender.outbox) == 3, [message.text for message in FakeSmsSender.outbox]
    acknowledgement, update, question = FakeSmsSender.outbox[0], FakeSmsSender.outbox[1], FakeSmsSender.outbox[-1]
    assert "kode rahasia" in acknowledgement.text and all(m.channel == "sms" for m in FakeSmsSender.outbox)
    assert f"status laporan {report.code} sekarang" in update.text
    assert "Di depan rumah nomor berapa?" in question.text  # whitespace folded: WhatsApp refuses line breaks


def test_staff_notifications_never_go_by_phone(submit):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    FakeSmsSender.outbox.clear()
    notify.reporter_replied(report)
    notify.assigned(report)
    assert not FakeSmsSender.outbox


def test_messages_follow_the_reporter_language(submit):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",), language="en")
    FakeSmsSender.outbox.clear()
    with translation.override("en"):
        expected = str(TEMPLATES["report_update"].text)  # the English text once the lead translates it
    notify.status_changed(report)
    (message,) = FakeSmsSender.outbox
    delivery = Delivery.objects.filter(report=report).order_by("-pk").first()
    assert delivery.payload["language"] == "en"
    assert message.text.startswith(expected.split("%(")[0])


def test_whatsapp_preferred_sms_when_only_sms_is_configured_nothing_when_neither(submit, settings):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp", "sms"))
    assert [m.channel for m in FakeSmsSender.outbox] == ["whatsapp"]
    settings.PINTU_WHATSAPP_PROVIDER = "off"
    notify.status_changed(report)
    assert FakeSmsSender.outbox[-1].channel == "sms"
    settings.PINTU_SMS_PROVIDER = "off"
    before = len(FakeSmsSender.outbox)
    notify.status_changed(report)
    assert len(FakeSmsSender.outbox) == before and not OutgoingMail.objects.exists()


def test_email_and_phone_both_when_both_given(submit):
    submit(email="warga@example.com", phone="0812-3456-7890", notify_channels=("whatsapp",))
    assert len(mail.outbox) == 0  # the fixture clears e-mails after submitting
    assert len(FakeSmsSender.outbox) == 1


def test_send_code_by_email_whatsapp_or_sms_and_its_errors(settings):
    with mock.patch("pintu.notifications.services.enqueue") as enqueue:
        assert notifications.send_code("warga@example.com", "482913", "login") == "email"
        assert notifications.send_code("0812-3456-7890", "482913", "register", "en") == "whatsapp"
        assert notifications.send_code("0812-3456-7890", "482913", "reset", channel="sms") == "sms"
    rows = list(OutgoingMail.objects.order_by("pk"))
    assert [row.channel for row in rows] == ["email", "whatsapp", "sms"]
    assert [call.args for call in enqueue.call_args_list] == [(notifications.SEND_TASK, row.pk) for row in rows]
    with connection.cursor() as cursor:  # the code and the number are encrypted in the row
        cursor.execute("SELECT recipient, context FROM notifications_outgoingmail")
        stored = " ".join(" ".join(map(str, row)) for row in cursor.fetchall())
    assert "482913" not in stored and "81234567890" not in stored and "warga@example.com" not in stored
    with pytest.raises(ValueError):
        notifications.send_code("bukan nomor", "1", "login")
    with pytest.raises(ValueError):
        notifications.send_code("warga@example.com", "1", "menebak")
    settings.PINTU_WHATSAPP_PROVIDER, settings.PINTU_SMS_PROVIDER = "off", "off"
    with pytest.raises(notifications.NoPhoneChannel):
        notifications.send_code("0812-3456-7890", "482913", "login")


def test_send_code_reaches_the_cloud_api_as_an_authentication_template(cloud_api):
    notifications.send_code("0812-3456-7890", "482913", "login")
    (sent,) = cloud_api.sent
    assert sent["template"]["name"] == "pintu_kode_verifikasi"
    assert sent["template"]["components"][0]["parameters"] == [{"type": "text", "text": "482913"}]
    assert sent["template"]["components"][1]["sub_type"] == "url"
    delivery = Delivery.objects.get()
    assert delivery.report is None and delivery.payload["kind"] == "one_time_code"


def test_send_code_by_email_arrives(settings):
    notifications.send_code("warga@example.com", "482913", "reset")
    (message,) = mail.outbox
    assert "482913" in message.subject and "kata sandi" in message.body


def test_every_phone_message_renders_and_has_its_whatsapp_body():
    for name, spec in TEMPLATES.items():
        body = whatsapp_body(name, "id")
        assert "%(" not in body, name
        if spec.category == "UTILITY":
            assert [f"{{{{{n}}}}}" in body for n in range(1, len(spec.params) + 1)] == [True] * len(spec.params)
            assert not body.startswith("{{") and not body.endswith("}}"), name  # WhatsApp refuses that


def test_the_templates_command_prints_what_meta_takes():
    import io
    import json

    from django.core.management import call_command

    out = io.StringIO()
    call_command("whatsapp_templates", stdout=out)
    templates = json.loads(out.getvalue())
    names = {(t["name"], t["language"]) for t in templates}
    assert ("pintu_laporan_diterima", "id") in names and ("pintu_laporan_diterima", "en") in names
    ack = next(t for t in templates if t["name"] == "pintu_laporan_diterima" and t["language"] == "id")
    assert ack["category"] == "UTILITY" and len(ack["components"][0]["example"]["body_text"][0]) == 3
    otp = next(t for t in templates if t["name"] == "pintu_kode_verifikasi")
    assert otp["category"] == "AUTHENTICATION" and otp["components"][1]["buttons"][0]["otp_type"] == "COPY_CODE"


def test_an_account_holder_with_email_preferences_off_still_gets_the_phone_messages(submit):
    user = User.objects.create_user("warga.hp", password="x" * 12, email="warga.hp@example.com")
    notifications.set_preference(user, "own_cases", False)
    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",), reporter_user=user)
    FakeSmsSender.outbox.clear()
    notify.status_changed(report)
    assert len(FakeSmsSender.outbox) == 1 and not mail.outbox


def test_a_number_not_on_whatsapp_gets_the_message_by_sms_when_it_agreed_to_both(cloud_api, submit):
    from tests.interop.phone_servers import graph_error

    cloud_api.fail_next(400, graph_error(131026, "Message undeliverable", details="Not a WhatsApp user."))
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp", "sms"))
    whatsapp, sms = Delivery.objects.filter(report=report).order_by("pk")
    assert whatsapp.status == "dead" and f"dikirim lewat sms: #{sms.pk}" in whatsapp.last_error
    assert sms.status == "sent" and sms.adapter == "phone_fake"
    (message,) = FakeSmsSender.outbox
    assert message.channel == "sms" and report.code in message.text and message.template == ""
    only_whatsapp = submit(email="", phone="0813-1111-2222", notify_channels=("whatsapp",))
    assert Delivery.objects.filter(report=only_whatsapp).count() == 1  # no SMS without consent to SMS
