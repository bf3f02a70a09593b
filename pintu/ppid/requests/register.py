"""The register of requests (buku register permohonan, DOMAIN.md section 5) as CSV and XLSX.

Headers are a file format, so fixed Indonesian, not translated. One row per request, in the order the
caller passes (callers start from requests_visible_to). Personal data columns (name, address, contact,
occupation) are part of the statutory register: the file is for the PPID, never published.
"""

from django.db.models import QuerySet
from django.utils import timezone

from pintu.letters.wording import rupiah
from pintu.ppid.downloads import AuditedExport
from pintu.ppid.requests import clocks
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity, RequesterKind
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.selectors import requests_handled_by
from pintu.ppid.requests.workflow import AWAITING_NOTICE, Decision
from pintu.ppid.sheets import csv_bytes, xlsx_bytes


def _date(value) -> str:
    return timezone.localtime(value).date().isoformat() if value else ""


def _held(r: InformationRequest) -> str:
    if not r.decision:
        return ""
    if r.decision in (Decision.NOT_HELD, Decision.FORWARDED):
        return f"Tidak dikuasai; dikuasai oleh {r.holder_name}" if r.holder_name else "Tidak dikuasai"
    if r.decision == Decision.NOT_DOCUMENTED:
        return f"Dikuasai, belum didokumentasikan (paling lambat {r.documented_by.isoformat()})"
    return f"Dikuasai oleh {r.assigned_agency.name if r.assigned_agency else 'PPID Utama'}"


def _refusal(r: InformationRequest) -> str:
    if not r.refusal_article:
        return ""
    return f"Pasal 17 huruf {r.refusal_article} UU 14/2008. Uji konsekuensi: {r.consequence_test}"


def _payment(r: InformationRequest) -> str:
    """Cost and method of payment (art. 22(7)(g)): the amount, what it pays for, how, and whether paid."""
    if not r.decision:
        return ""
    if r.fee <= 0:
        return "Tanpa biaya"
    text = rupiah(r.fee) + (f" ({r.fee_note})" if r.fee_note else "")
    if r.payment_method:
        text += f"; dibayar melalui {r.payment_method}"
    return text + ("; sudah dibayar" if r.fee_paid else "; belum dibayar")


def _requester(r: InformationRequest, i: RequesterIdentity | None) -> str:
    """The kind of requester; a legal entity with its Kemenkumham SK pengesahan number (no NIK here)."""
    text = r.get_requester_kind_display()
    if r.requester_kind == RequesterKind.BADAN_HUKUM and i is not None and i.id_number:
        text += f", SK pengesahan Kemenkumham nomor {i.id_number}"
    return str(text)


#: The register's "type of request" (Perki 1/2021): fixed words of the file format.
CHANNEL_TYPES = {"walk_in": "Langsung", "letter": "Surat", "email": "E-mail", "web": "Web", "oral": "Telepon"}
#: (header, value of (request, identity)).
COLUMNS = [
    ("No", lambda r, i: r.number),
    ("Tanggal permohonan", lambda r, i: _date(r.received_at)),
    ("Nama pemohon", lambda r, i: i.name if i else ""),
    ("Jenis pemohon dan identitas badan hukum", _requester),
    ("Alamat", lambda r, i: i.address if i else ""),
    ("Kontak", lambda r, i: " / ".join(x for x in ((i.phone, i.email) if i else ()) if x)),
    ("Pekerjaan", lambda r, i: i.occupation if i else ""),
    ("Informasi yang diminta", lambda r, i: r.information),
    ("Tujuan penggunaan informasi", lambda r, i: r.purpose),
    ("Dikuasai atau tidak (dan oleh siapa)", lambda r, i: _held(r)),
    ("Bentuk informasi yang dikuasai", lambda r, i: r.get_held_form_display()),
    ("Jenis permohonan", lambda r, i: str(CHANNEL_TYPES.get(r.channel, r.get_channel_display()))),
    ("Keputusan", lambda r, i: r.decision_label),
    ("Alasan penolakan", lambda r, i: _refusal(r)),
    ("Tanggal pemberitahuan tertulis", lambda r, i: _date(r.decided_at)),
    ("Nomor surat pemberitahuan", lambda r, i: r.notice_number),
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
    return csv_bytes(rows(requests))


def export_xlsx(requests) -> bytes:
    return xlsx_bytes(rows(requests), "Register permohonan", [24] * len(HEADERS))


def filtered_requests(user, *, status: str = "", q: str = "", overdue: bool = False) -> QuerySet:
    """The requests `user` handles, filtered like the staff register (status, number, past the deadline)."""
    qs = requests_handled_by(user)
    if status:
        qs = qs.filter(status=status)
    if q:
        number = parse_number(q)
        qs = qs.filter(number=number) if number else qs.filter(number__icontains=q.strip())
    if overdue:
        today = timezone.localdate()
        ids = [r.pk for r in qs.filter(status__in=AWAITING_NOTICE) if clocks.is_overdue(r, today)]
        qs = qs.filter(pk__in=ids)
    return qs


#: The register of requests as CSV/XLSX (web and API); every export is an audit entry (personal data leaves).
requests_export = AuditedExport(
    order=("received_at", "pk"),
    action="export.requests",
    builders=(export_csv, export_xlsx),
    stem="register-permohonan",
)
