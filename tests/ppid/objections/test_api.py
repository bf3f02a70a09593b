"""Objections on the API: the requester tracks and answers them (proof by account or secret), the PPID Utama
registers one received on paper and records the response, the dispute and its stages, staff read the
disputes. Each as the web page: refused roles 403/404 with nothing changed, a validation error a 400."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.ppid.objections import services as objections
from pintu.ppid.objections.models import Objection
from tests.factories.letters import answer_objection
from tests.factories.ppid import SECRET, at, make_request

pytestmark = pytest.mark.django_db


def test_objection_response_dispute_and_steps(demo, user_named, client_for):
    today = timezone.localdate()
    days = datetime.timedelta
    decided = make_request(Agency.objects.get(code="PUPR"), received=at(today - days(19)), decided=at(today - days(5)),
                           due=today, decision="granted_part")  # fmt: skip
    objection = objections.register_objection(user_named("ppid.utama"), info_request=decided, grounds=["f"],
                                              description="Informasi tidak lengkap.")  # fmt: skip
    answer_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")
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
    answer_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")
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
    answer_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")

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


def _objection(user_named, *, user=None):
    today = timezone.localdate()
    info = make_request(Agency.objects.get(code="PUPR"), received=at(today - datetime.timedelta(days=19)),
                        decided=at(today - datetime.timedelta(days=5)), due=today, decision="granted_part",
                        user=user)  # fmt: skip
    objection = objections.register_objection(user_named("ppid.utama"), info_request=info, grounds=["f"],
                                              description="Informasi tidak lengkap.")  # fmt: skip
    return info, objection


def test_requester_tracks_the_objection_as_on_the_web_page(demo, user_named):
    warga = user_named("warga")
    info, objection = _objection(user_named, user=warga)
    api, web = APIClient(), Client()
    api.force_authenticate(warga)
    web.force_login(warga)

    listed = api.get(reverse("api:ppid_track_objections", args=[info.slug]))
    assert listed.status_code == 200, listed.content
    assert [o["id"] for o in listed.json()["results"]] == [objection.pk]

    url = reverse("api:ppid_track_objection_detail", args=[info.slug, objection.pk])
    page = web.get(reverse("ppid:objection_track", args=[objection.pk]))
    body = api.get(url).json()
    assert body["objection"]["number"] == objection.number and body["objection"]["status"] == "registered"
    clock = page.context["clock"].progress
    assert (body["clock"]["day"], body["clock"]["total"], body["clock"]["due"]) == (
        clock.day,
        clock.total,
        clock.due.isoformat(),
    )
    assert body["dispute_deadline"] == page.context["dispute_deadline"].isoformat()
    assert body["may_respond"] is page.context["may_respond"]
    assert [e["kind"] for e in body["timeline"]] == [e.kind for e, _label in page.context["events"]]
    assert body["timeline"] and all(e["label"] for e in body["timeline"])

    answer_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")
    answered = api.get(url).json()
    page = web.get(reverse("ppid:objection_track", args=[objection.pk]))
    assert answered["clock"] is None is page.context["clock"]
    assert answered["may_respond"] is page.context["may_respond"] is True
    assert answered["objection"]["decision_text"] == "Keberatan ditolak." and answered["dispute"] is None


def test_guest_needs_the_secret_and_only_reaches_that_requests_objections(demo, user_named):
    info, objection = _objection(user_named)
    other_info, other = _objection(user_named)
    guest = APIClient()
    url = reverse("api:ppid_track_objection_detail", args=[info.slug, objection.pk])
    assert guest.get(url).status_code == 404
    assert guest.get(url, HTTP_X_TRACKING_SECRET="WRONG-0000").status_code == 404
    assert guest.get(url, HTTP_X_TRACKING_SECRET=SECRET).status_code == 200
    # another request's objection through this request's secret: the same 404 as a missing one
    crossed = reverse("api:ppid_track_objection_detail", args=[info.slug, other.pk])
    assert guest.get(crossed, HTTP_X_TRACKING_SECRET=SECRET).status_code == 404
    listed = guest.get(reverse("api:ppid_track_objections", args=[info.slug]), HTTP_X_TRACKING_SECRET=SECRET)
    assert [o["id"] for o in listed.json()["results"]] == [objection.pk]
    # staff without being the requester: 404, as on the web
    staff = APIClient()
    staff.force_authenticate(user_named("ppid.utama"))
    assert staff.get(url).status_code == 404
    assert other_info.pk != info.pk
