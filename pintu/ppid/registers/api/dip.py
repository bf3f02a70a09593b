"""The DIP register on the staff API: the register as the officer sees it, drafting and editing a row,
and every action of registers.actions.DIP_ACTIONS on a row (publish, withdraw, the berkala refresh, its
documents), as the web's staff pages.

Reads start from dip_items_visible_to (404 otherwise); who may act is checked before any input is read
(a 403); validation and the last word are the services' (pintu.ppid.registers.services).
"""

from functools import partial

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.access import scope_of
from pintu.accounts.selectors import agencies_visible_to
from pintu.apikit.actions import CaseActionView
from pintu.apikit.ids import chosen_row, row_or_404
from pintu.apikit.schema import STAFF, action_schema, errors, list_schema
from pintu.apikit.uploads import cleaned_files
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.permissions import is_utama
from pintu.ppid.registers import services
from pintu.ppid.registers.actions import DIP_ACTIONS
from pintu.ppid.registers.api import serializers as s
from pintu.ppid.registers.permissions import own_agency_ids, require_keeper
from pintu.ppid.registers.selectors import ALL_REGISTER_ROLES, berkala_overdue, dip_items_visible_to
from pintu.ppid.registers.services.files import DIP_UPLOAD_POLICY


def item_for(user, pk: int):
    return row_or_404(dip_items_visible_to(user), pk, _("Informasi DIP tidak ditemukan."))


@list_schema(tags=TAG, summary="DIP (semua status yang terlihat oleh Anda)", codes=STAFF)
class StaffDipList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.StaffDipItemSerializer

    def get_queryset(self):
        return dip_items_visible_to(self.request.user)


@list_schema(tags=TAG, summary="Informasi berkala terlambat (dasbor PPID Utama)", codes=STAFF)
class StaffBerkalaOverdue(generics.ListAPIView):
    """The PPID Utama's dashboard of overdue berkala items (the page /ppid/staf/berkala/), by unit then due date."""

    permission_classes = [PpidStaff]
    serializer_class = s.StaffDipItemSerializer

    def get(self, request, *args, **kwargs):
        if not scope_of(request.user).has(*ALL_REGISTER_ROLES):
            raise exceptions.PermissionDenied(_("Dasbor ini untuk PPID Utama."))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return berkala_overdue(self.request.user, timezone.localdate())


class StaffDipDraft(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Buat draf informasi DIP", request=s.DipDraftInput,
                   responses={201: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        user = request.user
        if not (is_utama(user) or own_agency_ids(user)):
            raise exceptions.PermissionDenied(_("Hanya PPID Pembantu atau PPID Utama yang mengelola DIP."))
        form = s.DipDraftInput(data=request.data)
        form.is_valid(raise_exception=True)
        fields = dict(form.validated_data)
        agencies = agencies_visible_to(user)
        agency = chosen_row(agencies, _("Pilih instansi dari daftar."), field="agency", code=fields.pop("agency"))
        item = services.draft_dip_item(user, agency, **fields)
        return Response(s.StaffDipItemSerializer(item).data, status=201)


class StaffDipDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu informasi DIP (petugas)", responses={200: s.StaffDipItemSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(s.StaffDipItemSerializer(item_for(request.user, pk)).data)


class StaffDipUpdate(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Ubah kolom informasi DIP (hanya yang dikirim)", request=s.DipFieldsInput,
                   responses={200: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        require_keeper(request.user, item.agency)
        form = s.DipFieldsInput(data=request.data)
        form.is_valid(raise_exception=True)
        item = services.update_dip_item(request.user, item, **form.validated_data)
        return Response(s.StaffDipItemSerializer(item).data)


# --- the actions on a row (registers.actions.DIP_ACTIONS) -----------------------------------------------


class DipAction(CaseActionView):
    """One action of registers.actions.DIP_ACTIONS on a row the caller sees (pintu.apikit.actions); an action
    without a serializer takes no body."""

    permission_classes = [PpidStaff]
    actions = DIP_ACTIONS

    def case_for(self, user, pk: int):
        return item_for(user, pk)

    def answer(self, request, item, outcome) -> Response:
        return Response(s.StaffDipItemSerializer(outcome.case).data)


dip_action = partial(action_schema, tags=TAG, answer=s.StaffDipItemSerializer, codes=STAFF)  # each action's schema


@dip_action(summary="Umumkan informasi DIP (PPID Utama)")
class StaffDipPublish(DipAction):
    """Publish a row in the DIP (the PPID Utama); the statutory columns must be filled."""

    action = "publish"


@dip_action(summary="Tarik informasi dari DIP (PPID Utama)")
class StaffDipWithdraw(DipAction):
    """Take a published row off the public DIP, with a reason (the PPID Utama)."""

    action, serializer = "withdraw", s.DipWithdrawInput


@dip_action(summary="Catat pembaruan informasi berkala yang diumumkan")
class StaffDipRefresh(DipAction):
    """Record that a published berkala row was refreshed (its keepers); the next due date follows."""

    action, serializer = "refresh", s.DipRefreshInput


class StaffDipAddFiles(APIView):
    """Add documents to a row (its keepers), checked by content with the DIP upload policy (larger files,
    long PDFs), as on the web."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Tambah berkas informasi DIP (multipart, field files)",
                   request={"multipart/form-data": s.DipFilesInput},
                   responses={201: s.DipFileSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        DIP_ACTIONS.check("add_files", request.user, item)
        files = cleaned_files(request, policy=DIP_UPLOAD_POLICY)
        if not files:
            raise exceptions.ValidationError({"files": [_("Pilih sedikitnya satu berkas.")]})
        outcome = DIP_ACTIONS.perform("add_files", user=request.user, case=item, files=files)
        return Response(s.DipFileSerializer(outcome.case, many=True).data, status=201)


class StaffDipRemoveFile(APIView):
    """Remove one document of a row (its keepers); the answer lists the documents that remain."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Hapus satu berkas informasi DIP; jawabannya berkas yang tersisa", request=None,
                   responses={200: s.DipFileSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int, file_pk: int):
        item = item_for(request.user, pk)
        DIP_ACTIONS.check("remove_file", request.user, item)
        row = row_or_404(item.files, file_pk, _("Berkas tidak ditemukan."))
        DIP_ACTIONS.perform("remove_file", user=request.user, case=item, data={"file": row})
        return Response(s.DipFileSerializer(item.files.order_by("pk"), many=True).data)
