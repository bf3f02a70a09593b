"""Inputs and answers of the PPID file endpoints: the filters of the CSV/XLSX exports (the web's filter
forms, named like the API's lists), the DIP import upload, and what an import answers.

A filter value outside its choices is a 400 here (the web silently ignores it): an integration should
learn that its filter did nothing rather than receive the whole register.
"""

from rest_framework import serializers

from pintu.api.ppid.serializers import StaffDipItemSerializer
from pintu.ppid.models import DipCategory
from pintu.ppid.models_objections import ObjectionStatus
from pintu.ppid.models_requests import STATUS_CHOICES
from pintu.ppid.objections.workflow import GROUNDS


class DipExportFilter(serializers.Serializer):
    """The public DIP list's filters (web: q, kategori, instansi)."""

    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=200,
                              help_text="Kata yang dicari")  # fmt: skip
    category = serializers.ChoiceField(choices=DipCategory.values, required=False, allow_blank=True, default="",
                                       help_text="Kategori DIP")  # fmt: skip
    agency = serializers.CharField(required=False, allow_blank=True, default="", max_length=40,
                                   help_text="Kode instansi; kode yang tidak ada: file tanpa baris")  # fmt: skip


class RequestExportFilter(serializers.Serializer):
    """The staff request register's filters (web: status, q, terlambat)."""

    status = serializers.ChoiceField(choices=[v for v, _label in STATUS_CHOICES], required=False, allow_blank=True,
                                     default="")  # fmt: skip
    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=40,
                              help_text="Nomor pendaftaran (lengkap atau sebagian)")  # fmt: skip
    overdue = serializers.BooleanField(required=False, default=False,
                                       help_text="Hanya yang melewati batas waktu pemberitahuan")  # fmt: skip


class ObjectionExportFilter(serializers.Serializer):
    """The staff objection register's filters (web: status, alasan, tahun)."""

    status = serializers.ChoiceField(choices=ObjectionStatus.values, required=False, allow_blank=True, default="")
    grounds = serializers.ChoiceField(choices=list(GROUNDS), required=False, allow_blank=True, default="",
                                      help_text="Huruf alasan keberatan (Pasal 35 ayat 1 UU 14/2008)")  # fmt: skip
    year = serializers.IntegerField(required=False, allow_null=True, default=None, min_value=2008, max_value=2100)


class DipImportInput(serializers.Serializer):
    """multipart/form-data: the spreadsheet and the agency whose DIP it fills (as drafts)."""

    agency = serializers.CharField(required=False, allow_blank=True, default="", max_length=40,
                                   help_text="Kode instansi pemilik daftar; boleh kosong bila Anda hanya mengelola "
                                             "satu instansi")  # fmt: skip
    file = serializers.FileField(help_text="CSV atau XLSX, baris pertama judul kolom, paling besar 5 MB")


class DipImportResult(serializers.Serializer):
    """Every row became a draft of the agency, in file order."""

    count = serializers.IntegerField()
    items = StaffDipItemSerializer(many=True)
