"""Every dashboard figure equals an independent calculation over generated data (reference.py).

The generated cases cross Nyepi, Idul Fitri and its cuti bersama, weekends and after-hours
receipts, and a third of the handled ones were paused for the reporter (perlu_info).
"""

from collections import Counter

import pytest

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import Report
from pintu.insights import ppid_queries, queries
from pintu.insights.dashboard import complaint_tables
from pintu.insights.facts import rebuild_all
from pintu.insights.filters import Filters
from pintu.insights.scope import PUBLIC_SCOPE, InsightScope
from pintu.workdays.calendar import get_calendar
from tests.insights import reference
from tests.insights.conftest import PERIOD, TODAY
from tests.insights.world import make_burst

ALL = InsightScope(complaints=True, ppid=True)


@pytest.fixture
def rows(generated):
    return reference.counted_rows(PERIOD.start, PERIOD.end, TODAY)


def test_the_generated_data_exercises_holidays_and_pauses(rows):
    calendar = get_calendar()
    assert any(not calendar.is_working_day(r["day"]) for r in rows)  # received on a closed day
    assert any(r["report"].pauses.exists() for r in rows)
    paused = [r for r in rows if r["report"].pauses.filter(ended_at__isnull=False).exists() and r["resolve"][0]]
    assert paused, "some resolved reports were paused on the way"
    outcomes = Counter(r[name][1] for r in rows for name in ("verify", "response", "resolve"))
    assert outcomes["met"] and outcomes["missed"]


def test_key_figures(rows):
    expected = reference.summary(rows)
    got = queries.key_figures(ALL, PERIOD, TODAY)
    for key in ("total", "rated", "reopened", "answered", "bounced", "verify_met", "verify_missed", "response_met",
                "response_missed", "resolve_met", "resolve_missed"):  # fmt: skip
        assert got[key] == expected[key], key
    assert got["rating_avg"] == pytest.approx(expected["rating_avg"])


@pytest.mark.parametrize("field", ["response", "resolve"])
def test_median_and_90th_percentile_working_days(rows, field):
    expected = reference.summary(rows)
    got = queries.durations(ALL, PERIOD, f"{field}_workdays")[None]
    assert got["n"] == expected[f"{field}_n"] > 5
    assert got["p50"] == pytest.approx(expected[f"{field}_p50"])
    assert got["p90"] == pytest.approx(expected[f"{field}_p90"])


def test_per_agency_compliance_durations_and_rates(rows):
    section = complaint_tables(ALL, PERIOD, TODAY)
    compliance = section.table("compliance_agency")
    durations = section.table("durations_agency")
    quality = section.table("reopen_bounce_agency")
    groups = reference.by(rows, lambda r: r["agency"])
    names = {a.pk: a.short_name or a.name for a in Agency.objects.filter(pk__in=[k for k in groups if k])}
    assert len(compliance.rows) == len(groups)
    for row, drow, qrow in zip(compliance.rows, durations.rows, quality.rows, strict=True):
        agency = next(k for k in groups if (names.get(k) or "Belum didisposisikan") == row[0])
        expected = reference.summary(groups[agency])
        assert row[1] == expected["total"]
        for i, name in enumerate(("verify", "response", "resolve")):
            met, missed = expected[f"{name}_met"], expected[f"{name}_missed"]
            share = round(100 * met / (met + missed), 1) if met + missed else None
            assert row[2 + 4 * i : 6 + 4 * i] == [met, missed, share, expected["total"] - met - missed], (row[0], name)
        wanted = [expected[f"{name}_{part}"] for name in ("response", "resolve") for part in ("n", "p50", "p90")]
        assert drow[1:] == pytest.approx(wanted)
        assert qrow[2] == expected["reopened"] and qrow[5] == expected["bounced"] and qrow[1] == expected["answered"]


def test_volumes_by_month_kind_category_area_agency_channel(rows):
    section = complaint_tables(ALL, PERIOD, TODAY)
    months = section.table("volume_month")
    expected_months = reference.counts(rows, lambda r: r["day"].strftime("%Y-%m"))
    assert [row[1] for row in months.rows] == [expected_months.get(f"2026-{m:02d}", 0) for m in range(1, 7)]
    assert [d["val"] for d in months.drill] == [f"2026-{m:02d}" for m in range(1, 7)]
    for key, attr in (("volume_kind", "kind"), ("volume_channel", "channel")):
        table = section.table(key)
        assert sum(row[1] for row in table.rows) == len(rows)
        assert Counter({d["val"]: row[1] for d, row in zip(table.drill, table.rows, strict=True)}) == reference.counts(
            rows, lambda r, attr=attr: getattr(r["report"], attr))  # fmt: skip
    kecamatan = section.table("volume_kecamatan")
    assert {int(d["val"]): row[1] for d, row in zip(kecamatan.drill, kecamatan.rows, strict=True)} == dict(
        reference.counts(rows, lambda r: r["report"].kecamatan_id)
    )
    category = dict(reference.counts(rows, lambda r: r["report"].category.code if r["report"].category else "none"))
    table = section.table("volume_category")
    assert {d["val"]: row[1] for d, row in zip(table.drill, table.rows, strict=True)} == category
    agency = section.table("volume_agency")
    expected_agency = reference.counts(rows, lambda r: r["report"].assigned_agency.code if r["agency"] else "none")
    assert {d["val"]: row[1] for d, row in zip(agency.drill, agency.rows, strict=True)} == dict(expected_agency)


def test_map_per_thousand_inhabitants(rows):
    table = complaint_tables(ALL, PERIOD, TODAY).table("map_kecamatan")
    per_area = reference.counts(rows, lambda r: r["report"].kecamatan_id)
    for area_id, row in zip(table.extra["area_ids"], table.rows, strict=True):
        population = Area.objects.get(pk=area_id).population
        assert row[1] == per_area.get(area_id, 0)
        assert row[3] == pytest.approx(round(1000 * per_area.get(area_id, 0) / population, 2))


def test_filters_by_agency_area_and_category(rows):
    pupr = Agency.objects.get(code="PUPR")
    some = next(r for r in rows if r["report"].category_id and r["report"].desa_id)
    filters = Filters(PERIOD.start, PERIOD.end, agency=pupr, area=some["report"].kecamatan,
                      category=some["report"].category)  # fmt: skip
    expected = [r for r in rows if r["agency"] == pupr.pk and r["report"].kecamatan_id == some["report"].kecamatan_id
                and r["report"].category_id == some["report"].category_id]  # fmt: skip
    assert queries.key_figures(ALL, filters, TODAY)["total"] == len(expected)
    dinkes = Agency.objects.get(code="DINKES")  # RSUD is a unit below Dinkes: an agency filter includes it
    got = queries.key_figures(ALL, Filters(PERIOD.start, PERIOD.end, agency=dinkes), TODAY)["total"]
    assert got == sum(1 for r in rows if r["report"].assigned_agency and r["report"].assigned_agency.code in
                      ("DINKES", "RSUD"))  # fmt: skip
    desa = some["report"].desa
    got = queries.key_figures(ALL, Filters(PERIOD.start, PERIOD.end, area=desa), TODAY)["total"]
    assert got == sum(1 for r in rows if r["report"].desa_id == desa.pk)


def test_scoped_figures_equal_the_agency_subset(generated):
    pupr = Agency.objects.get(code="PUPR")
    scope = InsightScope(complaints=True, complaint_agencies=frozenset({pupr.pk}))
    expected = reference.summary(reference.counted_rows(PERIOD.start, PERIOD.end, TODAY, agencies={pupr.pk}))
    got = queries.key_figures(scope, PERIOD, TODAY)
    assert got["total"] == expected["total"] and got["resolve_met"] == expected["resolve_met"]
    inspektorat = Agency.objects.get(code="INSPEKTORAT")
    scope = InsightScope(complaints=True, complaint_agencies=frozenset({inspektorat.pk}), pengawasan=True)
    rows = reference.counted_rows(PERIOD.start, PERIOD.end, TODAY, agencies={inspektorat.pk}, pengawasan=True)
    assert queries.key_figures(scope, PERIOD, TODAY)["total"] == len(rows) > 0


def test_public_figures_leave_rahasia_out(generated):
    rows = reference.counted_rows(PERIOD.start, PERIOD.end, TODAY, public=True)
    assert queries.key_figures(PUBLIC_SCOPE, PERIOD, TODAY)["total"] == len(rows)
    assert len(rows) < len(reference.counted_rows(PERIOD.start, PERIOD.end, TODAY))


def test_recurring_places_and_growing_topics(generated):
    category = Category.objects.order_by("pk")[3]
    kecamatan = Area.objects.filter(level="kecamatan").order_by("pk")[7]  # not used by the generator
    make_burst(25, date_(2026, 5, 12), category, kecamatan, kecamatan.children.order_by("pk").first())
    rebuild_all()
    rows = reference.counted_rows(PERIOD.start, PERIOD.end, TODAY)
    places = reference.counts([r for r in rows if r["report"].desa_id],
                              lambda r: (r["report"].desa_id, r["report"].category_id))  # fmt: skip
    expected = sorted(((n, d, c) for (d, c), n in places.items() if n >= 3), key=lambda t: (-t[0], t[1], t[2] or 0))
    got = queries.repeating_places(ALL, PERIOD)
    assert [(p["n"], p["desa"], p["category"]) for p in got] == expected[:20]
    assert got[0]["n"] == 25 and got[0]["category"] == category.pk
    second_half = Filters(date_(2026, 4, 1), date_(2026, 6, 29))
    before = reference.counted_rows(date_(2026, 1, 1), date_(2026, 3, 31), TODAY)
    now = reference.counted_rows(second_half.start, second_half.end, TODAY)
    cb, cn = (
        reference.counts(before, lambda r: r["report"].category_id),
        reference.counts(now, lambda r: r["report"].category_id),
    )
    expected = {c for c in cn if cn[c] >= 3 and (cn[c] - cb.get(c, 0)) / (cb.get(c, 0) + 1) ** 0.5 >= 2}
    assert category.pk in expected
    assert {row["category"] for row in queries.growing_categories(ALL, second_half)} == expected


def date_(*args):
    from datetime import date

    return date(*args)


def test_ppid_request_figures(generated):
    _reports, requests = generated
    calendar = get_calendar()
    in_period = [r for r in requests if PERIOD.start <= r.received_at.astimezone(calendar._tz).date() <= PERIOD.end]
    days = [calendar.working_day_number(r.complete_at, r.decided_at) for r in in_period if r.decided_at]
    targets = {r.pk: 10 + (r.extension_days or 0 if r.extended else 0) for r in in_period}
    met = sum(1 for r in in_period if r.decided_at and calendar.working_day_number(r.complete_at, r.decided_at)
              <= targets[r.pk])  # fmt: skip
    missed_open = sum(1 for r in in_period if not r.decided_at
                      and calendar.add_working_days(r.complete_at, targets[r.pk]) < TODAY)  # fmt: skip
    got = ppid_queries.request_figures(ALL, PERIOD, TODAY)
    assert got["total"] == len(in_period) and got["decided"] == len(days)
    assert got["met"] == met and got["missed"] == len(days) - met + missed_open
    assert got["p50"] == pytest.approx(reference.pct(days, 0.5))
    assert got["p90"] == pytest.approx(reference.pct(days, 0.9))
    assert got["extended"] == sum(1 for r in in_period if r.extended)
    decisions = dict(ppid_queries.requests_by(ALL, PERIOD, "decision"))
    assert decisions == dict(Counter(r.decision for r in in_period))


def test_words_that_grow_in_the_texts(generated):
    from pintu.insights.terms import growing_terms
    from pintu.textnorm import search_text

    for report in Report.objects.filter(submitted_at__month__lte=3)[:40]:  # earlier texts: "jalan" is common
        Report.objects.filter(pk=report.pk).update(search_text=search_text("Jalan rusak di desa"))
    kecamatan = Area.objects.filter(level="kecamatan").order_by("pk")[7]
    make_burst(12, date_(2026, 5, 12), None, kecamatan, None)  # "banjir jalan desa", twelve times
    rebuild_all()
    second_half = Filters(date_(2026, 4, 1), date_(2026, 6, 29))
    got = {row["term"]: row for row in growing_terms(ALL, second_half)}
    # independently: documents containing the word in each period, previous count scaled to this period's size
    def df(start, end):
        texts = [r["report"].search_text for r in reference.counted_rows(start, end, TODAY)]
        return Counter(w for t in texts for w in set(t.split())), len(texts)

    now, n_now = df(second_half.start, second_half.end)
    before, n_before = df(date_(2026, 1, 1), date_(2026, 3, 31))
    expected = {w for w, c in now.items() if c >= 5 and len(w) >= 3 and not w.isdigit()
                and (c - before[w] * n_now / n_before) / (before[w] * n_now / n_before + 1) ** 0.5 >= 3}  # fmt: skip
    assert "banjir" in expected and set(got) == expected
    assert got["banjir"]["current"] == 12 and got["banjir"]["before"] == 0
