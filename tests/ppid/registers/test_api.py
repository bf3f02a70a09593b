"""The registers on the API: the public DIP and DIK, drafting and editing, the PPID Utama's decisions (publish,
withdraw, put in force, lift), a row's files and the berkala refresh. Each as the web page: allowed roles
through the service, refused roles 403/404 with nothing changed, a validation error a 400 with the API's
error body."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.history.models import Event
from pintu.ppid.registers import services
from pintu.ppid.registers import services as register
from pintu.ppid.registers.models import DikStatus, DipFile, DipStatus
from tests.api.conftest import png_upload
from tests.factories.ppid import dik_fields, dip_fields

pytestmark = pytest.mark.django_db


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


DIP = "/api/v1/staff/ppid/dip/{}/"


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


def test_dik_register_draft_edit_decide_lift(demo, client_for, letters_ready):
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
    test = {"test_place": "Ruang Rapat Diskominfo", "participants": ["Drs. Ahmad Fauzi - PPID Utama"]}
    assert pupr.post(url + "decide/", test, format="json").status_code == 403
    no_test = utama.post(url + "decide/", {}, format="json")
    assert no_test.status_code == 400 and "participants" in no_test.json()["errors"]
    drafted = utama.post(url + "decide/", test, format="json")  # the draft determination letter
    assert drafted.status_code == 200 and drafted.json()["status"] == DikStatus.DRAFT
    decided = utama.post(url + "sign-letter/", {}, format="json")
    assert decided.status_code == 200 and decided.json()["status"] == DikStatus.IN_FORCE
    assert pupr.post(url + "update/", {"document": "Lain"}, format="json").status_code == 400  # in force
    lifted = utama.post(url + "lift/", {"reason": "Lelang sudah diumumkan."}, format="json")
    assert lifted.status_code == 200 and lifted.json()["status"] == DikStatus.LIFTED


def test_dip_files_added_and_removed_by_the_keeper(demo, user_named, client_for):
    item = register.draft_dip_item(user_named("ppid.pupr"), Agency.objects.get(code="PUPR"), **dip_fields())
    url = DIP.format(item.pk) + "files/"
    assert client_for("atasan.ppid").post(url, {"files": [png_upload()]}, format="multipart").status_code == 403
    assert client_for("ppid.dinkes").post(url, {"files": [png_upload()]}, format="multipart").status_code == 404
    assert not DipFile.objects.exists()

    pupr = client_for("ppid.pupr")
    empty = pupr.post(url, {}, format="multipart")
    assert empty.status_code == 400 and "files" in empty.json()["errors"]
    garbage = SimpleUploadedFile("peta.png", b"MZ this is no picture", content_type="image/png")
    bad = pupr.post(url, {"files": [garbage]}, format="multipart")
    assert bad.status_code == 400 and "files" in bad.json()["errors"]
    added = pupr.post(url, {"files": [png_upload("peta.png"), png_upload("denah.png")]}, format="multipart")
    assert added.status_code == 201, added.content
    assert sorted(f["original_name"] for f in added.json()) == ["denah.png", "peta.png"]
    assert Event.objects.filter(kind="file_added").count() == 1

    first = added.json()[0]["id"]
    assert client_for("ppid.dinkes").post(url + f"{first}/remove/").status_code == 404
    assert client_for("atasan.ppid").post(url + f"{first}/remove/").status_code == 403
    assert DipFile.objects.count() == 2
    removed = pupr.post(url + f"{first}/remove/")
    assert removed.status_code == 200, removed.content
    assert [f["id"] for f in removed.json()] == [added.json()[1]["id"]]
    assert not DipFile.objects.filter(pk=first).exists()
    assert pupr.post(url + f"{first}/remove/").status_code == 404


def test_berkala_refresh(demo, user_named, client_for):
    item = register.draft_dip_item(user_named("ppid.pupr"), Agency.objects.get(code="PUPR"), **dip_fields())
    url = DIP.format(item.pk) + "refresh/"
    pupr = client_for("ppid.pupr")
    draft = pupr.post(url, {}, format="json")
    assert draft.status_code == 400 and draft.json()["errors"]  # only a published berkala item is refreshed
    item = register.publish_dip_item(user_named("ppid.utama"), item)
    before = item.next_due_date
    assert client_for("atasan.ppid").post(url, {}, format="json").status_code == 403
    assert client_for("ppid.dinkes").post(url, {}, format="json").status_code == 403  # published: seen, not kept
    item.refresh_from_db()
    assert item.next_due_date == before

    future = pupr.post(url, {"date": str(timezone.localdate() + datetime.timedelta(days=2))}, format="json")
    assert future.status_code == 400 and future.json()["errors"]
    done = pupr.post(url, {}, format="json")
    assert done.status_code == 200, done.content
    assert done.json()["last_published_date"] == str(timezone.localdate())


def test_dik_list_is_the_web_list_with_public_fields_only(demo, user_named):
    utama, pupr = user_named("ppid.utama"), Agency.objects.get(code="PUPR")
    in_force = services.draft_dik_item(user_named("ppid.pupr"), pupr, **dik_fields())
    services.seed_in_force(utama, in_force, decided_by="Kepala Dinas PUPR")
    services.draft_dik_item(user_named("ppid.pupr"), pupr, **dik_fields(document="Draf yang belum ditetapkan"))
    lifted = services.draft_dik_item(user_named("ppid.pupr"), pupr, **dik_fields(document="Sudah dicabut"))
    services.seed_in_force(utama, lifted, decided_by="Kepala Dinas PUPR")
    services.lift_dik_item(utama, lifted, reason="Lelang sudah diumumkan.")

    page = Client().get(reverse("ppid:dik_list"))
    answer = APIClient().get(reverse("api:ppid_dik"))
    assert answer.status_code == 200, answer.content
    rows = answer.json()["results"]
    assert sorted(r["id"] for r in rows) == sorted(i.pk for i in page.context["items"]) == [in_force.pk]
    row = rows[0]
    assert row["document"] == in_force.document and row["agency"]["code"] == "PUPR"
    assert row["decided_by"] == "Kepala Dinas PUPR" and row["legal_basis"] == "b" and row["legal_basis_label"]
    assert not {"status", "drafted_at", "drafted_by", "lift_reason", "lifted_at"} & set(row)
