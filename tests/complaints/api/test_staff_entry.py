"""Officers' entry through the API: a report recorded by an officer (the web's staff_new, through
services.staff_entry) and bulk verification (per report, as the inbox's button)."""

from django.core.files.uploadedfile import SimpleUploadedFile

from pintu.complaints.models import Channel, Report, ReporterContact
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from tests.api.conftest import png_upload
from tests.factories.complaints import ADMIN, BUPATI, KEPALA_PUPR, PUPR

NEW, BULK = "/api/v1/staff/reports/new/", "/api/v1/staff/reports/bulk-verify/"


def _payload(area, **extra):
    kecamatan, desa = area
    return {
        "channel": "phone", "title": "Jembatan gantung rusak", "kecamatan": kecamatan.pk, "desa": desa.pk,
        "text": "Papan jembatan gantung di desa lepas, warga menelepon kantor.", "name": "Rahmat Hidayat",
        "phone": "0812-9999-1111", "consent": True, **extra,
    }  # fmt: skip


def test_officer_records_a_phone_report_through_the_service(client_for, area, user_named):
    admin = client_for(ADMIN)
    first = admin.post(NEW, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="tel-1")
    assert first.status_code == 201, first.content
    body = first.json()
    assert body["created"] is True and body["secret"] and body["can_open"] is True
    assert "no-store" in first["Cache-Control"]
    report = Report.objects.get(code=body["code"])
    assert report.channel == Channel.PHONE and report.created_by == user_named(ADMIN)
    assert ReporterContact.objects.get(report=report).name == "Rahmat Hidayat"
    event = Event.objects.get(case_type="report", case_id=report.pk, status_to=report.status)
    assert event.actor_id == user_named(ADMIN).pk and event.actor_role == "staff"
    again = admin.post(NEW, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="tel-1")
    assert again.status_code == 200 and again.json()["secret"] is None and again.json()["code"] == body["code"]
    assert Report.objects.count() == 1


def test_penghubung_may_record_with_attachment(client_for, area):
    response = client_for(PUPR).post(NEW, {**_payload(area, channel="walk_in"), "files": [png_upload()]},
                                     format="multipart")  # fmt: skip
    assert response.status_code == 201, response.content
    report = Report.objects.get(code=response.json()["code"])
    assert report.channel == Channel.WALK_IN and report.attachments.count() == 1


def test_anonim_report_answer_names_nobody(client_for, area):
    response = client_for(ADMIN).post(NEW, _payload(area, privacy="anonim"), format="json")
    assert response.status_code == 201
    assert "Rahmat" not in response.content.decode() and "0812" not in response.content.decode()


def test_other_roles_are_refused_and_nothing_is_written(client_for, anon, area):
    assert anon.post(NEW, _payload(area), format="json").status_code == 401
    for username in (KEPALA_PUPR, BUPATI, "warga", "ppid.utama"):
        assert client_for(username).post(NEW, _payload(area), format="json").status_code == 403, username
    assert not Report.objects.exists()


def test_bad_input_gives_indonesian_field_errors_and_writes_nothing(client_for, area):
    admin = client_for(ADMIN)
    response = admin.post(NEW, _payload(area, channel="web", consent=False), format="json")  # web: not a desk channel
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"channel"}  # issue #18: the deprecated `consent` is accepted and ignored
    short = admin.post(NEW, _payload(area, text="pendek"), format="json").json()  # the service's own rule
    assert short["errors"] == {"text": ["Ceritakan masalahnya, paling sedikit 10 karakter."]}
    missing = admin.post(NEW, {}, format="json").json()["errors"]
    assert missing["channel"] == ["Pilih saluran laporan."] and missing["title"] == ["Tuliskan judul laporan."]
    fake = SimpleUploadedFile("foto.png", b"just some text, not an image", content_type="image/png")
    refused = admin.post(NEW, {**_payload(area), "files": [fake]}, format="multipart")
    assert refused.status_code == 400 and "files" in refused.json()["errors"]
    assert admin.post(NEW, [1, 2], format="json").status_code == 400
    assert not Report.objects.exists()


def test_bulk_verify_each_report_on_its_own(client_for, submit, user_named):
    first, second = submit().report, submit(title="Lampu jalan padam di simpang").report
    response = client_for(ADMIN).post(BULK, {"codes": [first.code, second.code.lower(), "LPR-2026-XXXXX"]},
                                      format="json")  # fmt: skip
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["verified"] == [first.code, second.code]
    assert body["failed"] == [{"code": "LPR-2026-XXXXX",
                               "detail": "LPR-2026-XXXXX: laporan tidak ditemukan di antrean."}]  # fmt: skip
    assert set(Report.objects.values_list("status", flat=True)) == {Status.TERVERIFIKASI}
    verified = Event.objects.filter(case_type="report", status_to=Status.TERVERIFIKASI, actor=user_named(ADMIN))
    assert verified.count() == 2
    again = client_for(ADMIN).post(BULK, {"codes": [first.code]}, format="json").json()
    assert again["verified"] == [] and again["failed"][0]["code"] == first.code  # already verified: per item
    assert verified.count() == 2


def test_bulk_verify_only_for_the_admin_instansi(client_for, anon, submit):
    report = submit().report
    events = Event.objects.count()
    assert anon.post(BULK, {"codes": [report.code]}, format="json").status_code == 401
    for username in (PUPR, BUPATI, KEPALA_PUPR, "warga"):
        refused = client_for(username).post(BULK, {"codes": [report.code]}, format="json")
        assert refused.status_code == 403, username
    assert Report.objects.get(pk=report.pk).status == Status.DITERIMA and Event.objects.count() == events
    empty = client_for(ADMIN).post(BULK, {"codes": []}, format="json")
    assert empty.status_code == 400
    assert empty.json()["errors"] == {"codes": ["Pilih paling sedikit satu laporan untuk diverifikasi."]}
