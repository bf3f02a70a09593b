"""Key rotation: rotate_field_keys re-encrypts every encrypted column and identity file with the new key."""

from django.core.management import call_command
from django.db import connection

from pintu.complaints.models import ReporterContact
from pintu.ppid.requests.models import RequesterIdentity
from pintu.privacy import crypto
from tests.privacy.conftest import NIK, make_report, make_request

OLD, NEW = crypto.generate_key(), crypto.generate_key()


def _stored_nik(contact_pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nik FROM complaints_reportercontact WHERE id = %s", [contact_pk])
        return cursor.fetchone()[0]


def test_rotation_moves_everything_to_the_new_key_and_resumes(demo, settings, tmp_path, capsys):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PINTU_FIELD_KEYS = [OLD]
    report, info = make_report(), make_request()
    contact = ReporterContact.objects.get(report=report)
    old_index = contact.nik_index

    settings.PINTU_FIELD_KEYS = [NEW, OLD]
    call_command("rotate_field_keys", "--batch", "1")
    assert "complaints.ReporterContact.nik: 1 re-encrypted" in capsys.readouterr().out

    settings.PINTU_FIELD_KEYS = [NEW]  # the old key is gone: everything must still read
    contact = ReporterContact.objects.get(pk=contact.pk)
    assert contact.nik == NIK and contact.nik_index == crypto.blind_index(NIK) != old_index
    assert RequesterIdentity.objects.get(request=info).id_number == NIK
    with RequesterIdentity.objects.get(request=info).identity_file.open("rb") as handle:
        assert crypto.decrypt_bytes(handle.read()).startswith(b"\x89PNG")
    assert ReporterContact.objects.filter(nik_index=crypto.blind_index(NIK)).exists()

    settings.PINTU_FIELD_KEYS = [NEW, OLD]
    stored = _stored_nik(contact.pk)
    call_command("rotate_field_keys")
    out = capsys.readouterr().out
    assert "complaints.ReporterContact.nik: 0 re-encrypted" in out and "identity files: 0" in out
    assert _stored_nik(contact.pk) == stored  # already rotated rows are left alone


def test_rotation_covers_the_encrypted_contacts_deliveries_and_outbox(demo, settings, tmp_path, monkeypatch):
    from django_q.conf import Conf

    from pintu.interop.models import Delivery
    from pintu.interop.outbound.deliveries import queue
    from pintu.mydata.rotation import encrypted_columns
    from pintu.notifications.models import OutgoingMail

    labels = {f"{column.model._meta.label}.{column.field}" for column in encrypted_columns()}
    assert {"complaints.ReporterContact.email", "complaints.ReporterContact.phone",
            "ppid.RequesterIdentity.email", "ppid.RequesterIdentity.phone", "ppid.Objection.contact",
            "interop.Delivery.payload", "notifications.OutgoingMail.recipient",
            "notifications.OutgoingMail.context"} <= labels  # fmt: skip
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PINTU_FIELD_KEYS = [OLD]
    monkeypatch.setattr(Conf, "SYNC", False)  # the acknowledgement waits in the outbox
    report, info = make_report(), make_request()
    delivery = queue("subscriber", "webhook", {"reporter": {"email": "siti.aminah@example.com"}}, attempt_now=False)

    settings.PINTU_FIELD_KEYS = [NEW, OLD]
    call_command("rotate_field_keys")
    settings.PINTU_FIELD_KEYS = [NEW]
    contact = ReporterContact.objects.get(report=report)
    assert (contact.email, contact.phone) == ("siti.aminah@example.com", "+6281234567890")
    identity = RequesterIdentity.objects.get(request=info)
    assert (identity.email, identity.phone) == ("siti.aminah@example.com", "+6281234567890")
    assert Delivery.objects.get(pk=delivery.pk).payload["reporter"]["email"] == "siti.aminah@example.com"
    assert {mail.recipient for mail in OutgoingMail.objects.all()} == {"siti.aminah@example.com"}
