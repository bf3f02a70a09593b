"""The annual report's figures as labelled tables, shared by the page, the PDF and the spreadsheet."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from pintu.ppid.annual.models import SectionKey
from pintu.ppid.exemptions import Article17
from pintu.ppid.objections.models import DisputeOutcome, DisputeStatus, ObjectionDecision
from pintu.ppid.objections.workflow import GROUNDS
from pintu.ppid.requests.models import DECISION_LABELS


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple]


def _fmt(value) -> str | int | float:
    return "-" if value is None else value


def summary_tables(stats: dict) -> list[Table]:
    req, obj, dis = stats["requests"], stats["objections"], stats["disputes"]
    time = req["time"]
    decision_labels = {str(d): str(label) for d, label in DECISION_LABELS.items()}
    article_labels = {a: str(label) for a, label in Article17.choices}
    tables = [
        Table(_("Permohonan informasi publik"), (_("Uraian"), _("Jumlah")), [
            (_("Jumlah permohonan"), req["total"]),
            (_("Sudah diberi pemberitahuan tertulis"), req["decided"]),
            (_("Belum diberi pemberitahuan tertulis"), req["undecided"]),
            *[(decision_labels[d], n) for d, n in req["by_decision"].items()],
        ]),
        Table(_("Waktu yang diperlukan untuk memenuhi permohonan (hari kerja)"), (_("Uraian"), _("Nilai")), [
            (_("Permohonan yang dihitung"), time["count"]),
            (_("Median hari kerja"), _fmt(time["median"])),
            (_("Paling lama (hari kerja)"), _fmt(time["max"])),
            (_("Dalam 10 hari kerja"), time["within_10"]),
        ]),
        exemption_table(req, article_labels),
        Table(_("Keberatan menurut alasan (Pasal 35 ayat (1))"), (_("Alasan"), _("Jumlah")), [
            (f"{letter}. {GROUNDS[letter]}", n) for letter, n in obj["by_ground"].items()
        ]),
        Table(_("Keberatan menurut tanggapan Atasan PPID"), (_("Tanggapan"), _("Jumlah")), [
            (_("Jumlah keberatan"), obj["total"]),
            *[(str(ObjectionDecision(d).label) if d in ObjectionDecision.values else _("Belum ditanggapi"), n)
              for d, n in obj["by_decision"].items()],
            (_("Dilanjutkan ke Komisi Informasi"), obj["to_ki"]),
        ]),
        Table(_("Sengketa informasi menurut tahap"), (_("Tahap"), _("Jumlah")), [
            (_("Jumlah sengketa"), dis["total"]),
            *[(str(DisputeStatus(s).label), n) for s, n in dis["by_stage"].items()],
        ]),
        Table(_("Sengketa informasi menurut hasil"), (_("Hasil"), _("Jumlah")), [
            *[(str(DisputeOutcome(o).label) if o in DisputeOutcome.values else _("Belum selesai"), n)
              for o, n in dis["by_outcome"].items()],
        ]),
    ]  # fmt: skip
    if "court_results" in stats:  # reports published before the split have no such figures
        tables.append(court_table(stats["court_results"]))
    if stats.get("agency") is None and req["per_agency"]:
        tables.append(Table(_("Permohonan per instansi"), (_("Instansi"), _("Jumlah")),
                            [(name or _("Belum ditugaskan"), n) for name, n in req["per_agency"].items()]))  # fmt: skip
    return tables


def exemption_table(req: dict, article_labels: dict) -> Table:
    """Partial grants (partial refusals) and refusals per art. 17 letter; a report frozen before the split
    has the refusals only."""
    no_article = _("Tanpa dasar Pasal 17 tercatat")
    if "exempted_by_article" not in req:
        return Table(_("Permohonan ditolak menurut alasan pengecualian"), (_("Alasan"), _("Jumlah")), [
            (article_labels.get(a, no_article), n) for a, n in req["refused_by_article"].items()
        ])  # fmt: skip
    return Table(
        _("Penolakan sebagian dan seluruhnya menurut alasan pengecualian (Pasal 17)"),
        (_("Alasan"), _("Ditolak sebagian"), _("Ditolak seluruhnya"), _("Jumlah")),
        [(article_labels.get(a, no_article), n["partial"], n["refused"], n["partial"] + n["refused"])
         for a, n in req["exempted_by_article"].items()],
    )  # fmt: skip


def court_table(results: dict) -> Table:
    stage_labels = {
        "mediation": _("Mediasi Komisi Informasi (dikabulkan: kesepakatan; ditolak: mediasi gagal)"),
        "adjudication": _("Ajudikasi Komisi Informasi (amar atas permohonan pemohon)"),
        "court": _("Keberatan ke PTUN/PN (dikabulkan: putusan Komisi Informasi dibatalkan)"),
        "kasasi": _("Kasasi Mahkamah Agung"),
    }
    return Table(
        _("Hasil sengketa informasi menurut tahap"),
        (_("Tahap"), _("Dikabulkan"), _("Dikabulkan sebagian"), _("Ditolak"), _("Dicabut"), _("Belum diputus")),
        [(stage_labels[stage], r["granted"], r["granted_part"], r["rejected"], r["withdrawn"], r["pending"])
         for stage, r in results.items()],
    )  # fmt: skip


def request_rows(stats: dict) -> Table:
    decision_labels = {str(d): str(label) for d, label in DECISION_LABELS.items()}
    return Table(
        _("Waktu layanan setiap permohonan"),
        (_("Nomor"), _("Instansi"), _("Diterima"), _("Pemberitahuan"), _("Hari kerja"), _("Keputusan")),
        [(r["number"], r["agency"], r["received"], r["decided"], r["days"], decision_labels.get(r["decision"], ""))
         for r in stats["requests"]["time"]["rows"]],
    )  # fmt: skip


#: Narrative sections in the order of the report: before the figures, then after them.
SECTIONS_BEFORE = (SectionKey.POLICY, SectionKey.FACILITIES, SectionKey.STAFF, SectionKey.BUDGET)
SECTIONS_AFTER = (SectionKey.OBSTACLES, SectionKey.RECOMMENDATIONS)
