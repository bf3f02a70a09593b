"""Submitting and registering requests: validation, numbers, idempotency, identity encrypted at rest."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from pintu.history.models import Event
from pintu.ppid.requests import services
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.numbering import format_number, next_number, parse_number
from pintu.ppid.requests.services import secret_matches
from tests.factories.ppid import png_bytes

pytestmark = pytest.mark.django_db


def test_submit_creates_number_secret_identity_event_and_mail(draft):
    submitted = services.submit_request(draft(id_number="1610014507900002"))
    request = submitted.request
    assert request.number.startswith("PPID/") and request.number.endswith("/000001")
    assert secret_matches(request, submitted.secret) and not secret_matches(request, "AAAA-BBBB")
    assert request.status == "diterima" and request.due_date is not None
    row = RequesterIdentity.objects.get(request=request)
    assert row.name == "Siti Aminah" and row.id_number == "1610014507900002" and row.id_number_index
    kinds = list(Event.objects.for_case("info_request", request.pk).values_list("kind", "visibility"))
    assert kinds == [("submitted", "reporter")]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert request.number in message.subject and submitted.secret in message.body
    assert f"/ppid/permohonan/lacak/{request.slug}/" in message.body


def test_numbers_are_sequential_per_year(draft):
    first = services.submit_request(draft()).request
    second = services.submit_request(draft()).request
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1
    with transaction.atomic():
        assert next_number(2031) == "PPID/2031/000001"
        assert next_number(2031) == "PPID/2031/000002"


def test_number_parsing():
    assert parse_number("ppid-2026-000123") == "PPID/2026/000123"
    assert parse_number(" PPID/2026/123 ") == format_number(2026, 123)
    assert parse_number("LPR-2026-ABCDE") is None


def test_retry_with_same_key_returns_first(draft):
    first = services.submit_request(draft(idempotency_key="abc123"))
    again = services.submit_request(draft(idempotency_key="abc123"))
    assert again.request.pk == first.request.pk and again.secret is None and not again.created
    assert InformationRequest.objects.count() == 1


def test_validation_messages_in_indonesian(draft):
    with pytest.raises(ValidationError) as exc:
        services.submit_request(
            draft(
                name="",
                information="kurang",
                purpose="",
                obtain_method="x",
                email="",
                phone="",
                consent=False,
                identity_file=None,
            )
        )
    errors = exc.value.message_dict
    assert set(errors) >= {"name", "information", "purpose", "obtain_method", "email", "identity_file"}
    assert "consent" not in errors  # issue #18: answering a request is a legal duty; no consent is asked
    assert "Unggah foto atau pindaian KTP" in errors["identity_file"][0]


def test_a_request_does_not_depend_on_consent(draft):
    """UU 27/2022 Pasal 20 ayat (2) huruf c and e: a complete request is registered without any consent."""
    submitted = services.submit_request(draft(consent=False))
    assert submitted.created and submitted.request.status == "diterima"


def test_invalid_nik_refused_but_nik_optional(draft):
    with pytest.raises(ValidationError) as exc:
        services.submit_request(draft(id_number="1234"))
    assert "id_number" in exc.value.message_dict
    assert services.submit_request(draft(id_number="")).created


def test_badan_hukum_needs_deed_number_and_group_needs_proxy_letter(draft, ktp):
    with pytest.raises(ValidationError) as exc:
        services.submit_request(draft(requester_kind="badan_hukum", id_number=""))
    assert "id_number" in exc.value.message_dict
    assert services.submit_request(draft(requester_kind="badan_hukum", id_number="AHU-0012345.AH.01.07")).created
    with pytest.raises(ValidationError) as exc:
        services.submit_request(draft(requester_kind="kelompok", identity_file=None))
    assert set(exc.value.message_dict) == {"proxy_file"}
    assert services.submit_request(draft(requester_kind="kelompok", proxy_file=ktp)).created


def test_email_delivery_needs_email_and_post_needs_address(draft):
    with pytest.raises(ValidationError) as exc:
        services.submit_request(draft(delivery_method="email", email="", phone="08123456789"))
    assert "email" in exc.value.message_dict
    with pytest.raises(ValidationError) as exc:
        services.submit_request(draft(delivery_method="post", address=""))
    assert "address" in exc.value.message_dict


def test_identity_file_encrypted_at_rest(draft, settings):
    request = services.submit_request(draft()).request
    row = RequesterIdentity.objects.get(request=request)
    assert row.identity_file.name.startswith("private/ppid/identity/") and row.identity_file.name.endswith(".bin")
    with row.identity_file.open("rb") as handle:
        raw = handle.read()
    assert b"PNG" not in raw[:16] and not raw.startswith(b"\x89PNG")
    assert png_bytes()[:8] not in raw
    from pintu.privacy.crypto import decrypt_bytes

    assert decrypt_bytes(raw).startswith(b"\x89PNG")
    assert row.identity_file_type == "image/png"


def test_staff_registration_by_ppid_utama_only(draft, user_named):
    d = draft(channel="walk_in", identity_file=None, email="", phone="", address="Desa Tanjung Raja")
    with pytest.raises(PermissionDenied):
        services.register_request(user_named("ppid.pupr"), d)
    submitted = services.register_request(user_named("ppid.utama"), d)
    assert submitted.request.channel == "walk_in" and submitted.request.created_by == user_named("ppid.utama")
    with pytest.raises(ValidationError):
        services.register_request(user_named("ppid.utama"), draft(channel="web"))


def test_account_requester_defaults(draft, user_named):
    warga = user_named("warga")
    warga.email = "warga@example.org"
    warga.save()
    request = services.submit_request(draft(name="", email="", requester_user=warga)).request
    row = RequesterIdentity.objects.get(request=request)
    assert row.name == warga.get_full_name() and row.email == "warga@example.org"
