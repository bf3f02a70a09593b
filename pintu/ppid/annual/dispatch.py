"""Sending a published annual report to the Komisi Informasi: the signed cover letter and the record of
sending (DOMAIN.md section 5, issue #17 item 2 and #18 item 2).

- `draft_cover(user, report)`: the PPID Utama drafts the surat pengantar (letter kind
  `pengantar_laporan_tahunan`, pintu.letters). The report PDF is frozen in the same act: its bytes are
  stored on the report and its SHA-256 is printed in the letter's table of what is sent, so the signed
  letter vouches for exactly that file (the public downloads that file from then on).
- signing is pintu.letters.services.approve_and_sign (the signatory of that kind decides; the letter is
  then verifiable at /verifikasi/<token>/).
- `record_sending(user, report, ...)`: when and how it went (surat, e-mail, portal) with a reference;
  append-only (AnnualReportSending), with a public history event. Only once a cover letter is signed.

While a cover letter (draft or signed) stands, the report cannot be published again (services.publish_report):
discard the draft or revoke the letter first.
"""

import datetime
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.letters import services as letters
from pintu.letters.models import Letter, Status
from pintu.letters.selectors import current_letter, letters_of_case
from pintu.ppid.annual import pdf
from pintu.ppid.annual.models import COVER_KIND, AnnualReport, AnnualReportSending, SendingChannel
from pintu.ppid.annual.permissions import may_publish
from pintu.ppid.annual.selectors import published_reports
from pintu.ppid.annual.services import pemkab_name, published_content


def cover_letters(report: AnnualReport) -> QuerySet[Letter]:
    """Every cover letter of the report (drafts included: staff only), newest first."""
    return letters_of_case(report).filter(kind=COVER_KIND).order_by("-pk")


def signed_cover(report: AnnualReport) -> Letter | None:
    """The cover letter in force (signed, neither revoked nor superseded)."""
    return current_letter(report, COVER_KIND)


def has_standing_cover(report: AnnualReport) -> bool:
    """A draft or a letter in force: the report's file is then what the letter describes."""
    return cover_letters(report).filter(status__in=[Status.DRAFT, Status.ISSUED]).exists()


def report_file(report: AnnualReport) -> bytes:
    """The published report's PDF: the frozen one once a cover letter was drafted, else built now."""
    if report.report_pdf:
        return bytes(report.report_pdf)
    return pdf.build_pdf(published_content(report))


def _commission() -> Agency | None:
    return Agency.objects.filter(kind=AgencyKind.KOMISI_INFORMASI, active=True).order_by("pk").first()


def _issuing_agency(report: AnnualReport) -> Agency:
    if report.agency is not None:
        return report.agency
    root = Agency.objects.filter(kind=AgencyKind.PEMDA, parent__isnull=True).order_by("pk").first()
    if root is None:
        raise ValidationError(_("Pemerintah Kabupaten belum ada dalam data instansi."))
    return root


def _body_name(report: AnnualReport) -> str:
    return report.agency.name if report.agency else pemkab_name()


def cover_data(report: AnnualReport, sha256: str) -> dict:
    body = _body_name(report)
    link = settings.BASE_URL + reverse("ppid:annual_list")
    return {
        "year": report.year,
        "body_name": body,
        "items": [
            {
                "name": f"Laporan Tahunan Layanan Informasi Publik {body} Tahun {report.year} (PDF)",
                "quantity": "1 (satu) berkas",
                "note": f"SHA-256: {sha256}",
            },
            {
                "name": f"Rekapitulasi angka layanan informasi publik Tahun {report.year} (XLSX)",
                "quantity": "1 (satu) berkas",
                "note": "Salinan elektronik",
            },
        ],
        "link": link,
    }


def _require_utama(user) -> None:
    if not may_publish(user):
        raise PermissionDenied(_("Hanya PPID Utama yang menyiapkan dan mengirim laporan tahunan."))


@transaction.atomic
def draft_cover(user, report: AnnualReport) -> Letter:
    """A draft surat pengantar for a published report; freezes the report PDF it describes."""
    _require_utama(user)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if not report.is_published:
        raise ValidationError(_("Umumkan laporan tahunan ini dahulu: surat pengantar menyertai laporan yang "
                                "diumumkan."))  # fmt: skip
    if cover_letters(report).filter(status=Status.DRAFT).exists():
        raise ValidationError(_("Sudah ada draf surat pengantar; setujui atau buang draf itu dahulu."))
    commission = _commission()
    if commission is None:
        raise ValidationError(_("Komisi Informasi belum ada dalam data instansi."))
    if not report.report_pdf:  # frozen once per publication: a replacement letter names the same file
        content = pdf.build_pdf(published_content(report))
        report.report_pdf, report.report_sha256 = content, hashlib.sha256(content).hexdigest()
        report.save(update_fields=["report_pdf", "report_sha256", "updated_at"])
    body = _body_name(report)
    return letters.draft_letter(
        COVER_KIND,
        data=cover_data(report, report.report_sha256),
        addressee={"name": f"Ketua {commission.name}", "salutation": "jabatan", "address": commission.address},
        agency=_issuing_agency(report),
        drafter=user,
        case=report,
        case_reference=f"Laporan Tahunan {report.year} {body}"[:60],
        attachments=[f"Laporan Tahunan Layanan Informasi Publik Tahun {report.year}"],
        supersedes=signed_cover(report),
    )


def _check_sending(report: AnnualReport, sent_on, channel: str, reference: str, letter: Letter | None) -> dict:
    errors = {}
    if letter is None:
        errors["__all__"] = _("Surat pengantar belum ditandatangani; laporan dikirim bersama surat pengantar.")
    if channel not in SendingChannel.values:
        errors["channel"] = _("Pilih cara pengiriman: surat, e-mail, atau portal.")
    if not isinstance(sent_on, datetime.date):
        errors["sent_on"] = _("Tuliskan tanggal pengiriman.")
    elif sent_on > timezone.localdate():
        errors["sent_on"] = _("Tanggal pengiriman tidak boleh sesudah hari ini.")
    elif letter is not None and letter.dated and sent_on < letter.dated:
        errors["sent_on"] = _("Tanggal pengiriman tidak boleh sebelum tanggal surat pengantar.")
    if not reference:
        errors["reference"] = _("Tuliskan rujukan pengiriman: nomor resi atau tanda terima, alamat e-mail tujuan, "
                                "atau nomor tiket portal.")  # fmt: skip
    return errors


@transaction.atomic
def record_sending(user, report: AnnualReport, *, sent_on, channel: str, reference: str,
                   note: str = "") -> AnnualReportSending:  # fmt: skip
    """Record that the signed report went to the Komisi Informasi (a new record each time: append-only)."""
    _require_utama(user)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    letter = signed_cover(report)
    reference, note = (reference or "").strip(), (note or "").strip()
    errors = _check_sending(report, sent_on, channel, reference, letter)
    if errors:
        raise ValidationError(errors)
    sending = AnnualReportSending.objects.create(
        report=report, letter=letter, sent_on=sent_on, channel=channel, reference=reference, note=note,
        recorded_by=user,
    )  # fmt: skip
    record_event(report, "sent_to_ki", actor=user, actor_role=Role.PPID_UTAMA, agency=report.agency,
                 visibility=Visibility.PUBLIC,
                 payload={"on": sent_on.isoformat(), "channel": channel, "letter": letter.number})  # fmt: skip
    return sending


def sendings(report: AnnualReport) -> QuerySet[AnnualReportSending]:
    return report.sendings.select_related("letter").order_by("sent_on", "pk")


@dataclass(frozen=True)
class PublicRow:
    """A published report as the public list shows it: its signed cover letter and when it was sent."""

    report: AnnualReport
    cover: Letter | None
    sendings: list


def public_rows(limit: int | None = None) -> list[PublicRow]:
    reports = list(published_reports()[:limit] if limit else published_reports())
    covers = {}
    case_ids = [r.pk for r in reports]
    issued = Letter.objects.filter(case_type="annual_report", case_id__in=case_ids, kind=COVER_KIND,
                                   status=Status.ISSUED).order_by("signed_at")  # fmt: skip
    for letter in issued:
        covers[letter.case_id] = letter  # the latest signed one wins
    sent: dict[int, list] = {}
    for sending in AnnualReportSending.objects.filter(report__in=case_ids).order_by("sent_on", "pk"):
        sent.setdefault(sending.report_id, []).append(sending)
    return [PublicRow(r, covers.get(r.pk), sent.get(r.pk, [])) for r in reports]
