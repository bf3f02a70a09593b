"""The input of each staff action (one serializer per action), the answer they share, and the map of the
API face: action name -> (path segment, serializer) (views in api/staff_actions.py).

The same keys as the web's forms (pintu.complaints.forms_staff), already resolved to objects, so both
faces hand pintu.complaints.actions the same data: agencies by code from the lists the web offers
(pintu.complaints.choices), a category by id from the categories the user may see, split parts as
(title, text, agency).
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from pintu.apikit.ids import chosen_row
from pintu.categories.selectors import categories_visible_to
from pintu.complaints.choices import FORWARD_CHANNELS, inside_agencies, outside_agencies
from pintu.complaints.models import ArchiveKind, Privacy, ReportKind, privacy_flags
from pintu.history.models import Visibility

MAX_ID = 2**62


@extend_schema_field(OpenApiTypes.STR)
class AgencyCodeField(serializers.SlugRelatedField):
    """An agency by its code, from the list the web form offers this user (`choices(user, report)`)."""

    def __init__(self, choices, **kwargs):
        self.choices_for = choices
        super().__init__(slug_field="code", **kwargs)

    def get_queryset(self):
        return self.choices_for(self.context["user"], self.context["report"])

    default_error_messages = {
        "does_not_exist": "Pilih instansi dari daftar.",
        "invalid": "Pilih instansi dari daftar.",
    }


def _inside(user, report):
    return inside_agencies(user)


def _outside(user, report):
    return outside_agencies(user)


def _inside_other(user, report):
    return inside_agencies(user).exclude(pk=report.assigned_agency_id)


class EmptyInput(serializers.Serializer):
    pass


class ReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000)


class OptionalReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class DispositionInput(serializers.Serializer):
    agency = AgencyCodeField(_inside, help_text="Kode OPD tujuan")
    note = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
    suggestion = serializers.CharField(
        max_length=100, required=False, allow_blank=True, default="",
        help_text="Nilai `suggestion` dari saran instansi pada detail laporan, bila saran itu yang dipilih.",
    )  # fmt: skip


class ForwardOutInput(serializers.Serializer):
    agency = AgencyCodeField(_outside, help_text="Kode instansi di luar pemda")
    channel = serializers.ChoiceField(choices=FORWARD_CHANNELS)
    reference = serializers.CharField(max_length=120, required=False, allow_blank=True, default="")
    follow_up_date = serializers.DateField()
    reason = serializers.CharField(max_length=4000)


class ArchiveInput(serializers.Serializer):
    archive_kind = serializers.ChoiceField(
        choices=[(k.value, k.label) for k in ArchiveKind if k not in (ArchiveKind.DUPLICATE, ArchiveKind.SPLIT)]
    )
    reason = serializers.CharField(max_length=4000)


class RequestInfoInput(serializers.Serializer):
    question = serializers.CharField(max_length=4000)


class FollowUpInput(serializers.Serializer):
    text = serializers.CharField(max_length=10_000)
    visibility = serializers.ChoiceField(choices=[Visibility.PUBLIC, Visibility.REPORTER], default=Visibility.PUBLIC)
    files = serializers.ListField(child=serializers.FileField(), required=False, help_text="multipart saja")


class SendBackInput(serializers.Serializer):
    suggested_agency = AgencyCodeField(_inside_other, help_text="Kode OPD yang seharusnya menangani")
    reason = serializers.CharField(max_length=4000)


class TextInput(serializers.Serializer):
    text = serializers.CharField(max_length=10_000)


class EditInput(serializers.Serializer):
    title = serializers.CharField(max_length=150)
    kind = serializers.ChoiceField(choices=ReportKind.choices)
    category = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=MAX_ID)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def validate_category(self, value):
        """The category with this id among those the user may see (None: leave the category as it is)."""
        if not value:
            return None
        return chosen_row(categories_visible_to(self.context["user"]), _("Pilih kategori dari daftar."), pk=value)


@extend_schema_serializer(deprecate_fields=["privacy"])
class PrivacyInput(serializers.Serializer):
    anonim = serializers.BooleanField(
        required=False, help_text="Identitas pelapor disembunyikan dari semua petugas kecuali admin instansi. "
        "Tidak dikirim: tetap seperti sekarang.")  # fmt: skip
    rahasia = serializers.BooleanField(
        required=False, help_text="Laporan tidak tampil kepada publik. Tidak dikirim: tetap seperti sekarang."
    )
    privacy = serializers.ChoiceField(
        choices=Privacy.choices, required=False,
        help_text="USANG (deprecated, dihapus pada rilis berikutnya): pilihan tunggal lama. biasa = keduanya false, "
        "anonim = anonim saja, rahasia = rahasia saja. Gunakan `anonim` dan `rahasia`.",
    )  # fmt: skip
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def validate(self, attrs):
        report = self.context["report"]
        if attrs.get("privacy"):
            attrs["anonim"], attrs["rahasia"] = privacy_flags(attrs.pop("privacy"))
        attrs.setdefault("anonim", report.anonim)
        attrs.setdefault("rahasia", report.rahasia)
        return attrs


class VerifyInput(serializers.Serializer):
    public_title = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default="",
        help_text="Judul versi publik yang telah ditinjau (kosong: versi publik otomatis, `public_title` detail).",
    )  # fmt: skip
    public_text = serializers.CharField(
        max_length=10_000, required=False, allow_blank=True, default="",
        help_text="Isi versi publik yang telah ditinjau, mis. nama orang lain atau alamat dihapus (kosong: otomatis).",
    )  # fmt: skip


class PublicTextInput(serializers.Serializer):
    public_title = serializers.CharField(max_length=200, help_text="Judul yang dibaca publik")
    public_text = serializers.CharField(max_length=10_000, help_text="Isi laporan yang dibaca publik")


class PengawasanInput(serializers.Serializer):
    flagged = serializers.BooleanField()
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class MergeInput(serializers.Serializer):
    master_code = serializers.CharField(max_length=20)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class SplitPartInput(serializers.Serializer):
    title = serializers.CharField(max_length=150)
    text = serializers.CharField(max_length=4000)
    agency = AgencyCodeField(_inside)


class SplitInput(serializers.Serializer):
    parts = SplitPartInput(many=True, min_length=2, max_length=4)
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")

    def validate_parts(self, parts: list[dict]) -> list[tuple]:
        return [(part["title"], part["text"], part["agency"]) for part in parts]  # as the web's SplitForm


class ActionResultSerializer(serializers.Serializer):
    detail = serializers.CharField()
    report = serializers.CharField(allow_null=True, help_text="Kode laporan, bila masih terlihat oleh Anda.")
    created = serializers.ListField(child=serializers.CharField(), required=False)


# --- the API face's map: action -> path and input ----------------------------------------------------


@dataclass(frozen=True)
class ApiAction:
    name: str  # URL segment: staff/reports/{code}/<name>/
    action: str  # the action in pintu.complaints.actions.ACTIONS (the web's action of the same name)
    serializer: type
    summary: str
    multipart: bool = False


#: Action name (pintu.complaints.actions.ACTIONS) -> its endpoint, in the order of the schema.
API_ACTIONS: dict[str, ApiAction] = {
    a.action: a
    for a in [
        ApiAction("verify", "verify", VerifyInput, "Verifikasi (dengan versi publik yang ditinjau)"),
        ApiAction("edit", "edit", EditInput, "Perbaiki judul, jenis atau kategori"),
        ApiAction("privacy", "privacy", PrivacyInput, "Ubah kerahasiaan (anonim, rahasia)"),
        ApiAction("public-text", "public_text", PublicTextInput, "Perbaiki versi publik judul dan isi"),
        ApiAction("pengawasan", "pengawasan", PengawasanInput, "Tandai berkadar pengawasan"),
        ApiAction("hold", "hold", ReasonInput, "Tunda"),
        ApiAction("resume", "resume", OptionalReasonInput, "Lanjutkan"),
        ApiAction("archive", "archive", ArchiveInput, "Arsipkan"),
        ApiAction("disposition", "disposition", DispositionInput, "Disposisikan ke OPD"),
        ApiAction("forward-out", "forward_out", ForwardOutInput, "Limpahkan ke luar pemda"),
        ApiAction("external-answer", "record_external_answer", TextInput, "Catat jawaban instansi tujuan"),
        ApiAction("admin-close", "admin_close", ReasonInput, "Tutup (admin instansi)"),
        ApiAction("reopen", "reopen", ReasonInput, "Buka kembali (admin instansi)"),
        ApiAction("accept", "accept", EmptyInput, "Terima untuk ditangani"),
        ApiAction("request-info", "request_info", RequestInfoInput, "Minta informasi dari pelapor"),
        ApiAction("follow-up", "post_follow_up", FollowUpInput, "Kirim tindak lanjut", multipart=True),
        ApiAction("send-back", "send_back", SendBackInput, "Bukan wewenang: kembalikan ke admin"),
        ApiAction("close", "close", ReasonInput, "Tutup laporan"),
        ApiAction("merge", "merge", MergeInput, "Gabungkan sebagai duplikat"),
        ApiAction("split", "split", SplitInput, "Pecah menjadi beberapa laporan"),
    ]
}
