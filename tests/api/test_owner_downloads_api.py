"""Owner downloads with a token or the tracking secret: the requester's own PPID documents and identity
scan (a report's attachments: tests/complaints/api/test_attachments.py)."""

from rest_framework.test import APIClient

from pintu.apikit.models import issue_token
from pintu.audit.models import AuditEntry
from pintu.history.models import Event, Visibility
from pintu.ppid.requests.models import InformationRequest, RequestDocument
from tests.api.conftest import png_upload

PPID_SUBMIT = "/api/v1/ppid/requests/submit/"


def token_client(user) -> APIClient:
    _token, raw = issue_token(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return client


def _ppid_request(anon) -> tuple[InformationRequest, dict]:
    submitted = anon.post(PPID_SUBMIT, {
        "information": "Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
        "purpose": "Bahan pemantauan pembangunan oleh kelompok warga.", "obtain_method": "soft",
        "delivery_method": "email", "name": "Siti Aminah", "email": "siti@example.org", "consent": True,
        "identity_file": png_upload("ktp.png"),
    }, format="multipart")  # fmt: skip
    assert submitted.status_code == 201, submitted.content
    body = submitted.json()
    return InformationRequest.objects.get(number=body["number"]), {"slug": body["slug"], "secret": body["secret"]}


def test_requester_downloads_own_identity_file_and_the_event_is_recorded(anon, demo, client_for):
    info, proof = _ppid_request(anon)
    url = f"/api/v1/track/ppid/requests/{proof['slug']}/identity/identity/"
    assert anon.get(url).status_code == 404
    assert client_for("ppid.utama").get(url).status_code == 404  # staff use the staff endpoints, not the owner's
    assert client_for("warga").get(url).status_code == 404
    assert not Event.objects.filter(kind="identity_document_opened").exists()
    response = anon.get(url, HTTP_X_TRACKING_SECRET=proof["secret"])
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")  # decrypted
    assert response["Content-Disposition"].startswith("attachment;") and "no-store" in response["Cache-Control"]
    event = Event.objects.get(kind="identity_document_opened", case_id=info.pk)
    assert event.visibility == Visibility.INTERNAL and event.actor_role == "requester"
    assert AuditEntry.objects.filter(action="identity_file.open").count() == 1
    no_proxy = f"/api/v1/track/ppid/requests/{proof['slug']}/identity/proxy/"
    assert anon.get(no_proxy, HTTP_X_TRACKING_SECRET=proof["secret"]).status_code == 404
    bogus = f"/api/v1/track/ppid/requests/{proof['slug']}/identity/npwp/"
    assert anon.get(bogus, HTTP_X_TRACKING_SECRET=proof["secret"]).status_code == 404


def test_requester_downloads_the_notice_of_own_request_only(anon, demo, client_for, settings, tmp_path):
    from tests.factories.letters import letters_ready

    letters_ready(settings, tmp_path / "letters")
    info, proof = _ppid_request(anon)
    other, _other_proof = _ppid_request(anon)
    client_for("ppid.utama").post(f"/api/v1/staff/ppid/requests/{info.pk}/assign/", {"agency": "PUPR"}, format="json")
    notice = client_for("ppid.pupr").post(f"/api/v1/staff/ppid/requests/{info.pk}/notice/",
                                          {"decision": "granted_whole", "provide_within": "Hari ini, lewat e-mail",
                                           "held_form": "soft"}, format="json")  # fmt: skip
    assert notice.status_code == 200, notice.content
    assert not RequestDocument.objects.filter(request=info, is_notice=True).exists()  # a draft: nothing yet
    signed = client_for("ppid.utama").post(f"/api/v1/staff/ppid/requests/{info.pk}/sign-letter/", format="json")
    assert signed.status_code == 200, signed.content
    document = RequestDocument.objects.get(request=info, is_notice=True)
    url = f"/api/v1/track/ppid/requests/{proof['slug']}/documents/{document.pk}/"
    assert anon.get(url).status_code == 404
    response = anon.get(url, HTTP_X_TRACKING_SECRET=proof["secret"])
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert AuditEntry.objects.filter(action="document.open", target_id=str(document.pk)).count() == 1
    # the other request's secret does not open this request's document, nor through the other's path
    other_url = f"/api/v1/track/ppid/requests/{other.slug}/documents/{document.pk}/"
    assert anon.get(other_url, HTTP_X_TRACKING_SECRET=_other_proof["secret"]).status_code == 404
