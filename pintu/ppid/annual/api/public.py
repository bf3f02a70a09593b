"""The published annual reports on the public API (the web's ppid:annual_list, annual_pdf/xlsx): the list,
and each report's files with the figures frozen when it was published."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, generics

from pintu.apikit.ids import checked_id, row_or_404
from pintu.apikit.schema import READ_PUBLIC, list_schema
from pintu.ppid.annual import downloads
from pintu.ppid.annual.api import serializers as sa
from pintu.ppid.annual.dispatch import public_rows
from pintu.ppid.annual.selectors import published_reports
from pintu.ppid.api.common import PUBLIC_TAG
from pintu.ppid.api.files import FileView, per_format, per_formats


@list_schema(tags=PUBLIC_TAG, summary="Laporan tahunan layanan informasi yang telah diumumkan", codes=READ_PUBLIC)
class PublicAnnualList(generics.ListAPIView):
    """Published annual reports (the figures frozen when published), newest year first."""

    serializer_class = sa.PublicAnnualReportSerializer

    def get_queryset(self):
        return published_reports()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "rows": {row.report.pk: row for row in public_rows()}}


class AnnualFile(FileView):
    """A published annual report, with the figures frozen when it was published."""

    def get(self, request, pk: int):
        report = row_or_404(published_reports(), pk, _("Laporan tahunan tidak ditemukan."))
        return downloads.published_annual(report, self.fmt).response()


ANNUAL_FILE = per_formats(
    AnnualFile, downloads.FORMATS, operation_id="ppid_annual_{fmt}", tags=PUBLIC_TAG, codes=READ_PUBLIC,
    summary="Unduh laporan tahunan PPID yang diumumkan ({FMT})",
)  # fmt: skip


class AnnualCoverFile(FileView):
    """The signed cover letter (surat pengantar) that sent a published report to the Komisi Informasi; it names
    the SHA-256 of the report PDF. 404 until it is signed."""

    def get(self, request, pk: int):
        report = published_reports().filter(pk=checked_id(pk)).first()
        download = downloads.cover_letter(report) if report is not None else None
        if download is None:
            raise exceptions.NotFound(_("Surat pengantar laporan tahunan belum ditandatangani."))
        return download.response()


ANNUAL_COVER = per_format(
    AnnualCoverFile, "pdf", operation_id="ppid_annual_cover_pdf", tags=PUBLIC_TAG, codes=READ_PUBLIC,
    summary="Unduh surat pengantar laporan tahunan yang ditandatangani (PDF)",
)  # fmt: skip
