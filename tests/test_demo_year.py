"""`manage.py load_demo`'s year of use (pintu.demo.year): deterministic, complete, and true to the rules."""

from collections import defaultdict
from datetime import date, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.cases.tracking import secret_matches
from pintu.complaints.clocks import compute_due_dates, policy_for
from pintu.complaints.models import Escalation, Report
from pintu.complaints.workflow import AT_OPD, CLOSED, Status, TransitionError, transition
from pintu.demo.year import build, contacts
from pintu.history.models import Event
from pintu.insights.models import ReportFact
from pintu.letters.selectors import letters_of_case
from pintu.ppid.domain import OBJECTION_ANSWER_DAYS
from pintu.ppid.objections import workflow as objection_workflow
from pintu.ppid.objections.models import Dispute, Objection
from pintu.ppid.registers.models import DikItem
from pintu.ppid.requests import workflow as request_workflow
from pintu.ppid.requests.clocks import compute_due
from pintu.ppid.requests.models import InformationRequest
from pintu.workdays.calendar import get_calendar

REFERENCE = date(2026, 11, 2)
SMALL = {"seed": 11, "reference": REFERENCE, "reports": 240, "requests": 50}


def load_command(**options) -> str:
    out = StringIO()
    call_command("load_demo", allow_demo_accounts_in_production=True, stdout=out, **options)
    return out.getvalue()


def signature():
    reports = Report.objects.order_by("code").values_list("code", "title", "status", "submitted_at", "category__code")
    requests = InformationRequest.objects.order_by("number").values_list("number", "status", "received_at")
    return list(reports), list(requests), Objection.objects.count(), Event.objects.count()


@pytest.mark.django_db
def test_the_same_seed_plans_the_same_year_and_the_database_holds_that_plan(demo):
    counts = build.load_year(**SMALL)
    assert counts.reports >= 240 and counts.requests >= 50
    until = build.reference_until(REFERENCE)

    def plan(seed):
        world = build.make_world(seed, until)
        sims = build.plan_reports(world, seed, 240, list(range(1, 400)), build.staffed(Role.PEJABAT_PENGHUBUNG))
        return [(s.row["code"], s.row["title"], str(s.status), s.row["submitted_at"]) for s in sims]

    first = plan(11)
    assert first == plan(11)
    assert first != plan(12)
    stored = {code: (title, status, at) for code, title, status, at, _ in signature()[0]}
    assert {code: (title, status, at) for code, title, status, at in first} == stored
    assert build.load_year(**SMALL).reports == 0  # loaded once: a second run adds nothing


def replay(events, check):
    status, changed_at = "", None
    for event in events:
        if not event.status_to:
            continue
        if event.kind != "submitted":
            assert event.status_from == status, (event.kind, event.status_from, status)
            check(event)
        status, changed_at = event.status_to, event.at
    return status, changed_at


def report_step_ok(event):
    actions = ["post_follow_up", "record_external_answer"] if event.kind == "follow_up" else [event.kind]
    targets = set()
    for action in actions:
        try:
            targets.add(transition(event.status_from, action, event.actor_role or None))
        except TransitionError:
            pass
    assert event.status_to in targets, (event.kind, event.status_from, event.status_to)


@pytest.mark.django_db
def test_every_generated_case_keeps_the_domain_rules(demo):
    build.load_year(**SMALL)
    until = build.reference_until(REFERENCE)
    calendar = get_calendar()
    history = defaultdict(list)
    for event in Event.objects.order_by("at", "pk"):
        history[(event.case_type, event.case_id)].append(event)
    for report in Report.objects.select_related("category__clock").prefetch_related("pauses"):
        events = history[("report", report.pk)]
        assert events[0].kind == "submitted" and events[0].at == report.submitted_at
        assert all(e.at < until for e in events if e.kind != "escalated")
        status, changed_at = replay(events, report_step_ok)
        assert status == report.status and changed_at == report.status_changed_at
        assert (report.closed_at is not None) == (report.status in CLOSED)
        # due dates: the working-day calendar, as the services compute them
        expected = compute_due_dates(report, calendar, policy_for(report))
        assert {name: getattr(report, name) for name in expected} == expected, report.code
        if report.rahasia:
            assert not any(e.visibility == "public" for e in events)
    for request in InformationRequest.objects.all():
        events = history[("info_request", request.pk)]

        def request_step_ok(event):
            assert request_workflow.transition(event.status_from, event.kind, event.actor_role) == event.status_to

        status, changed_at = replay([e for e in events if e.kind != "overdue_escalated"], request_step_ok)
        assert status == request.status and changed_at == request.status_changed_at
        assert (request.due_date, request.extended_due) == compute_due(request, calendar)
    for objection in Objection.objects.select_related("request"):
        assert objection.request.decided_at <= objection.filed_at
        assert objection.answer_due == calendar.add_working_days(objection.filed_at, OBJECTION_ANSWER_DAYS)
    # any demo case opens with its code and the published secret
    assert secret_matches(Report.objects.first(), build.DEMO_SECRET)
    assert secret_matches(InformationRequest.objects.first(), build.DEMO_SECRET)
    # history is append-only: the database refuses to change an event
    with pytest.raises(Exception):  # noqa: B017 - the trigger's error class differs per database
        Event.objects.filter(pk=Event.objects.first().pk).update(reason="diubah")


@pytest.mark.django_db
def test_the_command_loads_a_year_with_every_state_and_small_skips_it():
    out = load_command(small=True)
    assert "Setahun pemakaian" not in out and not Report.objects.exists()
    reference = timezone.localdate()
    out = load_command()
    assert "Setahun pemakaian" in out and "DEMO-2026" in out
    assert set(Report.objects.values_list("status", flat=True)) == {str(s) for s in Status}
    assert set(InformationRequest.objects.values_list("status", flat=True)) == {str(s) for s in request_workflow.Status}
    assert {str(s) for s in build.OBJECTION_STATES} <= set(Objection.objects.values_list("status", flat=True))
    assert Dispute.objects.exists()
    # each demo account's agency has open work in its workspace
    for code in ("PUPR", "DINKES"):
        assert Report.objects.filter(assigned_agency__code=code, status__in=AT_OPD).exists()
        assert InformationRequest.objects.filter(assigned_agency__code=code, status__in=build.OPEN_REQUEST).exists()
    assert ReportFact.objects.count() == Report.objects.count()
    assert Escalation.objects.exists()  # what is overdue today was escalated by the sweep
    assert {"draft", "in_force", "lifted"} <= set(DikItem.objects.values_list("status", flat=True))
    assert_the_year_has_its_letters()
    # the categories, kecamatan and agencies are spread
    assert Report.objects.values("category").distinct().count() >= 15
    assert Report.objects.values("kecamatan").distinct().count() == 16
    assert Report.objects.values("assigned_agency").distinct().count() >= 15
    # a second run (make run again) adds nothing
    assert "sudah dimuat" in load_command()
    # /statistik/: reports in each of the twelve months before this one
    first = (reference.replace(day=1) - timedelta(days=335)).replace(day=1)
    last = reference.replace(day=1) - timedelta(days=1)
    months = {f"{first.year + (first.month - 1 + i) // 12}-{(first.month - 1 + i) % 12 + 1:02d}" for i in range(12)}
    assert len(months) == 12
    per_month = ReportFact.objects.filter(submitted_on__range=(first, last)).values_list("submitted_month", flat=True)
    assert {m.strftime("%Y-%m") for m in per_month} == months


def assert_the_year_has_its_letters():
    """Decisions, extensions and the Atasan's answers went out as signed letters, dated on their day."""
    year = InformationRequest.objects.filter(idempotency_key__startswith=build.KEY_PREFIX)
    with_letter = year.filter(notice_letter__isnull=False).select_related("notice_letter")
    assert {r.decision for r in with_letter} >= {"granted_whole", "granted_part", "refused", "not_held", "forwarded"}
    for request in with_letter:
        letter = request.notice_letter
        assert letter.status == "issued" and letter.sha256 and bytes(letter.pdf).startswith(b"%PDF")
        assert letter.dated == timezone.localdate(request.decided_at) and request.notice_number == letter.number
        assert request.documents.filter(is_notice=True).exists()  # the requester's copy
        if request.decision == "refused":
            assert request.refusal_dik.decided_at <= letter.dated and request.refusal_article
    # what the workspaces show first: every decision still open, every extension still running
    assert not year.filter(status__in=["diputuskan", "dialihkan"], notice_letter__isnull=True).exists()
    assert year.filter(decided_at__isnull=False, notice_letter__isnull=True).exclude(notice_number="").count() == 0
    extended = year.filter(status="diperpanjang")
    assert all(letters_of_case(r).filter(kind="pemberitahuan_perpanjangan").exists() for r in extended)
    answered = Objection.objects.filter(decided_at__isnull=False)
    assert answered.exists() and not answered.filter(answer_letter__isnull=True).exists()
    assert all(o.answer_letter.dated == timezone.localdate(o.decided_at) for o in answered)


@pytest.mark.django_db
def test_the_public_statistics_page_shows_the_year(client):
    load_command(reference=REFERENCE)
    response = client.get("/statistik/data/volume_month.json", {"dari": "2025-11-01", "sampai": "2026-10-31"})
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert len(rows) == 12 and all(isinstance(row["reports"], int) and row["reports"] >= 20 for row in rows)
    page = client.get("/statistik/", {"dari": "2025-11-01", "sampai": "2026-10-31"})
    assert page.status_code == 200
    assert client.get("/ppid/").status_code == 200
    directory = client.get("/instansi/").content.decode()
    assert contacts.OFFICE_COMPLEX in directory and "pupr@demo.pintu.invalid" in directory
    # officials: the head by post, the PPID Pembantu (pejabat.csv) and the pejabat penghubung
    assert "Kepala Dinas Pekerjaan Umum dan Penataan Ruang: " in directory
    assert "PPID Pembantu: Dewi Kartika" in directory and "Pejabat penghubung: " in directory


@pytest.mark.django_db
def test_demo_contacts_fill_only_what_is_blank(demo):
    Agency.objects.filter(code="PUPR").update(phone="0711-123456", address="", email="")
    assert contacts.fill_demo_contacts() > 30
    pupr = Agency.objects.get(code="PUPR")
    assert pupr.phone == "0711-123456" and pupr.address == contacts.OFFICE_COMPLEX and pupr.email.endswith(".invalid")
    assert Agency.objects.get(code="KEC_1610060").address.startswith("Kantor Camat Indralaya")
    assert not Agency.objects.get(code="PLN_UP3_OI").email  # outside instansi are left as the region data has them
    assert contacts.fill_demo_contacts() == 0


def test_the_reference_day_is_local_midnight():
    until = build.reference_until(REFERENCE)
    assert until == datetime(2026, 11, 2, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert objection_workflow.Status.DISPUTED in build.OBJECTION_STATES


@pytest.mark.django_db
def test_the_demo_citizen_has_reports_of_its_own(demo, client):
    build.load_year(**SMALL)
    own = Report.objects.filter(reporter_user__username=build.CITIZEN_USERNAME)
    assert own.exists()
    assert not own.filter(anonim=True).exists() and not own.filter(rahasia=True).exists()
    assert set(own.values_list("channel", flat=True)) == {"web"}
    contact = own.first().contact
    assert contact.name == "Warga Indralaya" and contact.email == "warga@demo.pintu.invalid"
    client.force_login(own.first().reporter_user)
    page = client.get("/akun/laporan/").content.decode()
    assert own.first().code in page
