"""When the law still needs a case (pintu.mydata.duty, pure): restrict until when, or erase now."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pintu.mydata.duty import ARCHIVE, ERASE, OPEN_PROCEEDING, add_years, decide

TODAY = date(2026, 5, 4)
days = st.dates(date(2010, 1, 1), date(2030, 12, 31))


def test_an_open_proceeding_is_restricted_for_the_archive_period_from_today():
    decision = decide(open_proceeding=True, ended_on=None, today=TODAY, retention_years=5,
                      personal_data_archived=False)  # fmt: skip
    assert (decision.restrict, decision.reason, decision.until) == (True, OPEN_PROCEEDING, date(2031, 5, 4))


def test_a_closed_case_is_restricted_until_its_archive_period_ends_when_the_identity_is_archived():
    decision = decide(open_proceeding=False, ended_on=date(2025, 1, 10), today=TODAY, retention_years=5,
                      personal_data_archived=True)  # fmt: skip
    assert (decision.restrict, decision.reason, decision.until) == (True, ARCHIVE, date(2030, 1, 10))


def test_not_archived_or_past_the_period_is_erased_now():
    assert decide(open_proceeding=False, ended_on=None, today=TODAY, retention_years=5,
                  personal_data_archived=False) == ERASE  # fmt: skip
    assert decide(open_proceeding=False, ended_on=date(2020, 1, 1), today=TODAY, retention_years=5,
                  personal_data_archived=True) == ERASE  # fmt: skip


def test_29_february_plus_a_year_is_28_february():
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


@given(st.booleans(), st.one_of(st.none(), days), days, st.integers(1, 30), st.booleans())
def test_a_restriction_never_ends_before_today_and_an_open_proceeding_is_never_erased(
    open_proceeding, ended_on, today, years, archived
):
    decision = decide(open_proceeding=open_proceeding, ended_on=ended_on, today=today, retention_years=years,
                      personal_data_archived=archived)  # fmt: skip
    if open_proceeding:
        assert decision.restrict and decision.reason == OPEN_PROCEEDING
    if decision.restrict:
        assert decision.until >= today
        assert decision.until <= add_years(max(today, ended_on or today), years)
    else:
        assert not open_proceeding
        assert not archived or add_years(ended_on or today, years) < today


@given(days, st.integers(1, 30))
def test_add_years_keeps_month_and_moves_by_whole_years(day, years):
    later = add_years(day, years)
    assert later.year == day.year + years and later.month == day.month
    assert timedelta(days=365 * years) <= later - day <= timedelta(days=366 * years)
