"""Names for the ids and codes in the figures, each looked up with one query per table."""

from datetime import date

from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import STATUS_LABELS, Channel, ReportKind
from pintu.ppid.objections.models import DisputeOutcome, ObjectionDecision
from pintu.ppid.requests.models import DECISION_LABELS, RequestChannel

NONE_LABELS = {
    "agency": _("Belum didisposisikan"),
    "category": _("Tanpa kategori"),
    "desa": _("Desa tidak diisi"),
    "kecamatan": _("Kecamatan tidak diisi"),
}
CLOCK_NAMES = {
    "verify": _("Verifikasi dalam 3 hari kerja"),
    "response": _("Tindak lanjut pertama dalam 5 hari kerja"),
    "resolve": _("Selesai dalam target"),
}
PENDING_LABEL = _("Belum ditanggapi")
OPEN_LABEL = _("Masih berjalan")
UNDECIDED_LABEL = _("Belum diputuskan")


def names(field: str, ids) -> dict:
    """{id: name} for agencies, areas or categories."""
    ids = [i for i in ids if i is not None]
    if field == "agency":
        rows = Agency.objects.filter(pk__in=ids).values_list("pk", "short_name", "name")
        return {pk: short or name for pk, short, name in rows}
    if field in ("kecamatan", "desa"):
        return dict(Area.objects.filter(pk__in=ids).values_list("pk", "name"))
    if field == "category":  # in the page's language (name_en where given)
        english = (get_language() or "").startswith("en")
        rows = Category.objects.filter(pk__in=ids).values_list("pk", "name", "name_en")
        return {pk: name_en if english and name_en else name for pk, name, name_en in rows}
    return {}


def codes(field: str, ids) -> dict:
    """{id: code} used in drill-down links and filters (stable, readable)."""
    ids = [i for i in ids if i is not None]
    if field == "agency":
        return dict(Agency.objects.filter(pk__in=ids).values_list("pk", "code"))
    if field == "category":
        return dict(Category.objects.filter(pk__in=ids).values_list("pk", "code"))
    return {i: str(i) for i in ids}


def choice_label(field: str, value) -> str:
    tables = {
        "kind": dict(ReportKind.choices),
        "channel": dict(Channel.choices),
        "request_channel": dict(RequestChannel.choices),
        "status": {str(k): v for k, v in STATUS_LABELS.items()},
        "decision": {str(k): v for k, v in DECISION_LABELS.items()},
        "objection": {**dict(ObjectionDecision.choices), "pending": PENDING_LABEL},
        "dispute": {**dict(DisputeOutcome.choices), "open": OPEN_LABEL},
    }
    if field == "decision" and not value:
        return str(UNDECIDED_LABEL)
    return str(tables.get(field, {}).get(value, value))


def month_label(month: date) -> str:
    return date_format(month, "M Y")
