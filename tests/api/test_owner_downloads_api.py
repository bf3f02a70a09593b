"""Owner downloads with a token or the tracking secret: a report's attachment (the web's rule: public file of a
public report, the reporter, the report's handlers) and the requester's own PPID documents and identity scan."""

import pytest
from rest_framework.test import APIClient

from pintu.accounts.models import User
from pintu.apikit.models import issue_token
from pintu.audit.models import AuditEntry
from pintu.complaints.services import admin
from pintu.files.validation import clean_upload
from pintu.history.models import Event, Visibility
from pintu.ppid.requests.models import InformationRequest, RequestDocument
from tests.api.conftest import ADMIN, BUPATI, DINKES, PUPR, png_upload
from tests.factories.ppid import png_bytes

PPID_SUBMIT = "/api/v1/ppid/requests/submit/"


def token_client(user) -> APIClient:
    _token, raw = issue_token(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return client


@pytest.fixture
def photo_report(submit):
    """A guest's report with their photo (visibility "reporter"), and its secret."""
    return submit(files=[clean_upload("lubang.png", png_bytes())])


def _url(result) -> str:
    return f"/api/v1/attachments/{result.report.attachments.get().pk}/"


def test_reporter_downloads_own_attachment_with_the_secret(anon, photo_report):
    item = photo_report.report.attachments.get()
    assert item.visibility == Visibility.REPORTER
    response = anon.get(_url(photo_report), HTTP_X_TRACKING_SECRET=photo_report.secret)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert "lubang.png" in response["Content-Disposition"] and "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert AuditEntry.objects.filter(action="attachment.open", target_id=str(item.pk)).count() == 1


def test_attachment_refused_without_proof_is_a_404(anon, photo_report, client_for, user_named):
    url = _url(photo_report)
    assert anon.get(url).status_code == 404
    assert anon.get(url, HTTP_X_TRACKING_SECRET="AAAA-BBBB").status_code == 404
    assert client_for("warga").get(url).status_code == 404  # a citizen account that is not the reporter
    assert client_for("ppid.utama").get(url).status_code == 404
    assert anon.get("/api/v1/attachments/999999/").status_code == 404
    assert not AuditEntry.objects.filter(action="attachment.open").exists()


def test_handlers_download_by_scope(photo_report, client_for, user_named, agency):
    url, report = _url(photo_report), photo_report.report
    assert client_for(ADMIN).get(url).status_code == 200
    assert client_for(BUPATI).get(url).status_code == 200  # pimpinan: every report, read only
    assert client_for(PUPR).get(url).status_code == 404  # not yet its agency's
    admin.verify(report, user=user_named(ADMIN))
    admin.disposition(report, user=user_named(ADMIN), agency=agency("PUPR"))
    assert client_for(PUPR).get(url).status_code == 200
    assert client_for(DINKES).get(url).status_code == 404
    # a handler's wrong secret header does not hide what its scope allows
    assert client_for(PUPR).get(url, HTTP_X_TRACKING_SECRET="AAAA-BBBB").status_code == 200


def test_reporter_account_downloads_own_attachment(demo, submit):
    owner = User.objects.create_user("warga.budi", password="x-2026-kata-sandi")
    result = submit(files=[clean_upload("lubang.png", png_bytes())], reporter_user=owner)
    assert token_client(owner).get(_url(result)).status_code == 200


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


def test_requester_downloads_the_notice_of_own_request_only(anon, demo, client_for):
    info, proof = _ppid_request(anon)
    other, _other_proof = _ppid_request(anon)
    client_for("ppid.utama").post(f"/api/v1/staff/ppid/requests/{info.pk}/assign/", {"agency": "PUPR"}, format="json")
    notice = client_for("ppid.pupr").post(f"/api/v1/staff/ppid/requests/{info.pk}/notice/",
                                          {"decision": "granted_whole", "provide_within": "Hari ini, lewat e-mail"},
                                          format="json")  # fmt: skip
    assert notice.status_code == 200, notice.content
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
