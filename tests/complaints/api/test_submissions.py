"""A citizen submits a report through the API: code and secret once, idempotency, errors, files."""

from django.core.files.uploadedfile import SimpleUploadedFile

from pintu.complaints.models import Channel, Report
from tests.api.conftest import png_upload

SUBMIT = "/api/v1/reports/submit/"


def _payload(area, **extra):
    kecamatan, desa = area
    return {
        "title": "Lampu jalan padam", "text": "Lampu jalan di depan sekolah padam sejak seminggu.",
        "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Ahmad Fauzi", "consent": True, **extra,
    }  # fmt: skip


def test_submit_returns_code_and_secret_once_and_is_idempotent(anon, area):
    first = anon.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="k-123")
    assert first.status_code == 201, first.content
    body = first.json()
    assert body["created"] is True and body["secret"] and body["status"] == "diterima"
    retry = anon.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="k-123")
    assert retry.status_code == 200
    assert retry.json() == {**body, "secret": None, "created": False}
    assert Report.objects.filter(code=body["code"]).count() == 1
    assert Report.objects.get(code=body["code"]).channel == Channel.API


def test_submit_errors_use_the_common_body_with_indonesian_messages(anon, area):
    response = anon.post(SUBMIT, _payload(area, text="pendek", consent=False), format="json")
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"detail", "errors"}
    assert body["errors"]["text"] == ["Ceritakan masalahnya, paling sedikit 10 karakter."]
    assert "consent" not in body["errors"]  # issue #18: no consent is required (the field is deprecated, ignored)


def test_a_submission_without_consent_is_accepted(anon, area):
    """The service never depends on consent; an old client still sending `consent: false` is not refused."""
    payload = _payload(area)
    payload.pop("consent", None)
    assert anon.post(SUBMIT, payload, format="json").status_code == 201
    assert anon.post(SUBMIT, _payload(area, consent=False, title="Lampu jalan padam"), format="json").status_code == 201


def test_submit_with_attachment_goes_through_file_validation(anon, area):
    ok = anon.post(SUBMIT, {**_payload(area), "files": [png_upload()]}, format="multipart")
    assert ok.status_code == 201, ok.content
    assert Report.objects.get(code=ok.json()["code"]).attachments.count() == 1
    fake = SimpleUploadedFile("foto.png", b"just some text, not an image", content_type="image/png")
    refused = anon.post(SUBMIT, {**_payload(area), "files": [fake]}, format="multipart")
    assert refused.status_code == 400
    assert "files" in refused.json()["errors"]


def test_the_same_idempotency_key_from_another_caller_is_a_new_report(anon, client_for, area):
    mine = anon.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-sama")
    theirs = client_for("warga").post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-sama")
    assert mine.status_code == theirs.status_code == 201
    assert mine.json()["code"] != theirs.json()["code"]
