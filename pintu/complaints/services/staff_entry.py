"""An officer records a report brought in person, by phone or by letter: one use case for both faces.

The web's form (forms_staff.StaffReportForm) and the API's input (api/serializers/staff_entry.py) parse
the same fields with the same choices and the same sentences (MESSAGES, the choice lists below) and hand
their cleaned values to `record_report`, which checks the role and submits through the one intake
service (services.intake.submit_report), with the officer as `created_by`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from pintu.accounts.access import scope_of
from pintu.accounts.selectors import areas_visible_to
from pintu.categories.selectors import categories_visible_to
from pintu.complaints.permissions import ENTRY_ROLES
from pintu.complaints.selectors import handled_by
from pintu.complaints.services.intake import ReportDraft, Submitted, submit_report
from pintu.files.validation import CleanFile

#: What an officer's entry carries into the draft (files and the officer are passed beside them).
DRAFT_FIELDS = (
    "channel",
    "kind",
    "category",
    "title",
    "text",
    "kecamatan",
    "desa",
    "latitude",
    "longitude",
    "incident_date",
    "anonim",
    "rahasia",
    "privacy",  # DEPRECATED (issue #15): the old single choice, mapped to the flags by ReportDraft
    "name",
    "email",
    "phone",
    "nik",
    "idempotency_key",
)
TITLE_MAX, TEXT_MAX, NAME_MAX, EMAIL_MAX, PHONE_MAX, NIK_MAX = 150, 10_000, 150, 254, 20, 20

#: The sentences of the entry's fields (the web form's and the API's), by field and error code.
MESSAGES = {
    "channel": {"required": _("Pilih saluran laporan."), "invalid_choice": _("Pilih saluran laporan.")},
    "kind": {"required": _("Pilih jenis laporan."), "invalid_choice": _("Pilih jenis laporan.")},
    "category": {"invalid_choice": _("Pilih kategori dari daftar.")},
    "title": {"required": _("Tuliskan judul laporan.")},
    "text": {"required": _("Ceritakan masalahnya, paling sedikit 10 karakter.")},
    "kecamatan": {
        "required": _("Pilih kecamatan tempat masalah terjadi."),
        "invalid_choice": _("Pilih kecamatan dari daftar."),
    },
    "desa": {"invalid_choice": _("Pilih desa/kelurahan dari daftar.")},
    "latitude": {"invalid": _("Lintang harus berupa angka, misalnya -3.2431.")},
    "longitude": {"invalid": _("Bujur harus berupa angka, misalnya 104.6532.")},
    "incident_date": {"invalid": _("Tanggal harus berupa tanggal yang sah, misalnya 2026-03-16.")},
    "privacy": {"required": _("Pilih kerahasiaan laporan."), "invalid_choice": _("Pilih kerahasiaan laporan.")},
}


@dataclass(frozen=True)
class Entered:
    submitted: Submitted  # the secret is in here once: it is stored hashed, the officer hands it over
    can_open: bool  # whether the report is in this officer's inbox (an OPD's entry may go elsewhere)


def categories_for_entry(user):
    return categories_visible_to(user)


def kecamatan_for_entry(user):
    return areas_visible_to(user).filter(level="kecamatan").order_by("name")


def desa_for_entry(user):
    return areas_visible_to(user).filter(level__in=["desa", "kelurahan"]).order_by("parent__name", "name")


def record_report(user, values: dict, files: list[CleanFile] | None = None) -> Entered:
    """Submit the officer's entry (`values`: DRAFT_FIELDS, cleaned by a face) with its checked files."""
    if not scope_of(user).has(*ENTRY_ROLES):
        raise PermissionDenied(_("Hanya admin instansi dan pejabat penghubung yang dapat mencatat laporan."))
    given = {name: values[name] for name in DRAFT_FIELDS if values.get(name) is not None}
    given.setdefault("title", "")  # the service says what is missing, in its own words
    given.setdefault("text", "")
    given.setdefault("kecamatan", None)
    # The citizen's language is not the officer's screen language: mail them in the default one.
    draft = ReportDraft(**given, files=list(files or []), created_by=user, language=settings.LANGUAGE_CODE)
    submitted = submit_report(draft)
    return Entered(submitted, handled_by(user).filter(pk=submitted.report.pk).exists())
