"""Filing window, answer due date and dispute clocks, against the 2026 calendar of DOMAIN.md section 4."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from pintu.ppid.objections import clocks, services
from pintu.workdays.calendar import get_calendar
from tests.factories.ppid import at

D = datetime.date
# DOMAIN.md section 4: libur nasional and cuti bersama 2026
CLOSED_2026 = {
    D(2026, 1, 1), D(2026, 1, 16), D(2026, 2, 17), D(2026, 3, 19), D(2026, 3, 21), D(2026, 3, 22), D(2026, 4, 3),
    D(2026, 4, 5), D(2026, 5, 1), D(2026, 5, 14), D(2026, 5, 27), D(2026, 5, 31), D(2026, 6, 1), D(2026, 6, 16),
    D(2026, 8, 17), D(2026, 8, 25), D(2026, 12, 25), D(2026, 2, 16), D(2026, 3, 18), D(2026, 3, 20), D(2026, 3, 23),
    D(2026, 3, 24), D(2026, 5, 15), D(2026, 5, 28), D(2026, 12, 24),
}  # fmt: skip


def nth_working_day_after(start: datetime.date, n: int) -> datetime.date:
    """Independent count: the n-th Monday-Friday after `start` that is not closed."""
    day, k = start, 0
    while k < n:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in CLOSED_2026:
            k += 1
    return day


def test_answer_due_is_30_working_days_across_idul_fitri(demo):
    filed = at(D(2026, 3, 16))  # Monday; 18-24 March are closed (Nyepi, Idul Fitri, cuti bersama), 3 April too
    assert clocks.answer_due(get_calendar(), filed) == nth_working_day_after(D(2026, 3, 16), 30) == D(2026, 5, 6)


def test_after_office_hours_counts_from_the_next_working_day(demo):
    assert clocks.answer_due(get_calendar(), at(D(2026, 3, 13), 17)) == nth_working_day_after(D(2026, 3, 16), 30)


def test_filing_deadline_independent_count(demo):
    assert clocks.filing_deadline(get_calendar(), D(2026, 3, 10)) == nth_working_day_after(D(2026, 3, 10), 30)


def test_filed_on_day_30_is_accepted(decided_request):
    request = decided_request(D(2026, 3, 10))
    deadline = nth_working_day_after(D(2026, 3, 10), 30)
    proof = services.prove_requester(request, secret="ABCD-EFGH")
    objection = services.file_objection(proof, request, grounds=["f"], description="Biaya salinan terlalu mahal.",
                                        now=at(deadline, 15))  # fmt: skip
    assert objection.ground_arose_on == D(2026, 3, 10)
    assert objection.answer_due == nth_working_day_after(deadline, 30)


def test_filed_after_30_working_days_is_refused_with_the_reason(decided_request):
    request = decided_request(D(2026, 3, 10))
    day_31 = nth_working_day_after(D(2026, 3, 10), 31)
    proof = services.prove_requester(request, secret="ABCD-EFGH")
    with pytest.raises(ValidationError) as exc:
        services.file_objection(proof, request, grounds=["f"], description="Biaya salinan terlalu mahal.",
                                now=at(day_31))  # fmt: skip
    message = " ".join(exc.value.messages)
    assert "Keberatan diajukan lewat dari 30 hari kerja sejak" in message
    assert "10 Maret 2026" in message


def test_a_weekend_after_day_30_is_late(decided_request):
    request = decided_request(D(2026, 3, 10))
    deadline = nth_working_day_after(D(2026, 3, 10), 30)
    saturday = deadline + datetime.timedelta(days=(5 - deadline.weekday()) % 7 or 7)
    assert saturday.weekday() == 5 and saturday > deadline
    with pytest.raises(ValidationError):
        services.file_objection(services.prove_requester(request, secret="ABCD-EFGH"), request, grounds=["f"],
                                description="x", now=at(saturday))  # fmt: skip


def test_grounds_c_and_g_arise_on_the_due_date(pupr):
    from tests.factories.ppid import make_request

    request = make_request(pupr, received=at(D(2026, 4, 1)), due=D(2026, 4, 16))
    assert clocks.default_ground_arose_on("c", request) == D(2026, 4, 16)
    request.decided_at = at(D(2026, 4, 20))
    assert clocks.default_ground_arose_on("g", request) == D(2026, 4, 16)
    assert clocks.default_ground_arose_on("fg", request) == D(2026, 4, 20)  # the later one counts
    request.extended_due = D(2026, 4, 27)
    assert clocks.default_ground_arose_on("c", request) == D(2026, 4, 27)


def test_dispute_clocks(demo):
    calendar = get_calendar()
    start_due, finish_due = clocks.dispute_dues(calendar, D(2026, 7, 1))
    assert start_due == nth_working_day_after(D(2026, 7, 1), 14)
    assert finish_due == nth_working_day_after(D(2026, 7, 1), 100)


def test_clock_text_is_day_n_of_m(demo):
    from types import SimpleNamespace

    calendar = get_calendar()
    dispute = SimpleNamespace(status="mediation", filed_on=D(2026, 7, 1))
    [finish] = clocks.dispute_clocks(calendar, dispute, now=at(D(2026, 7, 3)))
    assert finish.text == "hari kerja ke-2 dari 100"
    dispute.status = "filed"
    start, finish = clocks.dispute_clocks(calendar, dispute, now=at(D(2026, 7, 3)))
    assert start.text == "hari kerja ke-2 dari 14"
