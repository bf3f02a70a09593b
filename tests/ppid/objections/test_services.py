"""Objection and dispute services: numbering, transitions, permissions per role, events, the sweep."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from pintu.history.models import Event, Visibility
from pintu.history.selectors import events_visible_to
from pintu.jobs.sweeps import run_sweeps
from pintu.ppid.objections import services
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.selectors import disputes_visible_to, objections_of_requester, objections_visible_to
from tests.factories.letters import answer_objection
from tests.factories.ppid import SECRET, at, make_request

TODAY = timezone.localdate


@pytest.fixture
def objection(decided_request):
    def make(**kwargs):
        request = kwargs.pop("request", None) or decided_request()
        proof = services.prove_requester(request, secret=SECRET)
        return services.file_objection(proof, request, grounds=kwargs.pop("grounds", ["f"]),
                                       description="Biaya salinan Rp150.000 tidak wajar untuk berkas elektronik.",
                                       **kwargs)  # fmt: skip

    return make


def test_numbers_are_per_year_and_sequential(objection):
    first, second = objection(), objection()
    year = TODAY().year
    assert first.number == f"KEB/{year}/000001"
    assert second.number == f"KEB/{year}/000002"


def test_filing_records_the_request_facts(objection, pupr):
    o = objection(grounds=["f", "a"])
    assert o.grounds == "af"
    assert o.agency == pupr
    assert o.requester_name == "Siti Pemohon"
    assert o.contact == "siti@contoh.invalid"
    assert o.status == "registered"
    assert o.channel == "online"


def test_filing_notifies_the_atasan_and_the_ppid_utama(objection):
    mail.outbox.clear()
    objection()
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"atasan.ppid@demo.pintu.invalid", "ppid.utama@demo.pintu.invalid"} <= recipients


def test_wrong_secret_or_other_account_is_refused(decided_request, user_named):
    request = decided_request()
    with pytest.raises(PermissionDenied):
        services.prove_requester(request, secret="WRONG-CODE")
    with pytest.raises(PermissionDenied):
        services.prove_requester(request, user=user_named("warga"))
    other = decided_request()
    proof = services.prove_requester(other, secret=SECRET)
    with pytest.raises(PermissionDenied):
        services.file_objection(proof, request, grounds=["f"], description="x")


def test_account_owner_files_without_secret(decided_request, user_named):
    warga = user_named("warga")
    request = decided_request(user=warga)
    proof = services.prove_requester(request, user=warga)
    o = services.file_objection(proof, request, grounds=["d"], description="Yang diberikan bukan yang diminta.")
    assert list(objections_of_requester(warga)) == [o]


def test_ground_a_needs_a_notice(pupr):
    request = make_request(pupr, received=timezone.now() - datetime.timedelta(days=3))
    proof = services.prove_requester(request, secret=SECRET)
    with pytest.raises(ValidationError) as exc:
        services.file_objection(proof, request, grounds=["a"], description="x")
    assert "belum" in " ".join(exc.value.messages)


def test_ground_b_without_request_needs_an_account_or_the_ppid_utama(demo, user_named):
    warga = user_named("warga")
    proof = services.prove_requester(None, user=warga)
    o = services.file_objection(proof, None, grounds=["b"], description="Laporan keuangan 2025 belum diumumkan.",
                                information="Ringkasan laporan keuangan 2025")  # fmt: skip
    assert o.request is None and o.ground_arose_on == TODAY()
    with pytest.raises(ValidationError):
        services.file_objection(proof, None, grounds=["f"], description="x", information="y")
    with pytest.raises(PermissionDenied):
        services.prove_requester(None)


def test_paper_registration_by_the_ppid_utama_only(decided_request, user_named):
    request = decided_request(datetime.date(2026, 3, 10))
    for username in ("ppid.pupr", "atasan.ppid", "warga"):
        with pytest.raises(PermissionDenied):
            services.register_objection(user_named(username), info_request=request, grounds=["f"], description="x")
    o = services.register_objection(user_named("ppid.utama"), info_request=request, grounds=["f"],
                                    description="Diserahkan di meja layanan.", filed_at=at(datetime.date(2026, 3, 12)),
                                    is_proxy=True, proxy_name="Andi Kuasa")  # fmt: skip
    assert o.channel == "paper" and o.registered_by.username == "ppid.utama"
    assert o.filer_display == "Andi Kuasa (kuasa dari Siti Pemohon)"


def test_only_the_atasan_decides(objection, user_named):
    o = objection()
    for username in ("ppid.utama", "ppid.pupr", "sysadmin", "warga"):
        with pytest.raises(PermissionDenied):
            services.decide_objection(user_named(username), o, decision="accepted", text="x")
    mail.outbox.clear()
    o = answer_objection(user_named("atasan.ppid"), o, decision="partial",
                                  text="Biaya dikurangi menjadi biaya penggandaan nyata.")  # fmt: skip
    assert (o.status, o.decision, o.atasan_name, o.atasan_post) == ("answered", "partial", "Sekretaris Daerah", "Sekda")
    assert [m.to for m in mail.outbox] == [["siti@contoh.invalid"]]
    with pytest.raises(ValidationError):  # not twice
        answer_objection(user_named("atasan.ppid"), o, decision="accepted", text="x")


def test_requester_response_and_the_paper_response(objection, user_named, decided_request):
    o = objection()
    proof = services.prove_requester(o.request, secret=SECRET)
    with pytest.raises(ValidationError):  # nothing to accept yet
        services.record_response(proof, o, "accepts")
    answer_objection(user_named("atasan.ppid"), o, decision="refused", text="Biaya sesuai perbup.")
    stranger = services.prove_requester(decided_request(), secret=SECRET)
    with pytest.raises(PermissionDenied):
        services.record_response(stranger, o, "accepts")
    with pytest.raises(PermissionDenied):
        services.record_response(user_named("atasan.ppid"), o, "accepts")
    o = services.record_response(proof, o, "goes_to_ki")
    assert (o.status, o.response) == ("disputed", "goes_to_ki")
    other = objection()
    answer_objection(user_named("atasan.ppid"), other, decision="accepted", text="Biaya dihapus.")
    assert services.record_response(user_named("ppid.utama"), other, "accepts").status == "closed"


def test_dispute_with_stages_and_outcome(objection, user_named):
    o = objection()
    atasan, utama = user_named("atasan.ppid"), user_named("ppid.utama")
    answer_objection(atasan, o, decision="refused", text="Ditolak.")
    with pytest.raises(PermissionDenied):
        services.record_dispute(atasan, o, filed_on=TODAY())
    result = services.record_dispute(utama, o, filed_on=TODAY(), register_number="001/REG-PSI/2026")
    dispute = result.dispute
    assert not result.late and result.warning == ""
    assert dispute.commission.code == "KI_SUMSEL"
    assert Objection.objects.get(pk=o.pk).status == "disputed"
    with pytest.raises(ValidationError):
        services.record_dispute(utama, o, filed_on=TODAY())
    with pytest.raises(ValidationError):  # agreement before mediation started
        services.record_dispute_step(utama, dispute, action="agreement", on=TODAY(), note="x")
    with pytest.raises(PermissionDenied):
        services.record_dispute_step(atasan, dispute, action="mediation", on=TODAY())
    services.record_dispute_step(utama, dispute, action="mediation", on=TODAY())
    services.record_dispute_step(utama, dispute, action="mediation_failed", on=TODAY())
    with pytest.raises(ValidationError):  # a decision needs its ruling
        services.record_dispute_step(utama, dispute, action="decision", on=TODAY())
    services.record_dispute_step(utama, dispute, action="decision", on=TODAY(), ruling="granted")
    with pytest.raises(ValidationError):
        services.record_dispute_step(utama, dispute, action="court_appeal", on=TODAY())
    services.record_dispute_step(utama, dispute, action="court_appeal", on=TODAY(), court="ptun")
    dispute = services.record_dispute_step(utama, dispute, action="court_decision", on=TODAY(), ruling="upheld")
    assert (dispute.status, dispute.outcome) == ("court_ruled", "")  # kasasi may still follow
    dispute = services.record_dispute_step(utama, dispute, action="court_final", on=TODAY())
    assert (dispute.status, dispute.outcome, dispute.ruling, dispute.court) == ("closed", "court", "upheld", "ptun")
    assert list(dispute.steps.values_list("action", flat=True)) == [
        "mediation", "mediation_failed", "decision", "court_appeal", "court_decision", "court_final"]  # fmt: skip


def test_late_dispute_is_recorded_with_a_warning(decided_request, user_named):
    request = decided_request(datetime.date(2026, 3, 10))
    utama, atasan = user_named("ppid.utama"), user_named("atasan.ppid")
    o = services.register_objection(utama, info_request=request, grounds=["f"], description="x",
                                    filed_at=at(datetime.date(2026, 3, 12)))  # fmt: skip
    answer_objection(atasan, o, decision="refused", text="Ditolak.", decided_at=at(datetime.date(2026, 4, 1)))
    result = services.record_dispute(utama, o, filed_on=datetime.date(2026, 6, 1))
    assert result.late and result.dispute.filed_late
    assert "lewat dari 14 hari kerja" in result.warning


def test_unanswered_objection_dispute_window_runs_from_the_answer_due_date(decided_request, user_named):
    from pintu.ppid.objections import clocks
    from pintu.workdays.calendar import get_calendar

    request = decided_request(datetime.date(2026, 3, 10))
    o = services.register_objection(user_named("ppid.utama"), info_request=request, grounds=["f"], description="x",
                                    filed_at=at(datetime.date(2026, 3, 12)))  # fmt: skip
    calendar = get_calendar()
    assert clocks.dispute_filing_deadline(calendar, o) == calendar.add_working_days(o.answer_due, 14)


def test_events_are_never_public(objection, user_named, client):
    o = objection()
    answer_objection(user_named("atasan.ppid"), o, decision="accepted", text="Diterima.")
    kinds = list(Event.objects.filter(case_type="objection", case_id=o.pk).values_list("kind", flat=True))
    assert kinds[0] == "filed" and sorted(kinds[1:]) == ["decide", "letter_drafted", "letter_signed"]
    assert not events_visible_to(None).filter(case_type="objection").exists()
    assert not events_visible_to(user_named("warga")).filter(case_type="objection").exists()
    assert events_visible_to(user_named("atasan.ppid")).filter(case_type="objection").count() == 4
    assert not Event.objects.filter(case_type="objection", visibility=Visibility.PUBLIC).exists()


def test_visibility_per_role(objection, user_named, agency_by_code):
    o = objection()
    for username in ("ppid.utama", "atasan.ppid", "ppid.pupr"):
        assert list(objections_visible_to(user_named(username))) == [o], username
    for username in ("ppid.dinkes", "warga", "admin.kominfo", "penghubung.pupr", "sysadmin"):
        assert not objections_visible_to(user_named(username)).exists(), username
    assert not disputes_visible_to(user_named("ppid.dinkes")).exists()


@pytest.fixture
def agency_by_code(demo):
    from pintu.agencies.models import Agency

    return lambda code: Agency.objects.get(code=code)


def test_sweep_escalates_an_overdue_objection_once(decided_request, user_named):
    request = decided_request(datetime.date(2026, 3, 10))
    o = services.register_objection(user_named("ppid.utama"), info_request=request, grounds=["f"], description="x",
                                    filed_at=at(datetime.date(2026, 3, 12)))  # fmt: skip
    mail.outbox.clear()
    now = at(o.answer_due + datetime.timedelta(days=1))
    assert run_sweeps(now, ["ppid.objection_overdue"]) == {"ppid.objection_overdue": 1}
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"atasan.ppid@demo.pintu.invalid", "ppid.utama@demo.pintu.invalid"}
    assert run_sweeps(now, ["ppid.objection_overdue"]) == {"ppid.objection_overdue": 0}
    assert run_sweeps(now + datetime.timedelta(days=3), ["ppid.objection_overdue"]) == {"ppid.objection_overdue": 0}
    assert Event.objects.filter(case_type="objection", case_id=o.pk, kind="escalated").count() == 1
    assert len(mail.outbox) == 2


def test_sweep_ignores_answered_and_not_yet_due(decided_request, user_named, objection):
    fresh = objection()
    assert run_sweeps(timezone.now(), ["ppid.objection_overdue"]) == {"ppid.objection_overdue": 0}
    request = decided_request(datetime.date(2026, 3, 10))
    old = services.register_objection(user_named("ppid.utama"), info_request=request, grounds=["f"], description="x",
                                      filed_at=at(datetime.date(2026, 3, 12)))  # fmt: skip
    answer_objection(user_named("atasan.ppid"), old, decision="accepted", text="ok")
    assert run_sweeps(timezone.now(), ["ppid.objection_overdue"]) == {"ppid.objection_overdue": 0}
    assert fresh.status == "registered"


def test_calendar_change_recomputes_open_answer_dues(objection, user_named):
    from pintu.ppid.objections.services import recompute_answer_dues
    from pintu.workdays.domain import WorkCalendar

    o = objection()
    closed_everything = WorkCalendar([o.answer_due])
    assert recompute_answer_dues(closed_everything) == 1
    o.refresh_from_db()
    assert o.answer_due == closed_everything.add_working_days(o.filed_at, 30)
