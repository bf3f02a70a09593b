"""PPID endpoints of the last round: a DIP row's files and berkala refresh, an objection registered from
paper, the dispute list, and the requester's own response to the objection's answer.

Each test goes through the same service as the web page: an allowed role succeeds, a refused role gets
403/404 and nothing changes, a validation error answers 400 with the API's error body.
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.history.models import Event
from pintu.ppid.objections import services as objections
from pintu.ppid.objections.models import Objection
from pintu.ppid.registers import services as register
from pintu.ppid.registers.models import DipFile
from tests.api.conftest import png_upload
from tests.ppid.conftest import dip_fields
from tests.ppid.objections.factories import SECRET, at, make_request

pytestmark = pytest.mark.django_db
DIP = "/api/v1/staff/ppid/dip/{}/"


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


def _decided_request(**kwargs):
    today = timezone.localdate()
    days = datetime.timedelta
    return make_request(Agency.objects.get(code="PUPR"), received=at(today - days(19)), decided=at(today - days(5)),
                        due=today, decision="granted_part", **kwargs)  # fmt: skip


def test_paper_objection_registered_by_the_utama(demo, client_for):
    info = _decided_request()
    url = "/api/v1/staff/ppid/objections/register/"
    payload = {"request_number": info.number, "grounds": ["f"], "description": "Informasi yang diberikan kurang.",
               "filed_on": str(timezone.localdate() - datetime.timedelta(days=1))}  # fmt: skip
    assert client_for("ppid.pupr").post(url, payload, format="json").status_code == 403
    assert client_for("atasan.ppid").post(url, payload, format="json").status_code == 403
    assert client_for("warga").post(url, payload, format="json").status_code == 403
    assert not Objection.objects.exists()

    utama = client_for("ppid.utama")
    unknown = utama.post(url, {**payload, "request_number": "PPID/2026/999999"}, format="json")
    assert unknown.status_code == 400 and "request_number" in unknown.json()["errors"]
    no_text = utama.post(url, {**payload, "description": ""}, format="json")
    assert no_text.status_code == 400 and "description" in no_text.json()["errors"]
    done = utama.post(url, payload, format="json")
    assert done.status_code == 201, done.content
    objection = Objection.objects.get()
    assert done.json()["number"] == objection.number and objection.request_id == info.pk
    assert timezone.localdate(objection.filed_at) == timezone.localdate() - datetime.timedelta(days=1)


def test_dispute_list_for_staff(demo, user_named, client_for):
    objection = objections.register_objection(user_named("ppid.utama"), info_request=_decided_request(), grounds=["f"],
                                              description="Informasi tidak lengkap.")  # fmt: skip
    objections.decide_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")
    objections.record_response(user_named("ppid.utama"), objection, "goes_to_ki")
    objections.record_dispute(user_named("ppid.utama"), objection, filed_on=timezone.localdate())
    url = "/api/v1/staff/ppid/disputes/"
    assert client_for("warga").get(url).status_code == 403
    assert APIClient().get(url).status_code == 401
    listed = client_for("ppid.utama").get(url)
    assert listed.status_code == 200, listed.content
    assert [d["status"] for d in listed.json()["results"]] == ["filed"]


def test_requester_responds_to_the_answer(demo, user_named, client_for):
    info = _decided_request()
    objection = objections.register_objection(user_named("ppid.utama"), info_request=info, grounds=["f"],
                                              description="Informasi tidak lengkap.")  # fmt: skip
    url = f"/api/v1/track/ppid/requests/{info.slug}/objections/{objection.pk}/respond/"
    guest = APIClient()
    early = guest.post(url, {"response": "accepts"}, format="json", HTTP_X_TRACKING_SECRET=SECRET)
    assert early.status_code == 400 and early.json()["errors"]  # not answered yet
    objections.decide_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")

    assert guest.post(url, {"response": "accepts"}, format="json", HTTP_X_TRACKING_SECRET="WRONG-0000").status_code \
        == 404  # fmt: skip
    assert client_for("ppid.utama").post(url, {"response": "accepts"}, format="json").status_code == 404
    objection.refresh_from_db()
    assert objection.response == ""
    bad = guest.post(url, {"response": "maybe"}, format="json", HTTP_X_TRACKING_SECRET=SECRET)
    assert bad.status_code == 400 and "response" in bad.json()["errors"]
    done = guest.post(url, {"response": "accepts"}, format="json", HTTP_X_TRACKING_SECRET=SECRET)
    assert done.status_code == 200, done.content
    objection.refresh_from_db()
    assert objection.response == "accepts"
