"""The objection register (register keberatan) with its statutory columns (DOMAIN.md section 5), as
CSV and XLSX. Headers are always Indonesian: the file format does not change with the language."""

from django.db.models import QuerySet
from django.utils import timezone, translation

from pintu.ppid.downloads import AuditedExport
from pintu.ppid.objections.selectors import objections_visible_to
from pintu.ppid.objections.workflow import GROUNDS
from pintu.ppid.sheets import csv_bytes, xlsx_bytes


def _date(value) -> str:
    if value is None:
        return ""
    return timezone.localtime(value).date().isoformat() if hasattr(value, "hour") else value.isoformat()


def _information(o) -> str:
    if o.request_id:
        return o.request.information
    return o.information or (o.dip_item.title if o.dip_item_id else "")


COLUMNS = [
    ("No", None),
    ("Nomor registrasi keberatan", lambda o: o.number),
    ("Tanggal diterima", lambda o: _date(o.filed_at)),
    ("Nama pemohon / kuasa", lambda o: o.filer_display),
    ("Nomor pendaftaran permohonan", lambda o: o.request.number if o.request_id else ""),
    ("Informasi yang diminta", _information),
    ("Tujuan penggunaan informasi", lambda o: o.request.purpose if o.request_id else ""),
    ("Alasan keberatan", lambda o: "; ".join(f"{letter}. {GROUNDS[letter]}" for letter in o.grounds)),
    (
        "Tanggapan Atasan PPID",
        lambda o: (o.get_decision_display() + (f": {o.decision_text}" if o.decision_text else ""))
        if o.decision
        else "",
    ),  # fmt: skip
    ("Tanggal tanggapan", lambda o: _date(o.decided_at)),
    ("Nama dan jabatan Atasan PPID", lambda o: ", ".join(p for p in (o.atasan_name, o.atasan_post) if p)),
    ("Tanggapan pemohon", lambda o: o.get_response_display() if o.response else ""),
]
HEADERS = [header for header, _value in COLUMNS]


def rows(objections) -> list[list]:
    with translation.override("id"):
        result = [HEADERS]
        for index, o in enumerate(objections, start=1):
            result.append([index if value is None else value(o) for _header, value in COLUMNS])
        return result


def export_csv(objections) -> bytes:
    return csv_bytes(rows(objections))


def export_xlsx(objections) -> bytes:
    return xlsx_bytes(rows(objections), "Register keberatan", [5, 20, 12, 30, 20, 40, 30, 50, 50, 12, 30, 30])


def filtered_objections(user, *, status: str = "", grounds: str = "", year: int | None = None) -> QuerySet:
    """The objections `user` may see, filtered like the staff register (status, ground, year)."""
    qs = objections_visible_to(user)
    if status:
        qs = qs.filter(status=status)
    if grounds:
        qs = qs.filter(grounds__contains=grounds)
    if year:
        qs = qs.filter(year=year)
    return qs


#: The register of objections as CSV/XLSX (web and API); every export is an audit entry.
objections_export = AuditedExport(
    order=("filed_at", "pk"), action="export.objections", builders=(export_csv, export_xlsx), stem="register-keberatan"
)
