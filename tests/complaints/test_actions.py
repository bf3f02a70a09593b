"""The officers' and the reporter's actions, once below both faces (pintu.complaints.actions).

Offer rules against the transition table, the two refusals (not yours: 403; not now: 400 / a message),
the follow-on steps (the routing decision after a disposition, a forward-out and each part of a split),
and both faces offering exactly what ACTIONS.available lists.
"""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.cases.actions import ActionNotAvailable
from pintu.complaints.actions import ACTIONS, REPORTER_ACTIONS
from pintu.complaints.api.serializers.staff_actions import API_ACTIONS
from pintu.complaints.models import Report
from pintu.complaints.services import admin, handling
from pintu.complaints.views.staff_actions import FORMS
from pintu.complaints.workflow import TRANSITIONS, Action, Actor, Status, allowed_actions
from pintu.routing import services as routing
from pintu.routing.models import Suggestion
from tests.factories.complaints import ADMIN, BUPATI, DINKES, KEPALA_PUPR, PUPR, make_report, user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    routing.clear_cache()
    yield
    routing.clear_cache()


def names(actions) -> set[str]:
    return {a.name for a in actions}


def test_every_action_has_a_face_on_both_sides():
    """The web maps every action but admin_close (its "close" closes as the admin) to a form; the API all."""
    assert set(API_ACTIONS) == names(ACTIONS)
    assert set(FORMS) == names(ACTIONS) - {"admin_close"}


def test_transition_actions_are_offered_exactly_as_the_table_allows(demo, agency):
    report = make_report()
    adm, opd = user(ADMIN), user(PUPR)
    by_table = {
        "verify": Action.VERIFY, "disposition": Action.DISPOSITION, "hold": Action.HOLD, "resume": Action.RESUME,
        "archive": Action.ARCHIVE, "forward_out": Action.FORWARD_OUT, "accept": Action.ACCEPT,
        "request_info": Action.REQUEST_INFO, "post_follow_up": Action.POST_FOLLOW_UP, "send_back": Action.SEND_BACK,
        "close": Action.CLOSE, "record_external_answer": Action.RECORD_EXTERNAL_ANSWER,
    }  # fmt: skip
    for status in Status:
        Report.objects.filter(pk=report.pk).update(status=status, assigned_agency=agency("PUPR"))
        report.refresh_from_db()
        for who, actor in ((adm, Actor.ADMIN), (opd, Actor.OPD)):
            offered = names(ACTIONS.available(who, report))
            table = set(allowed_actions(status, actor))
            for name, action in by_table.items():
                assert (name in offered) == (action in table), (status, actor, name)
            assert ("reopen" in offered) == (actor == Actor.ADMIN and Action.REOPEN in table), status
            assert ("admin_close" in offered) == (actor == Actor.ADMIN and Action.CLOSE in table), status


def test_admin_actions_without_a_transition_are_the_admins_in_their_statuses(demo):
    report = make_report()
    offered = names(ACTIONS.available(user(ADMIN), report))
    assert {"edit", "privacy", "pengawasan", "merge", "split", "verify"} <= offered
    assert not {"edit", "privacy", "merge", "split"} & names(ACTIONS.available(user(PUPR), report))
    Report.objects.filter(pk=report.pk).update(status=Status.SELESAI)
    report.refresh_from_db()
    assert not {"edit", "privacy", "pengawasan", "merge", "split"} & names(ACTIONS.available(user(ADMIN), report))


def test_refusals_say_whether_it_is_never_yours_or_not_now(demo):
    report = make_report(at="PUPR")
    with pytest.raises(PermissionDenied, match="hanya dapat melihat"):  # kepala OPD reads only
        ACTIONS.check("accept", user(KEPALA_PUPR), report)
    with pytest.raises(PermissionDenied, match="bukan wewenang"):  # an OPD never verifies
        ACTIONS.check("verify", user(PUPR), report)
    with pytest.raises(PermissionDenied, match="bukan wewenang"):
        ACTIONS.check("admin_close", user(PUPR), report)
    with pytest.raises(ActionNotAvailable, match="tidak tersedia untuk laporan berstatus Didisposisikan"):
        ACTIONS.check("verify", user(ADMIN), report)  # the admin's, but already past verification
    with pytest.raises(PermissionDenied):  # another agency's officer: not theirs at all
        ACTIONS.check("accept", user(DINKES), report)
    assert ACTIONS.check("accept", user(PUPR), report).name == "accept"


def test_perform_checks_again_and_runs_the_service(demo):
    report = make_report()
    with pytest.raises(PermissionDenied):
        ACTIONS.perform("verify", user=user(BUPATI), case=report, data={})
    assert Report.objects.get(pk=report.pk).status == Status.DITERIMA
    outcome = ACTIONS.perform("verify", user=user(ADMIN), case=report, data={})
    assert outcome.message == "Laporan diverifikasi."
    assert Report.objects.get(pk=report.pk).status == Status.TERVERIFIKASI


def test_disposition_and_forward_out_record_the_routing_decision(demo, agency):
    adm = user(ADMIN)
    report = make_report()
    shown = routing.suggest_for(report)  # the panel made it when the admin opened the page
    data = {"agency": agency("DINKES"), "note": "", "suggestion": ""}
    ACTIONS.perform("disposition", user=adm, case=report, data=data)
    shown.refresh_from_db()
    assert shown.final_agency == agency("DINKES") and shown.decided_at is not None
    other = make_report()
    shown = routing.suggest_for(other)
    ACTIONS.perform("forward_out", user=adm, case=other, data={
        "agency": agency("BPJS_KES"), "channel": "surat", "reference": "", "reason": "Bukan wewenang pemda.",
        "follow_up_date": timezone.localdate() + datetime.timedelta(days=7)})  # fmt: skip
    shown.refresh_from_db()
    assert shown.final_agency == agency("BPJS_KES") and shown.decided_at is not None


def test_a_split_records_a_routing_decision_for_each_child(demo, agency):
    """Split skipped the routing decision before: each part's agency is now recorded, as a disposition's is."""
    report = make_report()
    parts = [("Jalan rusak", "Jalan desa rusak parah setelah hujan.", agency("PUPR")),
             ("Puskesmas tutup", "Puskesmas tutup pada jam pelayanan siang.", agency("DINKES"))]  # fmt: skip
    outcome = ACTIONS.perform("split", user=user(ADMIN), case=report, data={"parts": parts, "reason": ""})
    children = list(Report.objects.filter(code__in=outcome.created).order_by("pk"))
    assert [c.assigned_agency.code for c in children] == ["PUPR", "DINKES"]
    for child, (_title, _text, agency_) in zip(children, parts, strict=True):
        decision = Suggestion.objects.get(report=child)
        assert decision.final_agency == agency_ and decision.decided_at is not None
        codes = decision.codes()
        assert decision.taken == (codes.index(agency_.code) + 1 if agency_.code in codes else None)


def test_a_failing_follow_on_step_undoes_the_action(demo, agency, monkeypatch):
    report = make_report()

    def broken(*args, **kwargs):
        raise RuntimeError("routing down")

    monkeypatch.setattr(routing, "record_decision", broken)
    with pytest.raises(RuntimeError):
        ACTIONS.perform("disposition", user=user(ADMIN), case=report, data={"agency": agency("PUPR"), "note": ""})
    assert Report.objects.get(pk=report.pk).status == Status.DITERIMA  # one transaction: nothing half-done


def test_the_web_buttons_and_the_api_list_are_what_actions_offer(demo, client):
    report = make_report(at="PUPR")
    for username in (ADMIN, PUPR, KEPALA_PUPR):
        offered = names(ACTIONS.available(user(username), report))
        client.force_login(user(username))
        html = client.get(reverse("complaints:staff_detail", args=[report.code])).content.decode()
        on_page = set(re.findall(r'id="action-([a-z_]+)"', html)) - {"reveal"}
        assert on_page == offered - {"admin_close"}, username
        api = APIClient()
        api.force_authenticate(user(username))
        listed = api.get(reverse("api:staff_report_detail", args=[report.code])).json()["actions"]
        assert listed == [API_ACTIONS[a.name].name for a in ACTIONS.available(user(username), report)], username


def test_reporter_actions_follow_the_tracking_rules(demo):
    report = make_report()
    assert names(REPORTER_ACTIONS.available(None, report)) == {"reply"}
    with pytest.raises(ActionNotAvailable, match="Penilaian dapat diberikan setelah ada tindak lanjut."):
        REPORTER_ACTIONS.perform("rate", user=None, case=report, data={"rating": 5})
    followed = make_report(at="PUPR", follow_up="Sudah ditambal.")
    assert names(REPORTER_ACTIONS.available(None, followed)) == {"reply", "rate", "reopen"}
    outcome = REPORTER_ACTIONS.perform("rate", user=None, case=followed, data={"rating": 2, "comment": "Belum"})
    assert outcome.case.rating == 2  # the report as the action left it
    closed = handling.close(followed, user=user(PUPR), reason="Selesai.")
    assert names(REPORTER_ACTIONS.available(None, closed)) == {"rate", "reopen"}
    with pytest.raises(ActionNotAvailable, match="sudah ditutup"):
        REPORTER_ACTIONS.perform("reply", user=None, case=closed, data={"text": "Masih rusak."})


def test_the_reopen_by_the_admin_is_the_tables_admin_reopen(demo):
    assert Actor.ADMIN in TRANSITIONS[Action.REOPEN].actors
    report = make_report(at="PUPR", follow_up="Sudah.")
    report = admin.admin_close(report, user=user(ADMIN), reason="Selesai.")
    assert "reopen" in names(ACTIONS.available(user(ADMIN), report))
    assert "reopen" not in names(ACTIONS.available(user(PUPR), report))
