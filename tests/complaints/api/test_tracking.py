"""The reporter's own report through the API: the secret proves it; reply, rate, reopen as on the tracking page."""

from django.core import mail

from pintu.complaints.models import Report
from pintu.complaints.services import admin, handling
from tests.api.conftest import png_upload
from tests.factories.complaints import ADMIN, PUPR


def test_tracking_needs_the_secret_and_shows_the_reporter_timeline(anon, submit, user_named, agency):
    result = submit()
    report = result.report
    assert anon.get(f"/api/v1/track/reports/{report.code}/").status_code == 404
    wrong = anon.get(f"/api/v1/track/reports/{report.code}/", HTTP_X_TRACKING_SECRET="AAAA-BBBB")
    assert wrong.status_code == 404 and wrong.json()["detail"] == "Kode lacak atau kode rahasia salah."
    report = admin.disposition(report, user=user_named(ADMIN), agency=agency("PUPR"))
    handling.request_info(report, user=user_named(PUPR), question="Di RT berapa tepatnya?")
    tracked = anon.get(f"/api/v1/track/reports/{report.code}/", HTTP_X_TRACKING_SECRET=result.secret.lower())
    assert tracked.status_code == 200
    body = tracked.json()
    assert body["status"] == "perlu_info" and body["may_reply"] is True
    assert "Di RT berapa tepatnya?" in [e["reason"] for e in body["timeline"]]  # reporter-only step


def test_reply_with_attachment_resumes_then_rate_and_reopen(anon, submit, user_named, agency):
    result = submit()
    headers = {"HTTP_X_TRACKING_SECRET": result.secret}
    report = admin.disposition(result.report, user=user_named(ADMIN), agency=agency("PUPR"))
    report = handling.request_info(report, user=user_named(PUPR), question="Foto lokasinya?")
    url = f"/api/v1/track/reports/{report.code}/"
    reply = anon.post(url + "reply/", {"text": "Ini fotonya.", "files": [png_upload()]}, format="multipart", **headers)
    assert reply.status_code == 200, reply.content
    assert reply.json()["status"] == "diproses"
    assert len(reply.json()["attachments"]) == 1
    too_early = anon.post(url + "rate/", {"rating": 5}, format="json", **headers)
    assert too_early.status_code == 400
    handling.post_follow_up(Report.objects.get(pk=report.pk), user=user_named(PUPR), text="Lampu sudah diganti.")
    mail.outbox.clear()
    rated = anon.post(url + "rate/", {"rating": 1, "comment": "Masih padam"}, format="json", **headers)
    assert rated.status_code == 200 and rated.json()["rating"] == 1 and rated.json()["may_reopen"]
    reopened = anon.post(url + "reopen/", {"reason": "Lampunya padam lagi."}, format="json", **headers)
    assert reopened.status_code == 200 and reopened.json()["status"] == "dibuka_kembali"
