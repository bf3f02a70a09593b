"""A report's attachment through the API with a token or the tracking secret: the web's rule (a public file
of a public report, the reporter, the report's handlers); 404 for everyone else."""

import pytest
from rest_framework.test import APIClient

from pintu.accounts.models import User
from pintu.apikit.models import issue_token
from pintu.audit.models import AuditEntry
from pintu.complaints.services import admin
from pintu.files.validation import clean_upload
from pintu.history.models import Visibility
from tests.factories.complaints import ADMIN, BUPATI, DINKES, PUPR
from tests.factories.ppid import png_bytes


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
