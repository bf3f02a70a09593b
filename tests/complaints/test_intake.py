"""Submitting a report: validation in Indonesian with nothing saved, idempotency, privacy of the contact."""

import datetime
import json
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import translation

from pintu.agencies.models import Area
from pintu.cases.tracking import secret_matches
from pintu.complaints.models import Attachment, Report, ReporterContact
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.files.validation import clean_upload
from pintu.history.models import Event

pytestmark = pytest.mark.django_db


def nothing_saved():
    return Report.objects.count() == 0 and ReporterContact.objects.count() == 0 and Event.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"text": "   "}, "text", "Ceritakan masalahnya"),
        ({"title": ""}, "title", "Tuliskan judul laporan."),
        ({"email": "siti@"}, "email", "email"),
        ({"phone": "12345"}, "phone", "telepon"),
        ({"nik": "1610061503900000"}, "nik", "NIK"),
        ({"name": "", "privacy": "biasa"}, "name", "nama"),
        ({"latitude": 52, "longitude": 13}, "latitude", "luar Indonesia"),
        ({"privacy": "publik"}, "privacy", "kerahasiaan"),
    ],
)
def test_invalid_input_gets_a_clear_indonesian_message_and_nothing_is_saved(draft, overrides, field, message):
    with pytest.raises(ValidationError) as exc:
        submit_report(draft(**overrides))
    assert field in exc.value.error_dict
    assert message.lower() in " ".join(exc.value.message_dict[field]).lower()
    assert nothing_saved()


def test_a_report_does_not_depend_on_consent(draft):
    """Issue #18: handling a complaint is a public duty (UU 27/2022 Pasal 20 ayat (2) huruf c and e)."""
    submitted = submit_report(draft(consent=False))
    assert submitted.created and submitted.report.status == "diterima"


def test_a_desa_of_another_kecamatan_is_refused(draft):
    other = Area.objects.filter(level__in=["desa", "kelurahan"]).exclude(parent__bps_code="1610060").first()
    with pytest.raises(ValidationError) as exc:
        submit_report(draft(desa=other))
    assert "desa" in exc.value.error_dict and nothing_saved()


def test_messages_follow_the_language(draft):
    with translation.override("en"), pytest.raises(ValidationError) as exc:
        submit_report(draft(text="", email="x@"))
    assert "at least 10 characters" in " ".join(exc.value.message_dict["text"])


def test_the_same_idempotency_key_returns_the_same_report(draft):
    first = submit_report(draft(idempotency_key="a" * 32))
    second = submit_report(draft(idempotency_key="a" * 32))
    assert second.report.pk == first.report.pk and not second.created and second.secret is None
    assert Report.objects.count() == 1


def test_code_and_secret_are_shown_and_mailed_and_only_a_hash_is_stored(submit):
    result = submit()
    assert len(result.report.code) == len("LPR-2026-7K3QX")
    assert result.secret not in result.report.secret_hash
    assert secret_matches(result.report, result.secret.lower().replace("-", ""))
    assert not secret_matches(result.report, "AAAA-BBBB")
    message = mail.outbox[-1]
    assert message.to == ["siti.aminah@example.com"]
    assert result.report.code in message.body and result.secret in message.body


def test_nik_is_stored_encrypted_and_indexed_blind(submit):
    report = submit(nik="1610061503900001").report
    with connection.cursor() as cursor:
        cursor.execute("SELECT nik FROM complaints_reportercontact WHERE report_id = %s", [report.pk])
        stored = cursor.fetchone()[0]
    assert stored.startswith("fernet:") and "1610061503900001" not in stored
    assert ReporterContact.objects.get(report=report).nik == "1610061503900001"


def test_attachments_are_stored_cleaned(draft, tmp_path):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "PNG")
    clean = clean_upload("lubang jalan.png", buffer.getvalue())
    report = submit_report(draft(files=[clean])).report
    attachment = Attachment.objects.get(report=report)
    assert attachment.content_type == "image/png" and attachment.original_name == "lubang jalan.png"
    assert report.code in attachment.file.name and "lubang" not in attachment.file.name


def test_a_reporter_writing_in_english_gets_english_mail(submit):
    with translation.override("en"):
        result = submit()
    assert result.report.language == "en"
    assert "received" in mail.outbox[-1].subject.lower()


def test_a_draft_and_its_payload_are_one_format(draft):
    """to_payload gives JSON values (what the wizard keeps in the session); from_payload gives the same draft."""
    original = draft(latitude=Decimal("-3.241700"), longitude=Decimal("104.648100"),
                     incident_date=datetime.date(2026, 1, 5), idempotency_key="k" * 32, language="id")  # fmt: skip
    payload = original.to_payload()
    assert json.loads(json.dumps(payload)) == payload and "files" not in payload
    assert payload["kecamatan"] == original.kecamatan.pk and payload["latitude"] == "-3.241700"
    assert ReportDraft.from_payload(payload) == original
    part = original.to_payload(("kecamatan", "incident_date"))
    assert part == {"kecamatan": original.kecamatan.pk, "incident_date": "2026-01-05"}


def test_a_payload_id_outside_what_the_caller_may_choose_is_refused(draft):
    payload = draft().to_payload()
    other = Area.objects.filter(level__in=["desa", "kelurahan"]).exclude(pk=payload["desa"]).first()
    restored = ReportDraft.from_payload({**payload, "desa": other.pk}, areas=Area.objects.exclude(pk=other.pk))
    assert restored.desa is None and restored.kecamatan.pk == payload["kecamatan"]
    with pytest.raises(ValidationError):  # an id that is not there: validate_draft refuses the draft
        submit_report(ReportDraft.from_payload({**payload, "kecamatan": 10**12}))
    assert nothing_saved()
