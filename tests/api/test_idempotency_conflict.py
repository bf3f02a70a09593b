"""An Idempotency-Key replayed with other content answers 422 (issue #15 item 6).

Before, two guests who sent the same key (a client bug, or a guessed key) got each other's submission:
the second guest received the first one's code, a rahasia report's included. The fingerprint of the content
is now kept with the key; the same key with the same content still returns the first result.
"""

import pytest
from django.urls import reverse
from django_q.conf import Conf
from rest_framework.test import APIClient

from pintu.complaints.models import PendingReport, Report
from pintu.complaints.services import accept
from pintu.ppid.requests.models import InformationRequest
from tests.api.conftest import png_upload

pytestmark = pytest.mark.django_db
SUBMIT = "/api/v1/reports/submit/"
CONFLICT = "Idempotency-Key ini sudah dipakai untuk kiriman dengan isi lain."


def _payload(area, **extra):
    kecamatan, desa = area
    return {"title": "Lampu jalan padam", "text": "Lampu jalan di depan sekolah padam sejak seminggu.",
            "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Ahmad Fauzi", "consent": True, "privacy": "rahasia",
            **extra}  # fmt: skip


def assert_conflict(response, first_code: str):
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "idempotency_conflict" and body["detail"].startswith(CONFLICT)
    assert first_code not in response.content.decode()  # nobody receives someone else's code


def test_same_key_other_content_is_422_and_same_content_the_first_result(area):
    first = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-1")
    assert first.status_code == 201, first.content
    code = first.json()["code"]
    other_guest = APIClient().post(SUBMIT, _payload(area, title="Jalan rusak", text="Jalan rusak parah di desa kami."),
                                   format="json", HTTP_IDEMPOTENCY_KEY="kunci-1")  # fmt: skip
    assert_conflict(other_guest, code)
    retry = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-1")
    assert retry.status_code == 200 and retry.json()["code"] == code and retry.json()["secret"] is None
    assert Report.objects.count() == 1


def test_a_retry_in_another_language_is_the_same_submission(area):
    first = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-bahasa")
    retry = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-bahasa",
                             HTTP_ACCEPT_LANGUAGE="en")  # fmt: skip
    assert retry.status_code == 200 and retry.json()["code"] == first.json()["code"]


def test_a_pending_report_keeps_its_fingerprint_too(area, settings, monkeypatch):
    """Accepted and not yet built (the worker has not run): the key is held by the pending row."""
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setattr(accept, "_wake_worker", lambda: None)
    first = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-antre")
    assert first.status_code == 202, first.content
    assert PendingReport.objects.filter(code=first.json()["code"]).exists()
    other = APIClient().post(SUBMIT, _payload(area, text="Isi lain sama sekali untuk kunci yang sama."),
                             format="json", HTTP_IDEMPOTENCY_KEY="kunci-antre")  # fmt: skip
    assert_conflict(other, first.json()["code"])
    same = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-antre")
    assert same.status_code == 200 and same.json()["code"] == first.json()["code"]
    assert PendingReport.objects.count() == 1 and not Report.objects.exists()


def test_with_attachments(area):
    first = APIClient().post(SUBMIT, {**_payload(area), "files": [png_upload()]}, format="multipart",
                             HTTP_IDEMPOTENCY_KEY="kunci-lampiran")  # fmt: skip
    assert first.status_code == 201, first.content
    other = APIClient().post(SUBMIT, {**_payload(area, title="Lain"), "files": [png_upload()]}, format="multipart",
                             HTTP_IDEMPOTENCY_KEY="kunci-lampiran")  # fmt: skip
    assert_conflict(other, first.json()["code"])


def test_rows_from_before_fingerprints_are_taken_as_the_same(area):
    first = APIClient().post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-lama")
    Report.objects.update(idempotency_fingerprint="")
    retry = APIClient().post(SUBMIT, _payload(area, title="Lain"), format="json", HTTP_IDEMPOTENCY_KEY="kunci-lama")
    assert retry.status_code == 200 and retry.json()["code"] == first.json()["code"]


def _request_payload(**extra):
    return {"information": "Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
            "purpose": "Bahan pemantauan pembangunan oleh kelompok warga.", "obtain_method": "soft",
            "delivery_method": "email", "name": "Siti Aminah", "email": "siti@example.org", "consent": True,
            "identity_file": png_upload("ktp.png"), **extra}  # fmt: skip


def test_information_requests(demo):
    url = "/api/v1/ppid/requests/submit/"
    first = APIClient().post(url, _request_payload(), format="multipart", HTTP_IDEMPOTENCY_KEY="ppid-k")
    assert first.status_code == 201, first.content
    other = APIClient().post(url, _request_payload(information="Daftar penerima bantuan sosial desa tahun 2026."),
                             format="multipart", HTTP_IDEMPOTENCY_KEY="ppid-k")  # fmt: skip
    assert_conflict(other, first.json()["number"])
    same = APIClient().post(url, _request_payload(), format="multipart", HTTP_IDEMPOTENCY_KEY="ppid-k")
    assert same.status_code == 200 and same.json()["number"] == first.json()["number"]
    assert InformationRequest.objects.count() == 1


def test_desk_report_and_paper_request_by_staff(area, client_for):
    kecamatan, desa = area
    desk = {"channel": "walk_in", "title": "Jembatan kayu lapuk", "text": "Jembatan kayu di dusun 2 lapuk.",
            "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Pak Darto", "consent": True}  # fmt: skip
    officer = client_for("admin.kominfo")
    first = officer.post("/api/v1/staff/reports/new/", desk, format="json", HTTP_IDEMPOTENCY_KEY="meja-1")
    assert first.status_code == 201, first.content
    other = officer.post("/api/v1/staff/reports/new/", {**desk, "name": "Bu Sari"}, format="json",
                         HTTP_IDEMPOTENCY_KEY="meja-1")  # fmt: skip
    assert_conflict(other, first.json()["code"])
    paper = {"channel": "walk_in", "name": "Siti Aminah", "information": "Daftar paket pekerjaan jalan tahun ini",
             "purpose": "Penelitian", "obtain_method": "soft", "delivery_method": "email",
             "email": "siti@example.org", "consent": True}  # fmt: skip
    utama = client_for("ppid.utama")
    registered = utama.post("/api/v1/staff/ppid/requests/register/", paper, format="json",
                            HTTP_IDEMPOTENCY_KEY="loket-1")  # fmt: skip
    assert registered.status_code == 201, registered.content
    other = utama.post("/api/v1/staff/ppid/requests/register/", {**paper, "purpose": "Lain"}, format="json",
                       HTTP_IDEMPOTENCY_KEY="loket-1")  # fmt: skip
    assert_conflict(other, registered.json()["number"])


def test_the_web_form_explains_it(area, user_named, client):
    from tests.complaints.test_views_staff import staff_entry

    client.force_login(user_named("admin.kominfo"))
    assert client.post(reverse("complaints:staff_new"), staff_entry(area)).status_code == 200
    html = client.post(reverse("complaints:staff_new"), staff_entry(area, title="Judul lain sama sekali")).content
    assert "Formulir ini sudah pernah terkirim dengan isi yang berbeda." in html.decode()
    assert Report.objects.count() == 1
