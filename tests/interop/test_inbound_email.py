"""Inbound e-mail: a new report, a threaded reply, the same message twice, attachments, HTML bodies."""

import io
from email.message import EmailMessage

import pytest
from django.core import mail
from django.core.management import call_command
from PIL import Image

from pintu.complaints.identity import contact_for
from pintu.complaints.models import Attachment, Channel, Report
from pintu.history.models import Event
from pintu.interop.inbound.email import Unusable, ingest_email
from pintu.interop.models import InboundMessage
from tests.interop.conftest import ADMIN

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def message(
    *,
    sender="Budi Santoso <budi@example.com>",
    subject="Lampu jalan mati di Indralaya",
    body="Lampu jalan di depan masjid sudah mati dua minggu, jalan jadi gelap dan rawan.",
    message_id="<m1@mail.example.com>",
    in_reply_to="",
    attachments=(),
    html=None,
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "lapor@ogan-ilir.example", subject
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    for name, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_a_new_message_becomes_a_report_and_the_sender_gets_code_and_secret(user_named, kecamatan):
    received = ingest_email(message())
    report = received.report
    assert received.created and report.channel == Channel.EMAIL
    assert report.title == "Lampu jalan mati di Indralaya"
    assert report.kecamatan == kecamatan  # named in the subject
    contact = contact_for(user_named(ADMIN), report)
    assert (contact.name, contact.email) == ("Budi Santoso", "budi@example.com")
    sent = [m for m in mail.outbox if m.to == ["budi@example.com"]]
    assert len(sent) == 1 and report.code in sent[0].subject and received.secret in sent[0].body


def test_the_same_message_twice_is_one_report():
    first = ingest_email(message())
    again = ingest_email(message())
    assert not again.created and again.report == first.report
    assert Report.objects.filter(channel=Channel.EMAIL).count() == 1
    assert InboundMessage.objects.count() == 1


def test_a_message_without_message_id_is_recognised_by_its_content():
    ingest_email(message(message_id=""))
    ingest_email(message(message_id=""))
    assert Report.objects.filter(channel=Channel.EMAIL).count() == 1


def test_a_reply_to_our_mail_threads_to_the_report_by_message_id():
    report = ingest_email(message()).report
    ours = next(m for m in mail.outbox if m.to == ["budi@example.com"])
    our_id = ours.extra_headers["Message-ID"]
    assert report.code in our_id
    reply = ingest_email(
        message(
            subject="Re: terima kasih",
            body="Tambahan: tiangnya juga miring.\n\nOn Mon, 1 Dec 2026 Pintu wrote:\n> Laporan Anda diterima",
            message_id="<m2@mail.example.com>",
            in_reply_to=our_id,
        )
    )
    assert reply.message.kind == "reply" and reply.report == report
    event = Event.objects.for_case("report", report.pk).get(kind="reporter_reply")
    assert event.reason == "Tambahan: tiangnya juga miring."  # the quoted history is cut
    assert Report.objects.count() == 1


def test_a_reply_naming_the_code_in_the_subject_threads_too():
    report = ingest_email(message()).report
    reply = ingest_email(
        message(subject=f"Re: [Pintu] {report.code}: Diterima", message_id="<m3@x>", body="Masih gelap.")
    )
    assert reply.report == report and reply.message.kind == "reply"


def test_a_stranger_naming_somebody_elses_code_gets_a_new_report():
    report = ingest_email(message()).report
    other = ingest_email(
        message(
            sender="mallory@example.net",
            subject=f"Re: {report.code}",
            message_id="<m4@x>",
            body="Saya juga ingin melapor hal lain.",
        )
    )
    assert other.report != report and other.message.kind == "new_report"
    assert not Event.objects.for_case("report", report.pk).filter(kind="reporter_reply").exists()


def test_a_forged_message_id_does_not_thread():
    report = ingest_email(message()).report
    forged = f"<r.{report.code}.000000000000.abc@pintu.invalid>"
    other = ingest_email(
        message(subject="Halo", body="Pesan lain tanpa kode apa pun.", message_id="<m5@x>", in_reply_to=forged)
    )
    assert other.report != report


def test_a_bad_attachment_is_refused_and_the_report_kept():
    received = ingest_email(
        message(
            attachments=[
                ("foto.jpg", b"MZ\x90\x00 this is a windows program", "image", "jpeg"),
                ("bukti.png", png(), "image", "png"),
            ]
        )
    )
    attachments = Attachment.objects.filter(report=received.report)
    assert [a.content_type for a in attachments] == ["image/png"]
    assert "foto.jpg" in received.message.note


def test_an_html_only_message_is_reduced_to_its_text():
    html = (
        "<html><head><style>p{color:red}</style></head>"
        "<body><p>Jalan <b>rusak</b> parah di desa kami.</p><script>alert(1)</script></body></html>"
    )
    report = ingest_email(message(html=html)).report
    assert "Jalan rusak parah di desa kami." in report.text
    assert "alert" not in report.text and "<" not in report.text and "color" not in report.text


def test_auto_replies_and_oversized_messages_are_not_reports(settings):
    raw = message().replace(b"Subject:", b"Auto-Submitted: auto-replied\nSubject:", 1)
    with pytest.raises(Unusable):
        ingest_email(raw)
    settings.PINTU_INBOUND_MAX_BYTES = 100
    with pytest.raises(Unusable):
        ingest_email(message())
    assert not Report.objects.exists()


def test_ingest_email_command_reads_a_file(tmp_path, capsys):
    path = tmp_path / "pesan.eml"
    path.write_bytes(message())
    call_command("ingest_email", str(path))
    call_command("ingest_email", str(path))
    out = capsys.readouterr().out
    assert "new_report" in out and "sudah pernah diterima" in out
    assert Report.objects.count() == 1


def test_poll_mailbox_reads_a_maildir_once(tmp_path):
    import mailbox

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box.add(message())
    box.add(message(message_id="<other@x>", sender="ani@example.com", body="Sampah menumpuk di pasar Indralaya."))
    call_command("poll_mailbox", maildir=str(tmp_path / "Maildir"))
    call_command("poll_mailbox", maildir=str(tmp_path / "Maildir"))
    assert Report.objects.filter(channel=Channel.EMAIL).count() == 2
    assert InboundMessage.objects.count() == 2
