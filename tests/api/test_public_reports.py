"""Public and reporter endpoints of the complaint service."""

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from pintu.complaints.models import Channel, Report
from pintu.complaints.services import admin, handling
from tests.api.conftest import ADMIN, PUPR, png_upload

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


def test_public_list_and_detail_show_only_public_reports(anon, submit, user_named):
    waiting = submit().report  # not yet verified: not public
    secret = submit(privacy="rahasia").report
    public = submit().report
    for report in (secret, public):
        admin.verify(report, user=user_named(ADMIN))
    codes = {r["code"] for r in anon.get("/api/v1/reports/").json()["results"]}
    assert codes == {public.code}
    assert anon.get(f"/api/v1/reports/{waiting.code}/").status_code == 404
    assert anon.get(f"/api/v1/reports/{secret.code}/").status_code == 404
    detail = anon.get(f"/api/v1/reports/{public.code}/").json()
    assert [e["kind"] for e in detail["timeline"]] == ["submitted", "verify"]
    assert "contact" not in detail and "privacy" not in detail


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


def test_my_reports_needs_an_account(anon, client_for, area):
    assert anon.get("/api/v1/reports/mine/").status_code == 401
    warga = client_for("warga")
    code = warga.post(SUBMIT, _payload(area), format="json").json()["code"]
    assert [r["code"] for r in warga.get("/api/v1/reports/mine/").json()["results"]] == [code]
    assert warga.get(f"/api/v1/track/reports/{code}/").status_code == 200  # own account, no secret


def test_directory_lists_inside_and_outside_agencies_and_areas(anon, area):
    kecamatan, desa = area
    outside = anon.get("/api/v1/agencies/?outside=true&page_size=100").json()["results"]
    assert outside and all(a["outside"] for a in outside)
    villages = anon.get(f"/api/v1/areas/?parent={kecamatan.pk}&page_size=100").json()["results"]
    assert desa.pk in {a["id"] for a in villages}
    assert anon.get("/api/v1/categories/").json()["results"]


def test_the_public_detail_has_no_map_point_but_the_reporter_sees_it(anon, submit, user_named):
    from decimal import Decimal

    result = submit(latitude=Decimal("-3.2431"), longitude=Decimal("104.6532"))
    admin.verify(result.report, user=user_named(ADMIN))
    public = anon.get(f"/api/v1/reports/{result.report.code}/").json()
    assert "latitude" not in public and "104.6532" not in str(public)
    own = anon.get(f"/api/v1/track/reports/{result.report.code}/", HTTP_X_TRACKING_SECRET=result.secret).json()
    assert own["longitude"] == "104.653200"


def test_the_same_idempotency_key_from_another_caller_is_a_new_report(anon, client_for, area):
    mine = anon.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-sama")
    theirs = client_for("warga").post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="kunci-sama")
    assert mine.status_code == theirs.status_code == 201
    assert mine.json()["code"] != theirs.json()["code"]
