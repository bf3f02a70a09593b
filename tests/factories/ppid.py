"""PPID test data, one way each (issue #20 item 7): every test folder builds its requests, objections and
register rows here instead of keeping its own copy.

Two ways to a request, for two needs:
- `file_request(**draft fields)` / `submit(...)`: through the intake service (validation, identity files
  encrypted, number, clock, event, e-mail), as a requester submitting the web form;
- `make_request(agency, received=..., decided=...)`: straight into the tables, in any state and at any
  date, for what only needs a request to stand somewhere (objections, figures, exports).
"""

import datetime
import io
from decimal import Decimal
from itertools import count
from zoneinfo import ZoneInfo

from django.utils import timezone
from PIL import Image

from pintu.cases.tracking import hash_secret
from pintu.files.validation import CleanFile, clean_upload
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests import intake
from pintu.ppid.requests.intake import RequestDraft, Submitted
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity

WIB = JAKARTA = ZoneInfo("Asia/Jakarta")
#: The tracking secret of every request made by `make_request`.
SECRET = "ABCD-EFGH"
_numbers = count(1)
_objections = count(1)


def local(*args) -> datetime.datetime:
    """A moment in Jakarta: local(2026, 3, 2, 9, 0)."""
    return datetime.datetime(*args, tzinfo=JAKARTA)


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    """`day` at `hour` o'clock in Jakarta (during office hours by default)."""
    return datetime.datetime.combine(day, datetime.time(hour, 0), tzinfo=WIB)


def png_bytes(color=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def ktp(color=(200, 30, 30)) -> CleanFile:
    """A scanned identity card, checked as an upload is."""
    return clean_upload("ktp.png", png_bytes(color))


# --- requests through the intake ---------------------------------------------------------------------------


def make_draft(ktp: CleanFile | None = None, **overrides) -> RequestDraft:
    """What the public form collects (an individual asking for a hard copy), with `ktp` as identity file."""
    fields = {
        "information": "Salinan kontrak paket pemeliharaan jalan Indralaya-Tanjung Raja tahun 2026.",
        "purpose": "Bahan pemantauan pembangunan oleh kelompok warga.",
        "obtain_method": "hard",
        "delivery_method": "pick_up",
        "name": "Siti Aminah",
        "address": "Jl. Lintas Timur No. 5, Indralaya",
        "occupation": "Wiraswasta",
        "phone": "0812-3456-7890",
        "email": "siti@example.org",
        "consent": True,
        "identity_file": ktp,
    }
    fields.update(overrides)
    return RequestDraft(**fields)


def submit(draft: RequestDraft | None = None, **overrides) -> Submitted:
    """A request through the intake (the draft's channel kept): the request and its secret."""
    if draft is None:
        identity_file = overrides.pop("identity_file") if "identity_file" in overrides else ktp()
        draft = make_draft(identity_file, **overrides)
    return intake._submit(draft)


def file_request(**overrides) -> InformationRequest:
    """A request submitted with an identity card, as on the web form (fields of `make_draft` overridable)."""
    return submit(**overrides).request


# --- requests and objections straight into the tables ------------------------------------------------------


def make_request(agency=None, *, received: datetime.datetime | None = None, decided: datetime.datetime | None = None,
                 decision: str = "", due: datetime.date | None = None, fee: str = "0", refusal_article: str = "",
                 user=None, name: str = "Siti Pemohon", email: str = "siti@contoh.invalid", complete=None,
                 status: str | None = None) -> InformationRequest:  # fmt: skip
    """A request of `agency` received (and decided) when given, tracked with SECRET; "diproses" until decided."""
    received = received or timezone.now() - datetime.timedelta(days=30)
    year = timezone.localdate(received).year
    request = InformationRequest.objects.create(
        number=f"PPID/{year}/{900000 + next(_numbers):06d}", secret_hash=hash_secret(SECRET),
        information="Daftar paket pekerjaan jalan tahun 2026 beserta nilai kontraknya",
        purpose="Pemantauan anggaran oleh kelompok warga", obtain_method="soft", delivery_method="email",
        status=status or ("diputuskan" if decided else "diproses"), status_changed_at=decided or received,
        assigned_agency=agency, received_at=received, complete_at=complete or received, due_date=due,
        decision=decision, decided_at=decided, fee=Decimal(fee), refusal_article=refusal_article,
        requester_user=user,
    )  # fmt: skip
    RequesterIdentity.objects.create(request=request, name=name, email=email, consent_at=received)
    return request


def make_objection(request: InformationRequest | None = None, *, number: str = "", year: int | None = None,
                   filed_at: datetime.datetime | None = None, grounds: str = "c", **fields) -> Objection:  # fmt: skip
    """An objection on `request` (to its agency), filed `filed_at` (three days ago), waiting for the Atasan PPID
    unless `fields` say otherwise (status, decision, response ...)."""
    filed_at = filed_at or timezone.now() - datetime.timedelta(days=3)
    year = year or timezone.localdate(filed_at).year
    sequence = 900000 + next(_objections)
    filed_on = timezone.localdate(filed_at)
    values = {
        "number": number or f"KEB/{year}/{sequence:06d}", "year": year, "sequence": sequence, "request": request,
        "agency": request.assigned_agency if request is not None else None, "requester_name": "Pemohon",
        "grounds": grounds, "description": "Tidak ditanggapi.", "ground_arose_on": filed_on, "filed_at": filed_at,
        "channel": "online", "answer_due": filed_on + datetime.timedelta(days=30),
    }  # fmt: skip
    values.update(fields)
    return Objection.objects.create(**values)


# --- register rows -------------------------------------------------------------------------------------------


def dip_fields(**overrides) -> dict:
    """Every statutory column of a berkala DIP item, filled (ready to publish)."""
    fields = {
        "category": "berkala",
        "section": "Informasi tentang program dan kegiatan",
        "title": "Rencana kerja Dinas PUPR tahun 2026",
        "summary": "Program pemeliharaan jalan dan jembatan kabupaten beserta anggarannya.",
        "holder": "Sekretariat Dinas PUPR",
        "responsible": "Kepala Subbagian Perencanaan",
        "made_when_where": "2026, Indralaya",
        "form_kind": "both",
        "retention": "5 tahun",
    }
    fields.update(overrides)
    return fields


def dik_fields(**overrides) -> dict:
    """An exemption under art. 17 letter b with its consequence test, in force for 90 more days once decided."""
    fields = {
        "information": "Nilai perkiraan sendiri (HPS) paket jalan sebelum lelang diumumkan",
        "document": "Dokumen HPS paket pemeliharaan jalan 2026",
        "legal_basis": "b",
        "consequence": "Membuka HPS sebelum lelang memberi keuntungan tidak wajar kepada calon penyedia.",
        "public_interest": "Persaingan usaha yang sehat lebih melindungi keuangan daerah daripada membukanya sekarang.",
        "exempt_until": timezone.localdate() + datetime.timedelta(days=90),
    }
    fields.update(overrides)
    return fields
