"""The registers' shapes on the API: the DIP (public and staff), its files and import, the DIK.

What is valid is the services' to say (pintu.ppid.registers.services.dip.clean_dip_fields,
dik.clean_dik_fields): these shapes only parse. The same rule set serves the web form, the import and
the API.
"""

from django.urls import reverse
from rest_framework import serializers

from pintu.apikit.refs import AgencyRefSerializer
from pintu.ppid.registers.models import DikItem, DipCategory, DipFile, DipItem

# --- DIP ------------------------------------------------------------------------------------------


class DipItemSerializer(serializers.ModelSerializer):
    agency = AgencyRefSerializer(read_only=True)
    link = serializers.CharField(read_only=True, help_text="Tautan; boleh kosong.")

    class Meta:
        model = DipItem
        fields = (
            "id", "agency", "number", "category", "section", "title", "summary", "holder", "responsible",
            "made_when_where", "form_kind", "form_note", "retention", "link", "last_published_date", "next_due_date",
            "hazard", "affected", "evacuation", "avoid_harm", "get_help", "in_force_until",
        )  # fmt: skip


class StaffDipItemSerializer(DipItemSerializer):
    class Meta(DipItemSerializer.Meta):
        fields = (*DipItemSerializer.Meta.fields, "status", "drafted_at", "published_at", "withdrawn_at",
                  "withdraw_reason")  # fmt: skip


class DipFieldsInput(serializers.Serializer):
    """The DIP columns; registers.services.dip.clean_dip_fields validates them (one rule set for web, import, API)."""

    number = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=1_000_000)
    category = serializers.CharField(max_length=20, required=False)
    section = serializers.CharField(max_length=400, required=False, allow_blank=True)
    title = serializers.CharField(max_length=400, required=False, allow_blank=True)
    summary = serializers.CharField(max_length=10_000, required=False, allow_blank=True)
    holder = serializers.CharField(max_length=400, required=False, allow_blank=True)
    responsible = serializers.CharField(max_length=400, required=False, allow_blank=True)
    made_when_where = serializers.CharField(max_length=400, required=False, allow_blank=True)
    form_kind = serializers.CharField(max_length=10, required=False, allow_blank=True)
    form_note = serializers.CharField(max_length=400, required=False, allow_blank=True)
    retention = serializers.CharField(max_length=400, required=False, allow_blank=True)
    link = serializers.CharField(max_length=600, required=False, allow_blank=True)
    hazard = serializers.CharField(max_length=4000, required=False, allow_blank=True,
                                   help_text="Serta merta: ancaman atau bahaya")  # fmt: skip
    affected = serializers.CharField(max_length=4000, required=False, allow_blank=True,
                                     help_text="Serta merta: siapa dan wilayah mana yang terdampak")  # fmt: skip
    evacuation = serializers.CharField(max_length=4000, required=False, allow_blank=True,
                                       help_text="Serta merta: evakuasi")  # fmt: skip
    avoid_harm = serializers.CharField(max_length=4000, required=False, allow_blank=True,
                                       help_text="Serta merta: cara menghindari bahaya")  # fmt: skip
    get_help = serializers.CharField(max_length=4000, required=False, allow_blank=True,
                                     help_text="Serta merta: cara mendapatkan bantuan")  # fmt: skip
    in_force_until = serializers.DateField(required=False, allow_null=True,
                                           help_text="Serta merta: tampil di beranda sampai tanggal ini")  # fmt: skip


class DipDraftInput(DipFieldsInput):
    agency = serializers.CharField(max_length=40, help_text="Kode instansi pemilik daftar")


class DipWithdrawInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class DipRefreshInput(serializers.Serializer):
    date = serializers.DateField(required=False, allow_null=True, default=None,
                                 help_text="Tanggal isi diperbarui; kosong: hari ini")  # fmt: skip


# --- a DIP item's files, the export and the import ------------------------------------------------


class DipFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = DipFile
        fields = ("id", "original_name", "content_type", "size", "sha256")


class DipFilesInput(serializers.Serializer):
    """For the schema only: the files are read from request.FILES and checked by pintu.files."""

    files = serializers.ListField(child=serializers.FileField(), min_length=1, max_length=5)


class DipExportFilter(serializers.Serializer):
    """The public DIP list's filters (web: q, kategori, instansi)."""

    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=200,
                              help_text="Kata yang dicari")  # fmt: skip
    category = serializers.ChoiceField(choices=DipCategory.values, required=False, allow_blank=True, default="",
                                       help_text="Kategori DIP")  # fmt: skip
    agency = serializers.CharField(required=False, allow_blank=True, default="", max_length=40,
                                   help_text="Kode instansi; kode yang tidak ada: file tanpa baris")  # fmt: skip


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


# --- DIK (the register of exempt information) -----------------------------------------------------


class PublicDikItemSerializer(serializers.ModelSerializer):
    """What ppid:dik_list shows of an exemption in force: no draft data, no officer account."""

    agency = AgencyRefSerializer(read_only=True)
    legal_basis_label = serializers.CharField(source="get_legal_basis_display", read_only=True)
    legal_basis_description = serializers.CharField(read_only=True)

    class Meta:
        model = DikItem
        fields = ("id", "agency", "document", "information", "legal_basis", "legal_basis_label",
                  "legal_basis_description", "other_law", "consequence", "public_interest", "exempt_until",
                  "decided_by", "decided_at", "letter")  # fmt: skip

    letter = serializers.SerializerMethodField()

    def get_letter(self, item) -> dict | None:
        return letter_ref(item.letter)


def letter_ref(letter) -> dict | None:
    """The signed determination: number, date, signatory and its public verification address."""
    if letter is None:
        return None
    return {"number": letter.number, "dated": letter.dated, "signer_name": letter.signer_name,
            "verification_url": reverse("letters:verify", args=[letter.token])}  # fmt: skip


class StaffDikItemSerializer(serializers.ModelSerializer):
    agency = AgencyRefSerializer(read_only=True)

    class Meta:
        model = DikItem
        fields = ("id", "agency", "information", "document", "legal_basis", "other_law", "consequence",
                  "public_interest", "exempt_until", "status", "decided_by", "decided_at", "drafted_at", "lifted_at",
                  "lift_reason", "letter", "letter_pending")  # fmt: skip

    letter = serializers.SerializerMethodField()
    letter_pending = serializers.SerializerMethodField()

    def get_letter(self, item) -> dict | None:
        return letter_ref(item.letter)

    def get_letter_pending(self, item) -> bool:
        return item.pending_letter_id is not None


class DikFieldsInput(serializers.Serializer):
    """The DIK columns; pintu.ppid.registers.services.dik.clean_dik_fields decides what is required and valid."""

    information = serializers.CharField(max_length=20_000, required=False, allow_blank=True)
    document = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    legal_basis = serializers.CharField(max_length=5, required=False, allow_blank=True, help_text="Pasal 17: a-j")
    other_law = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    consequence = serializers.CharField(max_length=20_000, required=False, allow_blank=True)
    public_interest = serializers.CharField(max_length=20_000, required=False, allow_blank=True)
    exempt_until = serializers.DateField(required=False, allow_null=True)


class DikDraftInput(DikFieldsInput):
    agency = serializers.CharField(max_length=40, help_text="Kode instansi pemilik daftar")


class DikDecideInput(serializers.Serializer):
    """The berita acara of the consequence test; the draft determination letter waits for the signatory."""

    test_date = serializers.DateField(required=False, allow_null=True, default=None, help_text="Kosong: hari ini")
    test_place = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    participants = serializers.ListField(
        child=serializers.CharField(max_length=400),
        required=False,
        default=list,
        max_length=50,
        help_text="Satu peserta per butir: 'nama - jabatan'",
    )
    conclusion = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")


class DikLetterInput(serializers.Serializer):
    """Sign or discard the waiting determination: no body."""


class DikLiftInput(serializers.Serializer):
    reason = serializers.CharField(max_length=4000, required=False, allow_blank=True, default="")
