"""The DIP import on the staff API (the web's ppid:staff_dip_import): one agency the caller keeps, one
CSV/XLSX, every row a draft or none (registers.io.import_dip, errors per spreadsheet row)."""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response

from pintu.apikit.schema import STAFF, errors
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.api.files import FileView
from pintu.ppid.registers import io
from pintu.ppid.registers.api import serializers as s
from pintu.ppid.registers.selectors import register_agencies_for


class DipImport(FileView):
    """The web's import form: one agency the caller keeps, one CSV/XLSX; every row a draft, or none."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, operation_id="staff_ppid_dip_import",
                   summary="Impor DIP dari CSV/XLSX sebagai draf (semua baris atau tidak sama sekali)",
                   request={"multipart/form-data": s.DipImportInput},
                   responses={201: s.DipImportResult, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        agencies = register_agencies_for(request.user).order_by("name")
        if not agencies.exists():
            raise exceptions.PermissionDenied(_("Hanya PPID Pembantu atau PPID Utama yang mengelola DIP."))
        form = s.DipImportInput(data=request.data)
        form.is_valid(raise_exception=True)
        code = form.validated_data["agency"]
        agency = agencies.filter(code=code).first() if code else None
        if agency is None and not code and agencies.count() == 1:
            agency = agencies.first()
        if agency is None:
            raise exceptions.ValidationError({"agency": [_("Pilih instansi dari daftar.")]})
        upload = form.validated_data["file"]
        try:
            if upload.size > io.MAX_IMPORT_BYTES:
                raise io.DipImportError([_("Berkas terlalu besar (paling besar 5 MB).")])
            result = io.import_dip(request.user, agency, upload.name, upload.read())
        except io.DipImportError as exc:
            raise exceptions.ValidationError({"file": exc.errors}) from None
        return Response(s.DipImportResult({"count": result.count, "items": result.created}).data, status=201)
