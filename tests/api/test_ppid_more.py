"""PPID endpoints of the second round: DIP publish/withdraw, report -> request and request -> report, the
DIK register, and the objection's response and dispute steps.

Each test goes through the same service as the web page: an allowed role succeeds, a refused role gets
403/404 and nothing changes, a validation error answers 400 with the API's error body.
"""

import datetime

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency, Area
from pintu.complaints.models import Report
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.files.validation import clean_upload
from pintu.ppid.objections import services as objections
from pintu.ppid.registers import services as register
from pintu.ppid.registers.models import DikStatus, DipStatus
from pintu.ppid.requests import intake
from pintu.ppid.requests.models import InformationRequest
from tests.ppid.conftest import dik_fields, dip_fields
from tests.ppid.objections.factories import at, make_request
from tests.ppid.requests.conftest import make_draft, png_bytes

pytestmark = pytest.mark.django_db
DIP = "/api/v1/staff/ppid/dip/{}/"


def _kecamatan():
    return Area.objects.get(level="kecamatan", bps_code="1610060")


def test_dip_publish_and_withdraw(demo, user_named, client_for):
    pupr = Agency.objects.get(code="PUPR")
    item = register.draft_dip_item(user_named("ppid.pupr"), pupr, **dip_fields())
    url = DIP.format(item.pk)
    assert client_for("ppid.pupr").post(url + "publish/").status_code == 403  # keeper, but not the Utama
    assert client_for("ppid.dinkes").post(url + "publish/").status_code == 404  # another agency's row
    assert client_for("warga").post(url + "publish/").status_code == 403
    item.refresh_from_db()
    assert item.status == DipStatus.DRAFT

    utama = client_for("ppid.utama")
    published = utama.post(url + "publish/")
    assert published.status_code == 200, published.content
    assert published.json()["status"] == DipStatus.PUBLISHED
    again = utama.post(url + "publish/")
    assert again.status_code == 400 and again.json()["errors"]["non_field_errors"]

    missing = utama.post(url + "withdraw/", {"reason": "  "}, format="json")
    assert missing.status_code == 400 and "reason" in missing.json()["errors"]
    withdrawn = utama.post(url + "withdraw/", {"reason": "Dokumen diganti versi baru."}, format="json")
    assert withdrawn.status_code == 200, withdrawn.content
    assert withdrawn.json()["status"] == DipStatus.WITHDRAWN
    assert withdrawn.json()["withdraw_reason"] == "Dokumen diganti versi baru."


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


def test_dik_register_draft_edit_decide_lift(demo, client_for):
    pupr, utama = client_for("ppid.pupr"), client_for("ppid.utama")
    fields = {key: str(value) for key, value in dik_fields().items()}
    empty = pupr.post("/api/v1/staff/ppid/dik/draft/", {"agency": "PUPR"}, format="json")
    assert empty.status_code == 400 and "legal_basis" in empty.json()["errors"]  # the service's own rules
    assert pupr.post("/api/v1/staff/ppid/dik/draft/", {**fields, "agency": "DINKES"}, format="json").status_code == 400
    assert client_for("atasan.ppid").post("/api/v1/staff/ppid/dik/draft/", {**fields, "agency": "PUPR"},
                                          format="json").status_code == 403  # fmt: skip
    created = pupr.post("/api/v1/staff/ppid/dik/draft/", {**fields, "agency": "PUPR"}, format="json")
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    url = f"/api/v1/staff/ppid/dik/{pk}/"
    assert client_for("ppid.dinkes").get(url).status_code == 404  # another agency's draft
    assert pk in {row["id"] for row in pupr.get("/api/v1/staff/ppid/dik/?status=draft").json()["results"]}

    edited = pupr.post(url + "update/", {"document": "Dokumen HPS paket jalan 2026"}, format="json")
    assert edited.status_code == 200 and edited.json()["document"] == "Dokumen HPS paket jalan 2026"
    assert edited.json()["information"] == fields["information"]  # fields not sent stay
    assert pupr.post(url + "decide/", {"decided_by": "Kepala PUPR"}, format="json").status_code == 403
    no_name = utama.post(url + "decide/", {}, format="json")
    assert no_name.status_code == 400 and "decided_by" in no_name.json()["errors"]
    decided = utama.post(url + "decide/", {"decided_by": "Kepala Diskominfo, PPID Utama"}, format="json")
    assert decided.status_code == 200 and decided.json()["status"] == DikStatus.IN_FORCE
    assert pupr.post(url + "update/", {"document": "Lain"}, format="json").status_code == 400  # in force
    lifted = utama.post(url + "lift/", {"reason": "Lelang sudah diumumkan."}, format="json")
    assert lifted.status_code == 200 and lifted.json()["status"] == DikStatus.LIFTED


def test_objection_response_dispute_and_steps(demo, user_named, client_for):
    today = timezone.localdate()
    days = datetime.timedelta
    decided = make_request(Agency.objects.get(code="PUPR"), received=at(today - days(19)), decided=at(today - days(5)),
                           due=today, decision="granted_part")  # fmt: skip
    objection = objections.register_objection(user_named("ppid.utama"), info_request=decided, grounds=["f"],
                                              description="Informasi tidak lengkap.")  # fmt: skip
    objections.decide_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")
    url = f"/api/v1/staff/ppid/objections/{objection.pk}/"
    utama = client_for("ppid.utama")
    assert client_for("atasan.ppid").post(url + "respond/", {"response": "goes_to_ki"}, format="json").status_code \
        == 403  # fmt: skip
    assert client_for("ppid.dinkes").post(url + "dispute/", {"filed_on": str(today)}, format="json").status_code \
        == 404  # fmt: skip
    assert utama.post(url + "dispute/step/", {"action": "mediation", "on": str(today)}, format="json").status_code \
        == 404  # no dispute yet  # fmt: skip
    bad = utama.post(url + "respond/", {"response": "maybe"}, format="json")
    assert bad.status_code == 400 and "response" in bad.json()["errors"]
    responded = utama.post(url + "respond/", {"response": "goes_to_ki"}, format="json")
    assert responded.status_code == 200, responded.content

    future = utama.post(url + "dispute/", {"filed_on": str(today + datetime.timedelta(days=3))}, format="json")
    assert future.status_code == 400 and "filed_on" in future.json()["errors"]
    filed = utama.post(url + "dispute/", {"filed_on": str(today), "register_number": "KI-12/2026"}, format="json")
    assert filed.status_code == 201, filed.content
    assert filed.json()["register_number"] == "KI-12/2026" and filed.json()["status"] == "filed"
    again = utama.post(url + "dispute/", {"filed_on": str(today)}, format="json")
    assert again.status_code == 400

    step = utama.post(url + "dispute/step/", {"action": "mediation", "on": str(today)}, format="json")
    assert step.status_code == 200, step.content
    assert step.json()["status"] != "filed"


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
