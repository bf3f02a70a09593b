"""Every figure of annual_stats equals an independent count over a generated year."""

import datetime
import statistics
from collections import Counter

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.ppid.annual.stats import annual_stats
from pintu.ppid.models import PpidSettings
from pintu.workdays.models import ClosedDay
from tests.ppid.annual.conftest import YEAR


def independent_days(start: datetime.datetime, notice: datetime.datetime, closed: set) -> int:
    """Working days from the clock start to the notice, counted by hand: a start after 16:00 or on a closed
    day counts from the next working day; day 1 is the first working day after that."""

    def working(day):
        return day.weekday() < 5 and day not in closed

    start = timezone.localtime(start)
    effective = start.date()
    if start.hour >= 16 or not working(effective):
        effective += datetime.timedelta(days=1)
        while not working(effective):
            effective += datetime.timedelta(days=1)
    end = timezone.localdate(notice)
    return sum(1 for n in range(1, (end - effective).days + 1)
               if working(effective + datetime.timedelta(days=n)))  # fmt: skip


def under(agency, candidate) -> bool:
    while candidate is not None:
        if candidate.pk == agency.pk:
            return True
        candidate = candidate.parent
    return False


def expected_for(data, agency=None) -> dict:
    closed = set(ClosedDay.objects.filter(active=True).values_list("date", flat=True))
    waits = PpidSettings.load().request_clock_waits_for_complete

    def mine(a):
        return agency is None or under(agency, a)

    requests = [r for r in data.requests if timezone.localdate(r.received_at).year == YEAR and mine(r.assigned_agency)]
    decided = [r for r in requests if r.decided_at]
    days = [independent_days(r.complete_at if waits else r.received_at, r.decided_at, closed) for r in decided]
    objections = [o for o in data.objections if timezone.localdate(o.filed_at).year == YEAR and mine(o.agency)]
    disputes = [d for d in data.disputes if d.filed_on.year == YEAR and mine(d.objection.agency)]
    ground_counts = Counter()
    for o in objections:
        for letter in o.grounds:
            ground_counts[letter] += 1
    return {
        "total": len(requests),
        "decided": len(decided),
        "by_decision": Counter(r.decision for r in decided),
        "refused_by_article": Counter(r.refusal_article or "-" for r in decided if r.decision == "refused"),
        "days": days,
        "objections": len(objections),
        "by_ground": ground_counts,
        "by_objection_decision": Counter(o.decision or "pending" for o in objections),
        "to_ki": sum(1 for o in objections if o.response == "goes_to_ki"),
        "disputes": len(disputes),
        "by_stage": Counter(d.status for d in disputes),
        "by_outcome": Counter(d.outcome or "open" for d in disputes),
        "late": sum(1 for d in disputes if d.filed_late),
    }


def assert_matches(stats, expected):
    req, obj, dis = stats["requests"], stats["objections"], stats["disputes"]
    assert req["total"] == expected["total"]
    assert req["decided"] == expected["decided"]
    assert req["undecided"] == expected["total"] - expected["decided"]
    for decision, n in req["by_decision"].items():
        assert n == expected["by_decision"].get(decision, 0), decision
    assert sum(req["by_decision"].values()) == expected["decided"]
    for article, n in req["refused_by_article"].items():
        assert n == expected["refused_by_article"].get(article, 0), article
    time = req["time"]
    assert sorted(row["days"] for row in time["rows"]) == sorted(expected["days"])
    assert time["count"] == len(expected["days"])
    assert time["median"] == (statistics.median(expected["days"]) if expected["days"] else None)
    assert time["max"] == (max(expected["days"]) if expected["days"] else None)
    assert time["within_10"] == sum(1 for d in expected["days"] if d <= 10)
    assert obj["total"] == expected["objections"]
    assert obj["by_ground"] == {letter: expected["by_ground"].get(letter, 0) for letter in "abcdefg"}
    for decision, n in obj["by_decision"].items():
        assert n == expected["by_objection_decision"].get(decision, 0), decision
    assert obj["to_ki"] == expected["to_ki"]
    assert dis["total"] == expected["disputes"]
    for stage, n in dis["by_stage"].items():
        assert n == expected["by_stage"].get(stage, 0), stage
    for outcome, n in dis["by_outcome"].items():
        assert n == expected["by_outcome"].get(outcome, 0), outcome
    assert dis["late"] == expected["late"]


def test_whole_pemkab_figures_equal_an_independent_count(generated_year):
    stats = annual_stats(YEAR)
    expected = expected_for(generated_year)
    assert expected["total"] == 40 and expected["decided"] > 20 and expected["objections"] > 5  # a real sample
    assert expected["disputes"] > 0
    assert_matches(stats, expected)
    assert sum(stats["requests"]["per_agency"].values()) == 40
    assert stats["agency"] is None


@pytest.mark.parametrize("code", ["PUPR", "DINKES", "RSUD", "DISKOMINFO"])
def test_per_opd_figures_equal_an_independent_count(generated_year, code):
    agency = Agency.objects.get(code=code)
    stats = annual_stats(YEAR, agency)
    assert stats["agency"] == {"code": code, "name": agency.name}
    assert_matches(stats, expected_for(generated_year, agency))


def test_dinkes_includes_its_hospital(generated_year):
    dinkes = annual_stats(YEAR, Agency.objects.get(code="DINKES"))["requests"]["total"]
    rsud = annual_stats(YEAR, Agency.objects.get(code="RSUD"))["requests"]["total"]
    own = sum(1 for r in generated_year.requests if r.received_at.year == YEAR and r.assigned_agency
              and r.assigned_agency.code == "DINKES")  # fmt: skip
    assert dinkes == own + rsud


def test_clock_from_receipt_when_the_setting_says_so(generated_year):
    settings_row = PpidSettings.load()
    settings_row.request_clock_waits_for_complete = False
    settings_row.save()
    assert_matches(annual_stats(YEAR), expected_for(generated_year))


def test_stats_are_json_ready(generated_year):
    import json

    assert json.loads(json.dumps(annual_stats(YEAR)))["year"] == YEAR


def test_empty_year(demo):
    stats = annual_stats(2019)
    assert stats["requests"]["total"] == 0
    assert stats["requests"]["time"] == {"count": 0, "median": None, "max": None, "within_10": 0, "rows": []}
