"""Information requests on the API: submitting and tracking, the signed-in citizen's own, the staff's actions
(the same requests.actions as the page), a request received at the desk, and both conversions between a
complaint report and a request."""

import pytest

from pintu.agencies.models import Area
from pintu.complaints.models import Report
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.files.validation import clean_upload
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests import intake
from pintu.ppid.requests.models import InformationRequest
from tests.api.conftest import png_upload
from tests.factories.ppid import make_draft, png_bytes

pytestmark = pytest.mark.django_db


SUBMIT = "/api/v1/ppid/requests/submit/"


def _request_payload(**extra):
    return {
        "information": "Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
        "purpose": "Bahan pemantauan pembangunan oleh kelompok warga.", "obtain_method": "soft",
        "delivery_method": "email", "name": "Siti Aminah", "email": "siti@example.org", "consent": True,
        "identity_file": png_upload("ktp.png"), **extra,
    }  # fmt: skip


def test_request_objection_flow_and_scope(anon, demo, client_for, letters_ready, dik_item):
    first = anon.post(SUBMIT, _request_payload(), format="multipart", HTTP_IDEMPOTENCY_KEY="ppid-1")
    assert first.status_code == 201, first.content
    submitted = first.json()
    again = anon.post(SUBMIT, _request_payload(), format="multipart", HTTP_IDEMPOTENCY_KEY="ppid-1")
    assert again.status_code == 200 and again.json()["number"] == submitted["number"]
    assert InformationRequest.objects.count() == 1
    info = InformationRequest.objects.get()
    secret = {"HTTP_X_TRACKING_SECRET": submitted["secret"]}
    track = f"/api/v1/track/ppid/requests/{submitted['slug']}/"
    assert anon.get(track).status_code == 404
    tracked = anon.get(track, **secret).json()
    assert tracked["status"] == "diterima" and tracked["identity"]["email"] != "siti@example.org"  # masked

    utama, pupr, dinkes = client_for("ppid.utama"), client_for("ppid.pupr"), client_for("ppid.dinkes")
    staff = f"/api/v1/staff/ppid/requests/{info.pk}/"
    assert client_for("warga").get("/api/v1/staff/ppid/requests/").status_code == 403
    assert pupr.post(staff + "assign/", {"agency": "PUPR"}, format="json").status_code == 404  # not yet its own
    assigned = utama.post(staff + "assign/", {"agency": "PUPR"}, format="json")
    assert assigned.status_code == 200, assigned.content
    assert dinkes.get(staff).status_code == 404
    assert pupr.get(staff).json()["identity"]["email"] == "siti@example.org"  # the handler sees the contact
    assert pupr.post(staff + "assign/", {"agency": "DINKES"}, format="json").status_code == 403  # Utama only
    assert pupr.post(staff + "extend/", {"reason": "Perlu izin", "days": 9}, format="json").status_code == 400
    assert pupr.post(staff + "extend/", {"reason": "Dokumen di gudang arsip", "days": 5}, format="json").status_code \
        == 200  # fmt: skip
    assert pupr.get(staff).json()["pending_letter"]["kind"] == "pemberitahuan_perpanjangan"
    assert anon.get(track, **secret).json()["pending_letter"] is None  # the requester never sees a draft
    assert anon.get(track, **secret).json()["status"] == "diproses"  # nor its effect before it is signed
    assert pupr.post(staff + "sign-letter/", format="json").status_code == 403  # the PPID Utama signs
    draft = pupr.get(staff + "letter-draft/")
    assert draft.status_code == 200 and draft.content.startswith(b"%PDF")
    assert utama.post(staff + "sign-letter/", format="json").status_code == 200
    assert anon.get(track, **secret).json()["status"] == "diperpanjang"
    refused = pupr.post(staff + "notice/", {"decision": "refused", "refusal_article": "b",
                        "consequence_test": "Membuka HPS sebelum lelang merugikan daerah."}, format="json")  # fmt: skip
    assert refused.status_code == 400 and "refusal_dik" in refused.json()["errors"]  # free text: refused
    notice = pupr.post(staff + "notice/", {"decision": "refused", "refusal_dik": dik_item(decide=True).pk},
                       format="json")  # fmt: skip
    assert notice.status_code == 200, notice.content
    assert pupr.get(staff).json()["pending_letter"]["may_sign"] is False
    assert utama.get(staff).json()["pending_letter"]["may_sign"] is True
    assert utama.post(staff + "discard-letter/", format="json").status_code == 200
    assert pupr.post(staff + "notice/", {"decision": "refused", "refusal_dik": dik_item(decide=True).pk},
                     format="json").status_code == 200  # fmt: skip
    assert utama.post(staff + "sign-letter/", format="json").status_code == 200
    tracked = anon.get(track, **secret).json()
    assert tracked["status"] == "diputuskan" and tracked["notice_verification_url"].startswith("/verifikasi/")

    objection = anon.post(track + "objection/", {"grounds": ["a"], "description": "Informasi ini seharusnya terbuka."},
                          format="json", **secret)  # fmt: skip
    assert objection.status_code == 201, objection.content
    pk = objection.json()["id"]
    decide = f"/api/v1/staff/ppid/objections/{pk}/decide/"
    answer = {"decision": "partial", "decision_text": "Dokumen dibuka setelah lelang diumumkan.",
              "orders": "PPID Dinas PUPR memberikan dokumen setelah lelang diumumkan."}  # fmt: skip
    assert utama.post(decide, answer, format="json").status_code == 403
    atasan = client_for("atasan.ppid")
    drafted = atasan.post(decide, answer, format="json")  # a draft answer letter: nothing answered yet
    assert drafted.status_code == 200, drafted.content
    assert Objection.objects.get(pk=pk).status == "registered"
    signed = atasan.post(f"/api/v1/staff/ppid/objections/{pk}/sign-letter/", format="json")
    assert signed.status_code == 200, signed.content
    assert signed.json()["decision"] == "partial" and Objection.objects.get(pk=pk).status == "answered"
    assert dinkes.get(f"/api/v1/staff/ppid/objections/{pk}/").status_code == 404


def test_my_requests_for_a_signed_in_citizen(anon, demo, client_for):
    warga = client_for("warga")
    number = warga.post(SUBMIT, _request_payload(), format="multipart").json()["number"]
    assert [r["number"] for r in warga.get("/api/v1/ppid/requests/mine/").json()["results"]] == [number]
    assert anon.get("/api/v1/ppid/requests/mine/").status_code == 401
    assert warga.get("/api/v1/ppid/objections/mine/").json()["results"] == []


def test_deliver_information_with_files(anon, demo, client_for, letters_ready):
    from pintu.ppid.requests import services as requests

    submitted = anon.post(SUBMIT, _request_payload(), format="multipart").json()
    info = InformationRequest.objects.get(number=submitted["number"])
    utama, pupr = client_for("ppid.utama"), client_for("ppid.pupr")
    utama.post(f"/api/v1/staff/ppid/requests/{info.pk}/assign/", {"agency": "PUPR"}, format="json")
    url = f"/api/v1/staff/ppid/requests/{info.pk}/deliver/"
    early = pupr.post(url, {"note": "Diserahkan langsung."}, format="multipart")
    assert early.status_code == 400  # nothing decided yet
    assert pupr.post(f"/api/v1/staff/ppid/requests/{info.pk}/notice/", {"decision": "granted_whole",
                     "provide_within": "Hari ini, lewat e-mail", "held_form": "soft"},
                     format="json").status_code == 200  # fmt: skip
    assert pupr.post(url, {"note": "Diserahkan langsung."}, format="multipart").status_code == 400  # not signed
    sign = f"/api/v1/staff/ppid/requests/{info.pk}/sign-letter/"
    assert utama.post(sign, format="json").status_code == 200
    assert client_for("atasan.ppid").post(url, {}, format="multipart").status_code == 403
    done = pupr.post(url, {"files": [png_upload("kontrak.png")]}, format="multipart")
    assert done.status_code == 200, done.content
    assert requests.InformationRequest.objects.get(pk=info.pk).documents.filter(is_notice=False).count() == 1


def _kecamatan():
    return Area.objects.get(level="kecamatan", bps_code="1610060")


def _info_report(**overrides) -> Report:
    fields = {"title": "Minta data penerima bantuan sosial desa", "kind": "permintaan_informasi",
              "text": "Saya ingin salinan daftar penerima bantuan sosial tahun 2026 di desa kami.",
              "kecamatan": _kecamatan(), "name": "Budi Santoso", "email": "budi@example.org",
              "phone": "081234567890", "nik": "1610011207850003", "consent": True, **overrides}  # fmt: skip
    return submit_report(ReportDraft(**fields)).report


def test_report_becomes_request(demo, client_for):
    report = _info_report()
    url = f"/api/v1/staff/ppid/requests/from-report/{report.code}/"
    assert client_for("ppid.pupr").post(url, {}, format="json").status_code == 403
    assert client_for("penghubung.pupr").post(url, {}, format="json").status_code == 403
    assert InformationRequest.objects.count() == 0

    done = client_for("ppid.utama").post(url, {"purpose": "Pengawasan warga"}, format="json")
    assert done.status_code == 201, done.content
    info = InformationRequest.objects.get(number=done.json()["number"])
    assert info.source_report_id == report.pk and info.purpose == "Pengawasan warga"
    report.refresh_from_db()
    assert report.status == "diarsipkan"

    pengaduan = _info_report(kind="pengaduan")
    assert client_for("ppid.utama").post(f"/api/v1/staff/ppid/requests/from-report/{pengaduan.code}/").status_code \
        == 404  # the Utama sees only reports of kind permintaan informasi  # fmt: skip
    refused = client_for("admin.kominfo").post(f"/api/v1/staff/ppid/requests/from-report/{pengaduan.code}/")
    assert refused.status_code == 400 and refused.json()["errors"]["non_field_errors"]


def test_request_becomes_report(demo, client_for):
    ktp = clean_upload("ktp.png", png_bytes())
    info = intake._submit(make_draft(ktp, id_number="1610014507900002")).request
    url = f"/api/v1/staff/ppid/requests/{info.pk}/to-report/"
    body = {"kind": "pengaduan", "kecamatan": _kecamatan().pk, "reason": "Isinya keluhan jalan rusak."}
    assert client_for("atasan.ppid").post(url, body, format="json").status_code == 403
    assert client_for("ppid.pupr").post(url, body, format="json").status_code == 404  # not assigned to it
    assert Report.objects.count() == 0

    utama = client_for("ppid.utama")
    no_reason = utama.post(url, {**body, "reason": ""}, format="json")
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["errors"]
    bad_area = utama.post(url, {**body, "kecamatan": 2**40}, format="json")
    assert bad_area.status_code == 400 and "kecamatan" in bad_area.json()["errors"]
    done = utama.post(url, body, format="json")
    assert done.status_code == 200, done.content
    assert done["Cache-Control"] == "no-store"
    report = Report.objects.get(code=done.json()["code"])
    info.refresh_from_db()
    assert info.converted_report_id == report.pk and info.status == "selesai"
    assert report.contact.nik == "1610014507900002"


def test_staff_registers_a_paper_request(demo, client_for):
    url = "/api/v1/staff/ppid/requests/register/"
    payload = {"information": "Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
               "purpose": "Bahan pemantauan pembangunan.", "obtain_method": "hard", "delivery_method": "pick_up",
               "name": "Siti Aminah", "address": "Jl. Lintas Timur No. 5, Indralaya", "phone": "0812-3456-7890",
               "consent": True, "channel": "walk_in"}  # fmt: skip
    assert client_for("ppid.pupr").post(url, payload, format="json").status_code == 403
    assert client_for("atasan.ppid").post(url, payload, format="json").status_code == 403
    web = client_for("ppid.utama").post(url, {**payload, "channel": "web"}, format="json")
    assert web.status_code == 400 and "channel" in web.json()["errors"]
    assert InformationRequest.objects.count() == 0

    done = client_for("ppid.utama").post(url, payload, format="json", HTTP_IDEMPOTENCY_KEY="loket-1")
    assert done.status_code == 201, done.content
    assert done.json()["secret"] and done["Cache-Control"] == "no-store"
    info = InformationRequest.objects.get(number=done.json()["number"])
    assert info.channel == "walk_in" and info.created_by.username == "ppid.utama"
