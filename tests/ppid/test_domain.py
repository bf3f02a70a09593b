"""The plain-Python PPID rules: months, berkala due dates on working days, due states, transitions."""

from datetime import date

import pytest

from pintu.ppid import domain


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 6, date(2026, 7, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
        (date(2026, 3, 31), 12, date(2027, 3, 31)),
    ],
)
def test_add_months(day, months, expected):
    assert domain.add_months(day, months) == expected


def test_berkala_due_moves_back_to_a_working_day():
    weekdays = lambda d: d.weekday() < 5  # noqa: E731
    # 2026-01-03 + 6 months = 2026-07-03 (Friday): stays.
    assert domain.berkala_due(date(2026, 1, 3), 6, weekdays) == date(2026, 7, 3)
    # 2026-01-05 + 6 months = 2026-07-05 (Sunday): back to Friday 3 July.
    assert domain.berkala_due(date(2026, 1, 5), 6, weekdays) == date(2026, 7, 3)
    closed = {date(2026, 7, 3)}
    assert domain.berkala_due(date(2026, 1, 5), 6, lambda d: weekdays(d) and d not in closed) == date(2026, 7, 2)


def test_due_state():
    today = date(2026, 3, 2)
    assert domain.due_state(None, today, 14) is None
    assert domain.due_state(date(2026, 3, 1), today, 14).overdue
    soon = domain.due_state(date(2026, 3, 16), today, 14)
    assert soon.soon and not soon.overdue and soon.days_left == 14
    assert not domain.due_state(date(2026, 3, 17), today, 14).soon


def test_exemption_holds_through_its_end_date():
    assert not domain.exemption_expired(date(2026, 3, 2), date(2026, 3, 2))
    assert domain.exemption_expired(date(2026, 3, 1), date(2026, 3, 2))
