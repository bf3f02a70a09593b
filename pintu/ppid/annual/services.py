"""Annual report use cases: edit the narrative, publish (freezing the figures), build the documents.

Who may do what: annual/permissions.py (the narrative of an OPD report also by its PPID Pembantu;
publishing by the PPID Utama). Publishing again refreshes the figures.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.letters.models import Status as LetterStatus
from pintu.letters.selectors import letters_of_case
from pintu.ppid.annual.models import COVER_KIND, AnnualReport, AnnualReportSection, SectionKey
from pintu.ppid.annual.permissions import may_edit, may_publish
from pintu.ppid.annual.stats import annual_stats

MIN_YEAR = 2008  # UU 14/2008


def find_report(year: int, agency: Agency | None) -> AnnualReport | None:
    return AnnualReport.objects.filter(year=year, agency=agency).first()


def _report(year: int, agency: Agency | None) -> AnnualReport:
    if year < MIN_YEAR or year > timezone.localdate().year:
        raise ValidationError(_("Tahun laporan tidak valid."))
    report = (
        AnnualReport.objects.select_for_update(of=("self",)).filter(year=year, agency=agency).order_by("pk").first()
    )
    return report or AnnualReport.objects.create(year=year, agency=agency)


def sections_of(report: AnnualReport | None) -> dict[str, str]:
    texts = dict.fromkeys(SectionKey.values, "")
    if report is not None:
        texts.update({s.key: s.text for s in report.sections.all()})
    return texts


@transaction.atomic
def save_sections(user, year: int, agency: Agency | None, texts: dict[str, str]) -> AnnualReport:
    if not may_edit(user, agency):
        raise PermissionDenied(_("Anda tidak dapat mengubah laporan tahunan ini."))
    report = _report(year, agency)
    changed = []
    for key in SectionKey.values:
        if key not in texts:
            continue
        text = (texts[key] or "").strip()
        defaults = {"text": text, "updated_by": user}
        row, created = AnnualReportSection.objects.get_or_create(report=report, key=key, defaults=defaults)
        if created:
            changed.append(key)
        elif row.text != text:
            row.text, row.updated_by = text, user
            row.save()
            changed.append(key)
    record_event(report, "narrative_saved", actor=user, actor_role="ppid", agency=agency,
                 visibility=Visibility.INTERNAL, payload={"sections": changed})  # fmt: skip
    return report


@transaction.atomic
def publish_report(user, year: int, agency: Agency | None) -> AnnualReport:
    """Freeze the figures and make the report public (due by 31 March for the previous year)."""
    if not may_publish(user):
        raise PermissionDenied(_("Hanya PPID Utama yang dapat mengumumkan laporan tahunan."))
    if year >= timezone.localdate().year:
        raise ValidationError(_("Laporan tahunan diumumkan sesudah tahunnya berakhir."))
    report = _report(year, agency)
    covers = letters_of_case(report).filter(kind=COVER_KIND, status__in=[LetterStatus.DRAFT, LetterStatus.ISSUED])
    if report.pk and covers.exists():
        raise ValidationError(_(
            "Laporan ini sudah disertai surat pengantar ke Komisi Informasi. Untuk mengumumkan ulang, buang draf "
            "surat pengantarnya atau cabut surat yang sudah ditandatangani."
        ))  # fmt: skip
    report.snapshot = annual_stats(year, agency)
    report.snapshot["sections"] = sections_of(report)
    report.published_at, report.published_by = timezone.now(), user
    report.report_pdf, report.report_sha256 = None, ""  # the next cover letter freezes the new file
    report.save()
    record_event(report, "published", actor=user, actor_role=Role.PPID_UTAMA, agency=agency,
                 visibility=Visibility.PUBLIC)  # fmt: skip
    return report


def pemkab_name() -> str:
    root = Agency.objects.filter(kind=AgencyKind.PEMDA, parent__isnull=True).order_by("pk").first()
    return root.name if root else _("Pemerintah Kabupaten")


@dataclass(frozen=True)
class ReportContent:
    year: int
    body_name: str  # the Pemkab, or the OPD
    stats: dict
    sections: dict[str, str]
    published_at: object | None


def live_content(year: int, agency: Agency | None) -> ReportContent:
    """Figures computed now and the current narrative (the staff's draft)."""
    report = find_report(year, agency)
    return ReportContent(year, agency.name if agency else pemkab_name(), annual_stats(year, agency),
                         sections_of(report), report.published_at if report else None)  # fmt: skip


def published_content(report: AnnualReport) -> ReportContent:
    """What was published: the frozen figures and narrative."""
    stats = dict(report.snapshot)
    sections = {**dict.fromkeys(SectionKey.values, ""), **stats.pop("sections", {})}
    return ReportContent(report.year, report.agency.name if report.agency else pemkab_name(), stats, sections,
                         report.published_at)  # fmt: skip
