"""POST requests.{fmt}: an Open311 service request becomes a report through the complaint intake.

The report goes through pintu.complaints.services.intake.submit_report (channel API), so it is
validated, stored with its contact, first event and due dates exactly like a web report; the link to
the client and the lookup token are written in the same transaction.

Location: address_id is a Kemendagri code of a desa/kelurahan (kecamatan follows from it) or of a
kecamatan; otherwise attribute[kecamatan] names the kecamatan. lat/long become the report's point;
address_string is kept as a line of the report text. media_url is not fetched (no request to an
address a client chooses) and not stored.
"""

import secrets
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.models import AreaLevel
from pintu.complaints.models import Channel, ComplaintSettings, Report, ReportKind, privacy_flags
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.open311 import documents
from pintu.open311.errors import Open311Error
from pintu.open311.models import Open311Client, Open311Request, client_for_key

#: Our field names in the intake's errors -> the Open311 parameter the client sent.
FLAG_VALUES = {"true": True, "ya": True, "1": True, "false": False, "tidak": False, "0": False}
PARAMETER_OF_FIELD = {
    "title": "attribute[title]",
    "text": "description",
    "kecamatan": "attribute[kecamatan]",
    "desa": "address_id",
    "latitude": "lat/long",
    "privacy": "attribute[privacy]",
    "name": "first_name/last_name",
    "email": "email",
    "phone": "phone",
    "category": "service_code",
}


@dataclass(frozen=True)
class Created:
    report: Report
    link: Open311Request
    secret: str | None


def authenticate(api_key: str) -> Open311Client:
    client = client_for_key(api_key or "")
    if client is None:
        raise Open311Error(403, _("api_key tidak sah atau tidak aktif."))
    return client


def _decimal(name: str, value: str) -> Decimal:
    try:
        number = Decimal(value.strip())
    except (InvalidOperation, AttributeError):
        number = None
    if number is None or not number.is_finite():  # NaN cannot even be compared (a 500 before)
        raise Open311Error(400, _("%(name)s harus berupa angka desimal (WGS84).") % {"name": name})
    return number


def _areas(params) -> tuple:
    """(kecamatan, desa) from address_id and attribute[kecamatan]; 400 when neither names a known area."""
    kecamatan = desa = None
    address_id = (params.get("address_id") or "").strip()
    areas = areas_visible_to(AnonymousUser())
    if address_id:
        area = areas.filter(code=address_id).select_related("parent").first()
        if area is None:
            raise Open311Error(400, _("address_id tidak dikenal: pakai kode Kemendagri desa/kelurahan atau kecamatan."))
        if area.level in (AreaLevel.DESA, AreaLevel.KELURAHAN):
            desa, kecamatan = area, area.parent
        elif area.level == AreaLevel.KECAMATAN:
            kecamatan = area
        else:
            raise Open311Error(400, _("address_id harus kode desa/kelurahan atau kecamatan."))
    code = (params.get("attribute[kecamatan]") or "").strip()
    if code:
        named = documents.kecamatan_areas().filter(code=code).first()
        if named is None:
            raise Open311Error(
                400, _("attribute[kecamatan] tidak dikenal: pakai salah satu kode dari definisi layanan.")
            )
        if kecamatan is not None and named.pk != kecamatan.pk:
            raise Open311Error(400, _("address_id tidak berada di kecamatan attribute[kecamatan]."))
        kecamatan = named
    if kecamatan is None:
        raise Open311Error(400, _("Lokasi wajib: isi address_id (kode desa/kelurahan) atau attribute[kecamatan]."))
    return kecamatan, desa


def draft_from(params) -> ReportDraft:
    """Translate the POST parameters into a report draft; 400 for what the specification requires."""
    code = (params.get("service_code") or "").strip()
    if not code:
        raise Open311Error(400, _("service_code wajib diisi."))
    category = documents.public_categories().filter(code=code).first()
    if category is None:
        raise Open311Error(404, _("service_code tidak dikenal: %(code)s") % {"code": code})
    lat, lon, address = params.get("lat"), params.get("long"), (params.get("address_string") or "").strip()
    if not ((lat and lon) or address or params.get("address_id")):
        raise Open311Error(400, _("Lokasi wajib: isi lat dan long, address_string, atau address_id."))
    kecamatan, desa = _areas(params)
    text = (params.get("description") or "").strip()
    if address:
        text = f"{text}\n\n{_('Lokasi')}: {address}" if text else ""
    name = " ".join(part.strip() for part in (params.get("first_name"), params.get("last_name")) if part)
    anonim, rahasia = _flags(params, named=bool(name))
    title = (params.get("attribute[title]") or "").strip() or _first_words(params.get("description") or "")
    return ReportDraft(
        title=title,
        text=text,
        kecamatan=kecamatan,
        desa=desa,
        kind=ReportKind.PENGADUAN,
        category=category,
        latitude=_decimal("lat", lat) if lat else None,
        longitude=_decimal("long", lon) if lon else None,
        anonim=anonim,
        rahasia=rahasia,
        channel=Channel.API,
        name=name,
        email=(params.get("email") or "").strip(),
        phone=(params.get("phone") or "").strip(),
        consent=True,  # the client's terms of use collect the reporter's consent (docs/open311.md)
    )


def _flag(params, name: str) -> bool | None:
    value = (params.get(f"attribute[{name}]") or "").strip().lower()
    if not value:
        return None
    if value not in FLAG_VALUES:
        raise Open311Error(400, _("attribute[%(name)s] tidak sah (pilihan: true, false).") % {"name": name})
    return FLAG_VALUES[value]


def _flags(params, *, named: bool) -> tuple[bool, bool]:
    """attribute[anonim] and attribute[rahasia] (independent), or the deprecated attribute[privacy]."""
    anonim, rahasia = _flag(params, "anonim"), _flag(params, "rahasia")
    privacy = (params.get("attribute[privacy]") or "").strip()
    if privacy:
        if privacy not in documents.PRIVACY_VALUES:
            raise Open311Error(400, _("attribute[privacy] tidak sah (pilihan: biasa, anonim, rahasia)."))
        old_anonim, old_rahasia = privacy_flags(privacy)
        anonim = old_anonim if anonim is None else anonim
        rahasia = old_rahasia if rahasia is None else rahasia
    return (not named) if anonim is None else anonim, bool(rahasia)


def _first_words(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= 80:
        return words
    return words[:80].rsplit(" ", 1)[0] + "…"


def create_service_request(client: Open311Client, params) -> Created:
    """Store the report, its link to `client` and a lookup token, all in one transaction."""
    draft = draft_from(params)
    try:
        with transaction.atomic():
            submitted = submit_report(draft)
            link = Open311Request.objects.create(
                report=submitted.report,
                client=client,
                token=secrets.token_urlsafe(18),
                account_id=(params.get("account_id") or "").strip()[:100],
            )
            Open311Client.objects.filter(pk=client.pk).update(last_used_at=timezone.now())
    except ValidationError as exc:
        messages = [
            f"{PARAMETER_OF_FIELD.get(name, name)}: {message}"
            for name, errors in exc.message_dict.items()
            for message in errors
        ]
        raise Open311Error(400, *messages)
    return Created(submitted.report, link, submitted.secret)


def created_document(created: Created) -> list[dict]:
    notice = _("Laporan diterima dengan kode %(code)s dan akan diverifikasi dalam %(days)s hari kerja.") % {
        "code": created.report.code,
        "days": ComplaintSettings.load().verify_days,
    }
    if created.secret:
        notice += " " + _("Kode rahasia untuk melacak laporan ini: %(secret)s. Simpan baik-baik.") % {
            "secret": created.secret
        }
    return [
        {
            "service_request_id": created.report.code,
            "token": created.link.token,
            "service_notice": notice,
            "account_id": created.link.account_id or None,
        }
    ]
