"""PPID endpoints: the DIP, a request from submission to the Atasan's answer on an objection, and scope."""

from pintu.ppid.objections.models import Objection
from pintu.ppid.registers import services as register
from pintu.ppid.requests.models import InformationRequest
from tests.api.conftest import png_upload
from tests.ppid.conftest import dip_fields

SUBMIT = "/api/v1/ppid/requests/submit/"


def _request_payload(**extra):
    return {
        "information": "Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
        "purpose": "Bahan pemantauan pembangunan oleh kelompok warga.", "obtain_method": "soft",
        "delivery_method": "email", "name": "Siti Aminah", "email": "siti@example.org", "consent": True,
        "identity_file": png_upload("ktp.png"), **extra,
    }  # fmt: skip


def test_public_dip_lists_published_items_only(anon, demo, user_named):
    from pintu.agencies.models import Agency

    pupr = Agency.objects.get(code="PUPR")
    draft = register.draft_dip_item(user_named("ppid.pupr"), pupr, **dip_fields(title="Masih draf"))
    published = register.publish_dip_item(
        user_named("ppid.utama"), register.draft_dip_item(user_named("ppid.pupr"), pupr, **dip_fields())
    )
    listed = {item["id"] for item in anon.get("/api/v1/ppid/dip/?page_size=100").json()["results"]}
    assert published.pk in listed and draft.pk not in listed
    assert anon.get(f"/api/v1/ppid/dip/{draft.pk}/").status_code == 404
    assert anon.get(f"/api/v1/ppid/dip/{published.pk}/").json()["title"] == published.title
    assert anon.get("/api/v1/ppid/dip/99999999999999999999999/").status_code == 404


def test_request_objection_flow_and_scope(anon, demo, client_for):
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
    refused = pupr.post(staff + "notice/", {"decision": "refused", "refusal_article": "b"}, format="json")
    assert refused.status_code == 400 and "consequence_test" in refused.json()["errors"]
    notice = pupr.post(staff + "notice/", {"decision": "refused", "refusal_article": "b",
                       "consequence_test": "Membuka HPS sebelum lelang merugikan daerah."}, format="json")  # fmt: skip
    assert notice.status_code == 200, notice.content

    objection = anon.post(track + "objection/", {"grounds": ["a"], "description": "Informasi ini seharusnya terbuka."},
                          format="json", **secret)  # fmt: skip
    assert objection.status_code == 201, objection.content
    pk = objection.json()["id"]
    decide = f"/api/v1/staff/ppid/objections/{pk}/decide/"
    answer = {"decision": "partial", "decision_text": "Dokumen dibuka setelah lelang diumumkan."}
    assert utama.post(decide, answer, format="json").status_code == 403
    decided = client_for("atasan.ppid").post(decide, answer, format="json")
    assert decided.status_code == 200 and decided.json()["decision"] == "partial"
    assert Objection.objects.get(pk=pk).status == "answered"
    assert dinkes.get(f"/api/v1/staff/ppid/objections/{pk}/").status_code == 404


def test_my_requests_for_a_signed_in_citizen(anon, demo, client_for):
    warga = client_for("warga")
    number = warga.post(SUBMIT, _request_payload(), format="multipart").json()["number"]
    assert [r["number"] for r in warga.get("/api/v1/ppid/requests/mine/").json()["results"]] == [number]
    assert anon.get("/api/v1/ppid/requests/mine/").status_code == 401
    assert warga.get("/api/v1/ppid/objections/mine/").json()["results"] == []


def test_staff_dip_draft_and_update_through_the_services(client_for, demo):
    pupr, dinkes, draft = client_for("ppid.pupr"), client_for("ppid.dinkes"), "/api/v1/staff/ppid/dip/draft/"
    assert client_for("atasan.ppid").post(draft, {}, format="json").status_code == 403
    bad = pupr.post(draft, {"agency": "PUPR", **dip_fields(category="bulanan")}, format="json")
    assert bad.status_code == 400 and "category" in bad.json()["errors"]
    other = pupr.post(draft, {"agency": "DINKES", **dip_fields()}, format="json")
    assert other.status_code == 403  # only the PPID of the owning agency (or the Utama) keeps its register
    made = pupr.post(draft, {"agency": "PUPR", **dip_fields()}, format="json")
    assert made.status_code == 201 and made.json()["status"] == "draft"
    url = f"/api/v1/staff/ppid/dip/{made.json()['id']}/"
    assert dinkes.get(url).status_code == 404  # another agency's draft
    changed = pupr.post(url + "update/", {"title": "Rencana kerja PUPR 2027"}, format="json")
    assert changed.status_code == 200 and changed.json()["title"] == "Rencana kerja PUPR 2027"
    assert changed.json()["summary"] == dip_fields()["summary"]  # fields not sent are kept


def test_deliver_information_with_files(anon, demo, client_for):
    from pintu.ppid.requests import services as requests

    submitted = anon.post(SUBMIT, _request_payload(), format="multipart").json()
    info = InformationRequest.objects.get(number=submitted["number"])
    utama, pupr = client_for("ppid.utama"), client_for("ppid.pupr")
    utama.post(f"/api/v1/staff/ppid/requests/{info.pk}/assign/", {"agency": "PUPR"}, format="json")
    url = f"/api/v1/staff/ppid/requests/{info.pk}/deliver/"
    early = pupr.post(url, {"note": "Diserahkan langsung."}, format="multipart")
    assert early.status_code == 400  # nothing decided yet
    assert pupr.post(f"/api/v1/staff/ppid/requests/{info.pk}/notice/", {"decision": "granted_whole",
                     "provide_within": "Hari ini, lewat e-mail"},
                     format="json").status_code == 200  # fmt: skip
    assert client_for("atasan.ppid").post(url, {}, format="multipart").status_code == 403
    done = pupr.post(url, {"files": [png_upload("kontrak.png")]}, format="multipart")
    assert done.status_code == 200, done.content
    assert requests.InformationRequest.objects.get(pk=info.pk).documents.filter(is_notice=False).count() == 1
