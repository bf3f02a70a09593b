"""The register of requests (buku register permohonan, DOMAIN.md section 5) as CSV and XLSX.

Headers are a file format, so fixed Indonesian, not translated. One row per request, in the order the
caller passes (callers start from requests_visible_to). Personal data columns (name, address, contact,
occupation) are part of the statutory register: the file is for the PPID, never published.
"""

import csv
import io

from django.utils import timezone

from pintu.ppid.io import CSV_TYPE, XLSX_TYPE, _safe_cell  # noqa: F401  (re-exported for the views)
from pintu.ppid.models_requests import InformationRequest, RequesterIdentity
from pintu.ppid.requests.notice_pdf import rupiah
from pintu.ppid.requests.workflow import Decision


def _date(value) -> str:
    return timezone.localtime(value).date().isoformat() if value else ""


def _held(r: InformationRequest) -> str:
    if not r.decision:
        return ""
    if r.decision in (Decision.NOT_HELD, Decision.FORWARDED):
        return f"Tidak dikuasai; dikuasai oleh {r.holder_name}"
    return f"Dikuasai oleh {r.assigned_agency.name if r.assigned_agency else 'PPID Utama'}"


def _refusal(r: InformationRequest) -> str:
    if not r.refusal_article:
        return ""
    return f"Pasal 17 huruf {r.refusal_article} UU 14/2008. Uji konsekuensi: {r.consequence_test}"


def _payment(r: InformationRequest) -> str:
    if not r.decision:
        return ""
    text = rupiah(r.fee) + (f" ({r.fee_note})" if r.fee_note else "")
    if r.fee > 0:
        text += "; sudah dibayar" if r.fee_paid else "; belum dibayar"
    return text


#: (header, value of (request, identity)).
COLUMNS = [
    ("No", lambda r, i: r.number),
    ("Tanggal permohonan", lambda r, i: _date(r.received_at)),
    ("Nama pemohon", lambda r, i: i.name if i else ""),
    ("Alamat", lambda r, i: i.address if i else ""),
    ("Kontak", lambda r, i: " / ".join(x for x in ((i.phone, i.email) if i else ()) if x)),
    ("Pekerjaan", lambda r, i: i.occupation if i else ""),
    ("Informasi yang diminta", lambda r, i: r.information),
    ("Tujuan penggunaan informasi", lambda r, i: r.purpose),
    ("Dikuasai atau tidak (dan oleh siapa)", lambda r, i: _held(r)),
    ("Bentuk informasi yang dikuasai", lambda r, i: r.get_obtain_method_display()),
    ("Jenis permohonan", lambda r, i: f"{r.get_channel_display()}; {r.get_requester_kind_display()}"),
    ("Keputusan", lambda r, i: r.decision_label),
    ("Alasan penolakan", lambda r, i: _refusal(r)),
    ("Tanggal pemberitahuan tertulis", lambda r, i: _date(r.decided_at)),
    ("Biaya dan cara pembayaran", lambda r, i: _payment(r)),
    ("Status", lambda r, i: r.status_label),
    ("Batas waktu", lambda r, i: (r.effective_due.isoformat() if r.effective_due else "")),
]
HEADERS = [header for header, _fn in COLUMNS]


def rows(requests) -> list[list]:
    requests = list(requests)
    identities = {i.request_id: i for i in RequesterIdentity.objects.filter(request__in=[r.pk for r in requests])}
    return [HEADERS] + [[fn(r, identities.get(r.pk)) for _h, fn in COLUMNS] for r in requests]


def export_csv(requests) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    for row in rows(requests):
        writer.writerow([_safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_xlsx(requests) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Register permohonan"
    for row in rows(requests):
        sheet.append([_safe_cell(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index in range(1, len(HEADERS) + 1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = 24
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
