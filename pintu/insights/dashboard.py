"""The complaint section of the dashboard as tables (pintu.insights.tables.Table), built from the
aggregates of pintu.insights.queries. The staff page, the public page, the downloads, the PDF and
the open data all call `complaint_tables` (the public through suppression.suppress_tables).
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from pintu.agencies.models import Area, AreaLevel
from pintu.insights import labels, queries
from pintu.insights.filters import Filters
from pintu.insights.scope import InsightScope
from pintu.insights.tables import COUNT, DAYS, LABEL, NUMBER, RATE, Column, Table, rate
from pintu.insights.terms import MAX_DOCS, growing_terms

NONE_VALUE = "none"  # drill-down value for "no agency / no category / no desa"
TOP_DESA = 20


def reports_heading() -> str:
    """A column counting reports: "Laporan", in English "Reports" (the plain msgid names one report)."""
    return pgettext("jumlah", "Laporan")


@dataclass
class KeyFigure:
    key: str
    label: str
    value: float | int | None
    kind: str = COUNT  # like Column.kind: decides formatting and public suppression
    basis: int | None = None  # how many cases a rate or duration rests on


@dataclass
class Section:
    key_figures: list[KeyFigure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def _breakdown(scope, filters, field_name: str, key: str, title: str, *, limit: int | None = None) -> Table:
    rows = queries.counts_by(scope, filters, field_name)
    if field_name == "desa":  # "no desa given" is not a place
        rows = [(value, n) for value, n in rows if value is not None]
    if limit:
        rows = rows[:limit]
    ids = [value for value, _n in rows]
    if field_name in ("agency", "category", "kecamatan", "desa"):
        names, codes = labels.names(field_name, ids), labels.codes(field_name, ids)
        label = lambda v: names.get(v) or str(labels.NONE_LABELS[field_name])  # noqa: E731
        code = lambda v: codes.get(v, NONE_VALUE) if v is not None else NONE_VALUE  # noqa: E731
    else:
        label = lambda v: labels.choice_label(field_name, v)  # noqa: E731
        code = str
    table = Table(key, title, [Column("label", _("Nama"), LABEL), Column("reports", reports_heading())], chart="bar")
    for value, n in rows:
        table.rows.append([label(value), n])
        table.drill.append({"dim": field_name, "val": code(value)})
    return table


def _monthly(scope, filters) -> Table:
    columns = [Column("month", _("Bulan"), LABEL), Column("reports", reports_heading())]
    table = Table("volume_month", _("Laporan per bulan"), columns, chart="columns")
    for month, n in queries.monthly(scope, filters):
        table.rows.append([labels.month_label(month), n])
        table.drill.append({"dim": "month", "val": month.strftime("%Y-%m")})
    return table


def _map(scope, filters, kecamatan_table: Table) -> Table:
    """Reports per 1,000 inhabitants per kecamatan (Area.population), for the tile-grid map."""
    counts = dict(queries.per_thousand(scope, filters))
    areas = list(Area.objects.filter(level=AreaLevel.KECAMATAN, active=True).order_by("name"))
    table = Table("map_kecamatan", _("Laporan per 1.000 penduduk menurut kecamatan"), [
        Column("label", _("Kecamatan"), LABEL), Column("reports", reports_heading()),
        Column("population", _("Penduduk"), NUMBER), Column("per_1000", _("Per 1.000 penduduk"), NUMBER),
    ], chart="map")  # fmt: skip
    tiles = []
    for area in areas:
        n = counts.get(area.pk, 0)
        per = round(1000 * n / area.population, 2) if area.population else None
        table.rows.append([area.name, n, area.population, per])
        table.drill.append({"dim": "kecamatan", "val": str(area.pk)})
        tiles.append((area.pk, area.name, getattr(area, "map_row", None), getattr(area, "map_col", None)))
    table.extra["tiles"] = tiles
    table.extra["area_ids"] = [area.pk for area in areas]
    table.basis["per_1000"] = "reports"
    return table


def running(total: int, met: int, missed: int) -> int:
    """Cases a compliance rate does not count yet: neither met nor missed (their clock still runs)."""
    return max(0, total - met - missed)


def _clock_columns(prefix: str = "") -> list[Column]:
    columns = []
    for clock in queries.CLOCKS:
        columns += [
            Column(f"{clock}_met", _("%(clock)s: tepat") % {"clock": labels.CLOCK_NAMES[clock]}),
            Column(f"{clock}_missed", _("%(clock)s: terlambat") % {"clock": labels.CLOCK_NAMES[clock]}),
            Column(f"{clock}_rate", _("%(clock)s: %% tepat") % {"clock": labels.CLOCK_NAMES[clock]}, RATE),
            # beside every rate, the cases it does not count yet (issue #19: "100%" while eight wait)
            Column(f"{clock}_running", _("%(clock)s: masih berjalan") % {"clock": labels.CLOCK_NAMES[clock]}),
        ]
    return columns


def _compliance(scope, filters, today) -> tuple[Table, Table, Table]:
    rows = queries.compliance_by_agency(scope, filters, today)
    ids = [row["agency"] for row in rows]
    names, codes = labels.names("agency", ids), labels.codes("agency", ids)
    compliance = Table("compliance_agency", _("Kepatuhan tenggat per instansi"),
                       [Column("label", _("Instansi"), LABEL), Column("reports", reports_heading()), *_clock_columns()],
                       chart="stacked", unit="%")  # fmt: skip
    quality = Table("reopen_bounce_agency", _("Dibuka kembali dan dikembalikan per instansi"), [
        Column("label", _("Instansi"), LABEL), Column("answered", _("Ditindaklanjuti")),
        Column("reopened", _("Dibuka kembali")), Column("reopen_rate", _("Persen dibuka kembali"), RATE),
        Column("reports", reports_heading()), Column("bounced", _("Pernah dikembalikan")),
        Column("bounce_rate", _("Persen dikembalikan"), RATE),
        Column("rated", _("Dinilai")), Column("rating_avg", _("Rata-rata nilai (1-5)"), NUMBER),
    ])  # fmt: skip
    for clock in queries.CLOCKS:
        compliance.basis[f"{clock}_rate"] = f"{clock}_met+{clock}_missed"
    quality.basis.update({"reopen_rate": "answered", "bounce_rate": "reports", "rating_avg": "rated"})
    for row in rows:
        name = names.get(row["agency"]) or str(labels.NONE_LABELS["agency"])
        cells = [name, row["total"]]
        for clock in queries.CLOCKS:
            met, missed = row[f"{clock}_met"], row[f"{clock}_missed"]
            cells += [met, missed, rate(met, met + missed), running(row["total"], met, missed)]
        drill = {"dim": "agency", "val": codes.get(row["agency"], NONE_VALUE) if row["agency"] else NONE_VALUE}
        compliance.rows.append(cells)
        compliance.drill.append(drill)
        avg = round(float(row["rating_avg"]), 2) if row["rating_avg"] is not None else None
        quality.rows.append([
            name, row["answered"], row["reopened"], rate(row["reopened"], row["answered"]),
            row["total"], row["bounced"], rate(row["bounced"], row["total"]), row["rated"], avg,
        ])  # fmt: skip
        quality.drill.append(drill)
    durations = Table("durations_agency", _("Hari kerja sampai tindak lanjut pertama dan sampai selesai"), [
        Column("label", _("Instansi"), LABEL),
        Column("response_n", _("Tindak lanjut pertama: jumlah")), Column("response_p50", _("median"), DAYS),
        Column("response_p90", _("persentil ke-90"), DAYS),
        Column("resolve_n", _("Selesai: jumlah")), Column("resolve_p50", _("median"), DAYS),
        Column("resolve_p90", _("persentil ke-90"), DAYS),
    ], unit=_(" hari kerja"))  # fmt: skip
    durations.basis.update({"response_p50": "response_n", "response_p90": "response_n",
                            "resolve_p50": "resolve_n", "resolve_p90": "resolve_n"})  # fmt: skip
    response = queries.durations(scope, filters, "response_workdays", "agency")
    resolve = queries.durations(scope, filters, "resolve_workdays", "agency")
    empty = {"n": 0, "p50": None, "p90": None}
    for row in rows:
        a, b = response.get(row["agency"], empty), resolve.get(row["agency"], empty)
        name = names.get(row["agency"]) or str(labels.NONE_LABELS["agency"])
        durations.rows.append([name, a["n"], a["p50"], a["p90"], b["n"], b["p50"], b["p90"]])
        durations.drill.append(
            {"dim": "agency", "val": codes.get(row["agency"], NONE_VALUE) if row["agency"] else NONE_VALUE}
        )
    return compliance, durations, quality


def _ratings(scope, filters) -> Table:
    found = dict(queries.counts_by(scope, filters, "rating"))
    columns = [Column("label", _("Nilai"), LABEL), Column("reports", reports_heading())]
    table = Table("ratings", _("Penilaian pelapor"), columns, chart="bar")
    for value in range(5, 0, -1):
        table.rows.append([str(value), found.get(value, 0)])
        table.drill.append({"dim": "rating", "val": str(value)})
    return table


def _recurring(scope, filters) -> tuple[Table, Table]:
    growing = queries.growing_categories(scope, filters)
    names = labels.names("category", [r["category"] for r in growing])
    grow = Table("growing_categories", _("Masalah yang meningkat (dibanding periode sebelumnya)"), [
        Column("label", _("Kategori"), LABEL), Column("before", _("Periode sebelumnya")),
        Column("current", _("Periode ini")), Column("rise", _("Kenaikan"), NUMBER),
    ], note=_("Kenaikan dianggap berarti bila jumlah periode ini paling sedikit 3 dan kenaikannya paling sedikit "
              "dua kali akar (jumlah sebelumnya + 1)."))  # fmt: skip
    codes = labels.codes("category", [r["category"] for r in growing])
    for row in growing:
        grow.rows.append([names.get(row["category"]) or str(labels.NONE_LABELS["category"]), row["before"],
                          row["current"], row["rise"]])  # fmt: skip
        grow.drill.append({"dim": "category", "val": codes.get(row["category"], NONE_VALUE)})
    places = queries.repeating_places(scope, filters)
    desa = labels.names("desa", [r["desa"] for r in places])
    cats = labels.names("category", [r["category"] for r in places])
    cat_codes = labels.codes("category", [r["category"] for r in places])
    repeat = Table("repeating_places", _("Tempat yang berulang (desa dan kategori, minimal 3 laporan)"), [
        Column("label", _("Desa/kelurahan"), LABEL), Column("category", _("Kategori"), LABEL),
        Column("reports", reports_heading()),
    ])  # fmt: skip
    for row in places:
        repeat.rows.append([desa.get(row["desa"], ""), cats.get(row["category"]) or str(labels.NONE_LABELS["category"]),
                            row["n"]])  # fmt: skip
        repeat.drill.append({"dim": "place", "val": f"{row['desa']}:{cat_codes.get(row['category'], NONE_VALUE)}"})
    return grow, repeat


def _terms(scope, filters) -> Table:
    table = Table("growing_terms", _("Kata yang meningkat dalam isi laporan"), [
        Column("label", _("Kata (bentuk dasar)"), LABEL), Column("before", _("Periode sebelumnya")),
        Column("current", _("Periode ini")), Column("score", _("Skor kenaikan"), NUMBER),
    ], note=_("Dihitung dari paling banyak %(n)s laporan terbaru per periode; jumlah = banyaknya laporan yang memuat "
              "kata itu. Hanya untuk petugas.") % {"n": MAX_DOCS})  # fmt: skip
    for row in growing_terms(scope, filters):
        table.rows.append([row["term"], row["before"], row["current"], row["score"]])
        table.drill.append(None)
    return table


def complaint_key_figures(scope: InsightScope, filters: Filters, today: date) -> list[KeyFigure]:
    k = queries.key_figures(scope, filters, today)
    overall_response = queries.durations(scope, filters, "response_workdays")[None]
    overall_resolve = queries.durations(scope, filters, "resolve_workdays")[None]
    figures = [KeyFigure("total", _("Laporan masuk"), k["total"])]
    for clock in queries.CLOCKS:
        met, missed = k[f"{clock}_met"], k[f"{clock}_missed"]
        figures.append(KeyFigure(f"{clock}_rate", str(labels.CLOCK_NAMES[clock]), rate(met, met + missed), RATE,
                                 met + missed))  # fmt: skip
        figures.append(KeyFigure(f"{clock}_running", _("%(clock)s: masih berjalan, belum dihitung")
                                 % {"clock": labels.CLOCK_NAMES[clock]}, running(k["total"], met, missed)))  # fmt: skip
    figures += [
        KeyFigure("response_p50", _("Median hari kerja sampai tindak lanjut pertama"), overall_response["p50"], DAYS,
                  overall_response["n"]),
        KeyFigure("response_p90", _("Persentil ke-90 hari kerja sampai tindak lanjut pertama"), overall_response["p90"],
                  DAYS, overall_response["n"]),
        KeyFigure("resolve_p50", _("Median hari kerja sampai selesai"), overall_resolve["p50"], DAYS,
                  overall_resolve["n"]),
        KeyFigure("resolve_p90", _("Persentil ke-90 hari kerja sampai selesai"), overall_resolve["p90"], DAYS,
                  overall_resolve["n"]),
        KeyFigure("rating_avg", _("Rata-rata penilaian pelapor (1-5)"), k["rating_avg"], NUMBER, k["rated"]),
        KeyFigure("reopen_rate", _("Dibuka kembali (persen dari yang ditindaklanjuti)"),
                  rate(k["reopened"], k["answered"]), RATE, k["answered"]),
        KeyFigure("bounce_rate", _("Pernah dikembalikan ke admin (%)"), rate(k["bounced"], k["total"]), RATE,
                  k["total"]),
    ]  # fmt: skip
    return figures


def complaint_tables(scope: InsightScope, filters: Filters, today: date | None = None) -> Section:
    """Every complaint figure for this scope and these filters."""
    today = today or timezone.localdate()
    if not scope.complaints:
        return Section()
    kecamatan = _breakdown(scope, filters, "kecamatan", "volume_kecamatan", _("Laporan menurut kecamatan"))
    compliance, durations, quality = _compliance(scope, filters, today)
    grow, repeat = _recurring(scope, filters)
    tables = [
        _monthly(scope, filters),
        _breakdown(scope, filters, "kind", "volume_kind", _("Laporan menurut jenis")),
        _breakdown(scope, filters, "category", "volume_category", _("Laporan menurut kategori")),
        kecamatan,
        _map(scope, filters, kecamatan),
        _breakdown(scope, filters, "desa", "volume_desa",
                   _("Desa/kelurahan dengan laporan terbanyak (%(n)s teratas)") % {"n": TOP_DESA}, limit=TOP_DESA),
        _breakdown(scope, filters, "agency", "volume_agency", _("Laporan menurut instansi penanggung jawab")),
        _breakdown(scope, filters, "channel", "volume_channel", _("Laporan menurut saluran")),
        compliance, durations, _ratings(scope, filters), quality, grow, repeat,
    ]  # fmt: skip
    if not scope.public:  # words of citizens' texts are never published
        tables.append(_terms(scope, filters))
    return Section(complaint_key_figures(scope, filters, today), tables)
