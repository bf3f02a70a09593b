"""The public PPID gaps closed on the API: the DIK in force, the published annual reports, and an objection
tracked by its requester. Each is compared with its web page for the same visitor."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.ppid.annual import services as annual
from pintu.ppid.objections import services as objections
from pintu.ppid.registers import services
from tests.ppid.conftest import dik_fields
from tests.ppid.objections.factories import SECRET, at, make_request

pytestmark = pytest.mark.django_db


def test_dik_list_is_the_web_list_with_public_fields_only(demo, user_named):
    utama, pupr = user_named("ppid.utama"), Agency.objects.get(code="PUPR")
    in_force = services.draft_dik_item(user_named("ppid.pupr"), pupr, **dik_fields())
    services.decide_dik_item(utama, in_force, decided_by="Kepala Dinas PUPR")
    services.draft_dik_item(user_named("ppid.pupr"), pupr, **dik_fields(document="Draf yang belum ditetapkan"))
    lifted = services.draft_dik_item(user_named("ppid.pupr"), pupr, **dik_fields(document="Sudah dicabut"))
    services.decide_dik_item(utama, lifted, decided_by="Kepala Dinas PUPR")
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


def test_annual_list_is_the_web_list_with_its_file_links(demo, user_named):
    year = timezone.localdate().year - 1
    annual.save_sections(user_named("ppid.utama"), year, None, {"policy": "Kebijakan layanan informasi."})
    report = annual.publish_report(user_named("ppid.utama"), year, None)
    annual.save_sections(user_named("ppid.utama"), year - 1, None, {"policy": "Belum diumumkan."})  # a draft

    page = Client().get(reverse("ppid:annual_list"))
    answer = APIClient().get(reverse("api:ppid_annual"))
    assert answer.status_code == 200, answer.content
    rows = answer.json()["results"]
    assert [r["id"] for r in rows] == [r.pk for r in page.context["reports"]] == [report.pk]
    assert rows[0]["year"] == year and rows[0]["agency"] is None
    pdf = APIClient().get(rows[0]["pdf_url"])
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert rows[0]["xlsx_url"] == reverse("api:ppid_annual_xlsx", args=[report.pk])


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

    objections.decide_objection(user_named("atasan.ppid"), objection, decision="refused", text="Keberatan ditolak.")
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
