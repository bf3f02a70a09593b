"""The PPID section of the dashboard: requests, time to the written notice, decisions, objections,
disputes (as tables, like pintu.insights.dashboard)."""

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.insights import labels, ppid_queries
from pintu.insights.dashboard import KeyFigure, Section, running
from pintu.insights.filters import Filters
from pintu.insights.queries import monthly_rows
from pintu.insights.scope import InsightScope
from pintu.insights.tables import COUNT, DAYS, LABEL, RATE, Column, Table, rate


def _simple(key: str, title: str, rows, label, drill_dim: str | None = None) -> Table:
    table = Table(key, title, [Column("label", _("Nama"), LABEL), Column("count", _("Jumlah"))], chart="bar")
    for value, n in rows:
        table.rows.append([label(value), n])
        table.drill.append({"dim": drill_dim, "val": value or "none"} if drill_dim else None)
    return table


def ppid_tables(scope: InsightScope, filters: Filters, today: date | None = None) -> Section:
    today = today or timezone.localdate()
    if not scope.ppid:
        return Section()
    figures = ppid_queries.request_figures(scope, filters, today)
    objections = ppid_queries.objection_figures(scope, filters)
    disputes = ppid_queries.dispute_figures(scope, filters)
    key = [
        KeyFigure("requests", _("Permohonan informasi masuk"), figures["total"]),
        KeyFigure("decided", _("Permohonan yang sudah diberi pemberitahuan tertulis"), figures["decided"]),
        KeyFigure("notice_rate", _("Pemberitahuan dalam tenggat (10 hari kerja, atau sesudah perpanjangan)"),
                  rate(figures["met"], figures["met"] + figures["missed"]), RATE, figures["met"] + figures["missed"]),
        KeyFigure("notice_running", _("Permohonan yang masih berjalan, belum dihitung dalam tenggat"),
                  running(figures["total"], figures["met"], figures["missed"])),
        KeyFigure("notice_p50", _("Median hari kerja sampai pemberitahuan"), figures["p50"], DAYS, figures["decided"]),
        KeyFigure("notice_p90", _("Persentil ke-90 hari kerja sampai pemberitahuan"), figures["p90"], DAYS,
                  figures["decided"]),
        KeyFigure("extended", _("Diperpanjang"), figures["extended"], COUNT),
        KeyFigure("objections", _("Keberatan"), objections["total"], COUNT),
        KeyFigure("disputes", _("Sengketa di Komisi Informasi"), disputes["total"], COUNT),
    ]  # fmt: skip
    found = dict(ppid_queries.requests_by(scope, filters, "received_month"))
    columns = [Column("month", _("Bulan"), LABEL), Column("count", _("Jumlah"))]
    month_table = Table("ppid_month", _("Permohonan informasi per bulan"), columns, chart="columns")
    for month, n in monthly_rows(filters, found):
        month_table.rows.append([labels.month_label(month), n])
        month_table.drill.append({"dim": "month", "val": month.strftime("%Y-%m")})
    tables = [
        month_table,
        _simple("ppid_decision", _("Keputusan atas permohonan"), ppid_queries.requests_by(scope, filters, "decision"),
                lambda v: labels.choice_label("decision", v), "decision"),
        _simple("ppid_objections", _("Keberatan menurut tanggapan Atasan PPID"),
                sorted(objections["by_decision"].items()), lambda v: labels.choice_label("objection", v)),
        _simple("ppid_disputes", _("Sengketa informasi menurut hasil"), sorted(disputes["by_outcome"].items()),
                lambda v: labels.choice_label("dispute", v)),
    ]  # fmt: skip
    return Section(key, tables)
