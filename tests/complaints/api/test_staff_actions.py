"""Staff actions through the API: the same services and follow-on steps as the web (pintu.complaints.actions)."""

from django.core import mail

from pintu.complaints.models import Report
from pintu.complaints.services import admin, handling, reporter
from pintu.history.models import Event
from pintu.routing.models import Suggestion
from tests.factories.complaints import ADMIN, PUPR


def url(report, action=""):
    return f"/api/v1/staff/reports/{report.code}/" + (f"{action}/" if action else "")


def test_handler_flow_through_the_api(client_for, report, user_named, agency):
    admin_api, opd = client_for(ADMIN), client_for(PUPR)
    assert admin_api.post(url(report, "verify"), {}, format="json").json()["detail"] == "Laporan diverifikasi."
    done = admin_api.post(url(report, "disposition"), {"agency": "PUPR", "note": "Segera"}, format="json")
    assert done.status_code == 200, done.content
    offered = opd.get(url(report)).json()["actions"]
    assert "accept" in offered and "verify" not in offered and "disposition" not in offered
    assert opd.post(url(report, "accept"), {}, format="json").status_code == 200
    follow = opd.post(url(report, "follow-up"), {"text": "Sudah diperbaiki.", "visibility": "public"}, format="json")
    assert follow.status_code == 200
    assert Report.objects.get(pk=report.pk).status == "ditindaklanjuti"
    closed = opd.post(url(report, "close"), {"reason": "Selesai diperbaiki."}, format="json")
    assert closed.status_code == 200 and Report.objects.get(pk=report.pk).status == "selesai"


def test_service_errors_map_to_400_with_field_errors(client_for, report):
    admin_api = client_for(ADMIN)
    missing = admin_api.post(url(report, "hold"), {}, format="json")
    assert missing.status_code == 400 and "reason" in missing.json()["errors"]
    outside = admin_api.post(url(report, "disposition"), {"agency": "BPN_OI"}, format="json")
    assert outside.status_code == 400
    assert outside.json()["errors"]["agency"] == ["Pilih instansi dari daftar."]  # outside agencies not offered
    past = admin_api.post(url(report, "forward-out"), {"agency": "BPJS_KES", "channel": "surat", "reason": "Bukan",
                          "follow_up_date": "2020-01-01"}, format="json")  # fmt: skip
    assert past.status_code == 400


def test_disposition_records_the_routing_decision_like_the_web(client_for, report):
    admin_api = client_for(ADMIN)
    detail = admin_api.get(url(report)).json()
    suggestions = detail["suggestions"]
    assert suggestions, "the admin sees the router's suggestions before disposition"
    second = suggestions[1]
    response = admin_api.post(url(report, "disposition"), {"agency": second["agency"]["code"],
                              "suggestion": second["suggestion"]}, format="json")  # fmt: skip
    assert response.status_code == 200, response.content
    suggestion = Suggestion.objects.get(report=report)
    assert suggestion.final_agency.code == second["agency"]["code"]
    assert suggestion.taken == 2 and suggestion.decided_at is not None
    event = Event.objects.get(case_type="report", case_id=report.pk, kind="disposition")
    assert event.payload["suggestion"]["rank"] == 2


def test_split_and_merge(client_for, submit):
    admin_api = client_for(ADMIN)
    master, duplicate, mixed = submit().report, submit().report, submit().report
    merged = admin_api.post(url(duplicate, "merge"), {"master_code": master.code.lower()}, format="json")
    assert merged.status_code == 200 and Report.objects.get(pk=duplicate.pk).master_id == master.pk
    parts = [{"title": "Jalan", "text": "Jalan rusak di desa.", "agency": "PUPR"},
             {"title": "Puskesmas", "text": "Puskesmas tutup siang.", "agency": "DINKES"}]  # fmt: skip
    split = admin_api.post(url(mixed, "split"), {"parts": parts}, format="json")
    assert split.status_code == 200, split.content
    assert len(split.json()["created"]) == 2


def test_request_info_then_send_back_leaves_the_opd(client_for, report, user_named, agency):
    report = admin.disposition(report, user=user_named(ADMIN), agency=agency("PUPR"))
    handling.accept(report, user=user_named(PUPR))
    mail.outbox.clear()
    opd = client_for(PUPR)
    asked = opd.post(url(report, "request-info"), {"question": "Alamat lengkapnya?"}, format="json")
    assert asked.status_code == 200 and Report.objects.get(pk=report.pk).status == "perlu_info"
    not_now = opd.post(url(report, "send-back"), {"suggested_agency": "DINKES", "reason": "Urusan kesehatan"},
                       format="json")  # fmt: skip
    assert not_now.status_code == 400  # waiting for the reporter: not offered in this status
    reporter.reply(Report.objects.get(pk=report.pk), text="Jalan Merdeka nomor 5.")
    sent = opd.post(url(report, "send-back"), {"suggested_agency": "DINKES", "reason": "Urusan kesehatan"},
                    format="json")  # fmt: skip
    assert sent.status_code == 200, sent.content
    assert sent.json()["report"] is None  # no longer at this OPD
    assert opd.get(url(report)).status_code == 404
