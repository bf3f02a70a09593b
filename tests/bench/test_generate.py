"""bench/generate.py at tiny scale: the generated data must read like data the services wrote."""

import sys
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pintu.complaints.clocks import compute_due_dates, policy_for
from pintu.complaints.models import Pause, Report
from pintu.complaints.search import document_text
from pintu.complaints.workflow import CLOSED, Status, TransitionError, transition
from pintu.history.models import Event
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests import workflow as request_workflow
from pintu.ppid.requests.clocks import compute_due
from pintu.ppid.requests.models import InformationRequest, RequestCounter
from pintu.workdays.calendar import get_calendar

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import generate  # noqa: E402

UNTIL = date(2026, 11, 2)
OPTIONS = {"reports": 200, "requests": 60, "years": 2, "seed": 7, "until": UNTIL, "batch": 70, "progress": False}


@pytest.fixture
def generated(demo):
    counts = generate.generate(generate.Options(**OPTIONS))
    return counts


def events_by_case(case_type):
    grouped = defaultdict(list)
    for event in Event.objects.filter(case_type=case_type).order_by("at", "pk"):
        grouped[event.case_id].append(event)
    return grouped


def replay(events, first_status, check):
    """Walk the status-changing events; each must start where the previous ended and be allowed."""
    status, changed_at = first_status, None
    for event in events:
        if not event.status_to:
            continue
        if event.kind == "submitted":
            status, changed_at = event.status_to, event.at
            continue
        assert event.status_from == status, (event.kind, event.status_from, status)
        check(event)
        status, changed_at = event.status_to, event.at
    return status, changed_at


def report_transition_ok(event):
    kind = event.kind
    action = {"follow_up": None}.get(kind, kind)
    candidates = ["post_follow_up", "record_external_answer"] if action is None else [action]
    targets = set()
    for candidate in candidates:
        try:
            targets.add(transition(event.status_from, candidate, event.actor_role or None))
        except TransitionError:
            pass
    assert event.status_to in targets, (kind, event.status_from, event.status_to, event.actor_role)


@pytest.mark.django_db
def test_counts_as_asked_and_every_report_consistent_with_its_events(generated):
    until = datetime(UNTIL.year, UNTIL.month, UNTIL.day, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert generated["reports"] == 200 and generated["requests"] == 60
    assert Report.objects.count() == 200 and InformationRequest.objects.count() == 60
    assert 4 <= generated["events"] / 260 <= 9  # about six events per report
    calendar = get_calendar()
    history = events_by_case("report")
    reports = Report.objects.select_related("category__clock").prefetch_related("pauses")
    statuses = set()
    for report in reports:
        events = history[report.pk]
        assert events[0].kind == "submitted" and events[0].at == report.submitted_at
        assert sum(e.kind == "submitted" for e in events) == 1
        assert all(e.at < until for e in events)
        if report.closed_at and report.status in CLOSED:
            assert not any(e.kind == "reporter_reply" and e.at > report.closed_at for e in events)  # reply() refuses
        status, changed_at = replay(events, "", report_transition_ok)
        assert status == report.status and changed_at == report.status_changed_at
        statuses.add(report.status)
        assert (report.closed_at is not None) == (report.status in CLOSED)
        open_pauses = [p for p in report.pauses.all() if p.ended_at is None]
        assert bool(open_pauses) == (report.status == Status.PERLU_INFO) == (report.paused_since is not None)
        expected = compute_due_dates(report, calendar, policy_for(report))
        assert {name: getattr(report, name) for name in expected} == expected, report.code
        assert report.verify_due is not None or report.status == Status.PERLU_INFO
        assert report.search_text == document_text(report)
        assert report.contact.nik == ""
        if report.rahasia:
            assert not any(e.visibility == "public" for e in events)
    assert {"selesai", "ditindaklanjuti", "diarsipkan"} <= statuses
    assert Pause.objects.exists()


def request_transition_ok(event):
    assert request_workflow.transition(event.status_from, event.kind, event.actor_role) == event.status_to


@pytest.mark.django_db
def test_requests_follow_their_workflow_with_numbers_and_deadlines(generated):
    calendar = get_calendar()
    history = events_by_case("info_request")
    sequences = defaultdict(list)
    for request in InformationRequest.objects.all():
        events = history[request.pk]
        assert events[0].kind == "submitted"
        status, changed_at = replay(events, "", request_transition_ok)
        assert status == request.status and changed_at == request.status_changed_at
        assert (request.due_date, request.extended_due) == compute_due(request, calendar)
        year, sequence = request.number.split("/")[1:]
        sequences[int(year)].append(int(sequence))
        if request.decision:
            # no invented letter number: a generated decision has none unless a real signed letter is made
            # (the demo signs some through pintu.letters; the bench's bulk data signs none)
            assert request.decided_at and request.notice_number == "" and request.notice_letter_id is None
    for year, numbers in sequences.items():
        assert len(numbers) == len(set(numbers))
        assert RequestCounter.objects.get(year=year).last == max(numbers)
    for objection in Objection.objects.all():
        assert objection.request.decided_at <= objection.filed_at
        assert Event.objects.filter(case_type="objection", case_id=objection.pk, kind="filed").count() == 1


@pytest.mark.django_db
def test_same_seed_same_data_and_rerun_only_tops_up(generated):
    first = list(Report.objects.order_by("code").values_list("code", "title", "status", "submitted_at"))
    again = generate.generate(generate.Options(**OPTIONS))
    assert again["reports"] == 0 and again["requests"] == 0
    generate.reset()
    assert not Report.objects.exists() and not Event.objects.filter(case_type="report").exists()
    generate.generate(generate.Options(**OPTIONS))
    assert list(Report.objects.order_by("code").values_list("code", "title", "status", "submitted_at")) == first


@pytest.mark.django_db
def test_statistics_facts_are_rebuilt(generated):
    from pintu.insights.models import ReportFact

    assert ReportFact.objects.count() == 200
