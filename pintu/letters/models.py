"""The region's official letters: kop, numbering, signatories, per-kind settings, and the letters.

Configuration (Letterhead, NumberingScheme, KindSetting, Signatory, Delegation) is edited by the system
admin in the Django admin. A Letter changes only through pintu.letters.services; once signed it is
immutable: the model, its queryset and database triggers (in migrations/0001_initial.py)
refuse any change except revocation and supersession, and `sha256` is the hash of the signed file.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from pintu.accounts.roles import Role
from pintu.letters.kinds import get_kind
from pintu.letters.nip import validate_nip
from pintu.privacy.fields import EncryptedTextField
from pintu.privacy.hints import NIK_HINT

#: The roles a signatory can sign as (the rest of Role never signs a PPID letter).
SIGNER_ROLES = [(r.value, r.label) for r in (Role.PPID_UTAMA, Role.PPID_PEMBANTU, Role.ATASAN_PPID)]


class LetterImmutableError(Exception):
    """Raised on any attempt to change or delete a signed letter other than revoking or superseding it."""


class Letterhead(models.Model):
    """The kop surat of a unit; the row without an agency is the Pemkab's default."""

    agency = models.OneToOneField(
        "agencies.Agency",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="letterhead",
        help_text=_("Kosongkan untuk kop bawaan Pemerintah Daerah."),
    )
    crest = models.ImageField(_("lambang daerah"), upload_to="letters/kop/", blank=True)
    government_name = models.CharField(_("nama pemerintah daerah"), max_length=150)
    unit_name = models.CharField(_("nama unit"), max_length=200)
    unit_code = models.CharField(
        _("kode unit (penomoran)"), max_length=40, help_text=_("Dipakai pada nomor surat, misalnya DISKOMINFO.")
    )
    address = models.CharField(_("alamat"), max_length=250)
    postcode = models.CharField(_("kode pos"), max_length=10, blank=True)
    phone = models.CharField(_("telepon"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.CharField(_("laman"), max_length=120, blank=True)
    place = models.CharField(_("tempat penandatanganan"), max_length=80, help_text=_("Misalnya Indralaya."))

    class Meta:
        verbose_name = _("kop surat")
        verbose_name_plural = _("kop surat")
        constraints = [  # one default: COALESCE(agency, 0) is unique (the OneToOne covers the units)
            models.UniqueConstraint(Coalesce("agency", Value(0)), name="letterhead_one_default"),
        ]

    def __str__(self) -> str:
        return f"{self.unit_name} ({self.government_name})"


class NumberingScheme(models.Model):
    """How numbers are formed: a pattern with {kode}, {nomor}, {unit}, {tahun}, {bulan} (Roman month)."""

    name = models.CharField(_("nama"), max_length=100, unique=True)
    pattern = models.CharField(
        _("pola nomor"),
        max_length=120,
        default="{kode}/{nomor}/{unit}/{tahun}",
        help_text=_("Unsur: {kode} kode klasifikasi, {nomor} nomor urut, {unit} kode unit, {tahun}, {bulan} (I-XII)."),
    )
    classification_code = models.CharField(
        _("kode klasifikasi"), max_length=30, help_text=_("Kode klasifikasi arsip (Permendagri 83/2022).")
    )
    unit_code = models.CharField(
        _("kode unit tetap"),
        max_length=40,
        blank=True,
        help_text=_("Kosongkan agar memakai kode unit dari kop surat unit yang menerbitkan."),
    )
    serial_width = models.PositiveSmallIntegerField(_("jumlah digit nomor urut"), default=3)

    class Meta:
        verbose_name = _("skema penomoran")
        verbose_name_plural = _("skema penomoran")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class NumberCounter(models.Model):
    """The last serial given per scheme, year and unit; locked FOR UPDATE when a letter is signed."""

    scheme = models.ForeignKey(NumberingScheme, on_delete=models.PROTECT, related_name="counters")
    year = models.PositiveSmallIntegerField()
    unit_code = models.CharField(max_length=40)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scheme", "year", "unit_code"], name="letter_counter_unique")]

    def __str__(self) -> str:
        return f"{self.scheme} {self.year} {self.unit_code}: {self.last}"


class KindSetting(models.Model):
    """The region's settings for one letter kind (created with the kind's defaults on first use)."""

    kind = models.CharField(_("jenis surat"), max_length=40, unique=True)
    numbering = models.ForeignKey(NumberingScheme, verbose_name=_("skema penomoran"), on_delete=models.PROTECT)
    signer_role = models.CharField(
        _("ditandatangani oleh"),
        max_length=30,
        choices=SIGNER_ROLES,
        help_text=_("PPID Utama sebagai bawaan; daerah dapat mendelegasikan jenis surat ini kepada PPID Pembantu."),
    )
    sifat = models.CharField(_("sifat bawaan"), max_length=30, default="Biasa")
    hal = models.CharField(_("hal bawaan"), max_length=200, blank=True, help_text=_("Kosong: hal bawaan jenis surat."))
    closing = models.TextField(
        _("kalimat penutup"), blank=True, help_text=_("{sapaan} diganti sapaan penerima (Bapak, Ibu, Bapak/Ibu).")
    )
    copies_to = models.TextField(_("tembusan"), blank=True, help_text=_("Satu penerima tembusan per baris."))

    class Meta:
        verbose_name = _("pengaturan jenis surat")
        verbose_name_plural = _("pengaturan jenis surat")
        ordering = ["kind"]

    def __str__(self) -> str:
        return str(get_kind(self.kind).label)


class Signatory(models.Model):
    """A named official who signs letters: for a role, in a unit, with the certificate used to sign."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Akun yang menyetujui dan menandatangani; tanpa akun, tidak dapat menandatangani."),
    )
    name = models.CharField(_("nama lengkap dengan gelar"), max_length=150)
    post = models.CharField(_("jabatan"), max_length=250, help_text=_("Seperti tertulis di atas nama pada surat."))
    rank = models.CharField(_("pangkat/golongan"), max_length=80, blank=True)
    nip = models.CharField(_("NIP"), max_length=21, validators=[validate_nip])
    role = models.CharField(
        _("menandatangani sebagai"),
        max_length=30,
        blank=True,
        choices=SIGNER_ROLES,
        help_text=_("Kosongkan untuk pejabat yang hanya menandatangani sebagai Plh./Plt./a.n. (lihat Delegasi)."),
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Unit yang suratnya ditandatangani (untuk PPID Pembantu: unit dan unit di bawahnya)."),
    )
    certificate = models.CharField(
        _("sertifikat (PKCS#12)"),
        max_length=80,
        blank=True,
        validators=[
            RegexValidator(r"^[A-Za-z0-9_.-]*$", _("Hanya huruf, angka, titik, garis bawah, dan tanda hubung."))
        ],
        help_text=_("Nama berkas .p12 di PINTU_LETTERS_CERT_DIR, tanpa .p12."),
    )
    signing_id = EncryptedTextField(
        _("ID penanda tangan pada layanan TTE"),
        blank=True,
        help_text=format_lazy(
            "{} {} {}", _("Untuk layanan tanda tangan BSrE: NIK penanda tangan."), NIK_HINT, _("Disimpan terenkripsi.")
        ),  # the NIK hint every other NIK field shows
    )
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("penanda tangan")
        verbose_name_plural = _("penanda tangan")
        ordering = ["role", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display() or _('penerima delegasi')})"


class DelegationForm(models.TextChoices):
    PLH = "Plh.", _("Plh. (pelaksana harian)")
    PLT = "Plt.", _("Plt. (pelaksana tugas)")
    AN = "a.n.", _("a.n. (atas nama)")


class Delegation(models.Model):
    """For a period, `delegate` signs what `principal` signs, as Plh./Plt./a.n."""

    principal = models.ForeignKey(
        Signatory, verbose_name=_("pejabat yang diwakili"), on_delete=models.PROTECT, related_name="delegations_given"
    )
    delegate = models.ForeignKey(
        Signatory, verbose_name=_("penerima delegasi"), on_delete=models.PROTECT, related_name="delegations_received"
    )
    form = models.CharField(_("bentuk"), max_length=5, choices=DelegationForm.choices, default=DelegationForm.PLH)
    starts_on = models.DateField(_("mulai"))
    ends_on = models.DateField(_("sampai dengan"))
    kinds = models.JSONField(_("jenis surat"), default=list, blank=True, help_text=_("Kosong: semua jenis surat."))
    reference = models.CharField(_("dasar penunjukan"), max_length=200, blank=True)
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("delegasi penandatanganan")
        verbose_name_plural = _("delegasi penandatanganan")
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="delegation_period_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.form} {self.principal.post}: {self.delegate.name}"


class Status(models.TextChoices):
    DRAFT = "draft", _("Draf")
    ISSUED = "issued", _("Diterbitkan (ditandatangani)")
    REVOKED = "revoked", _("Dicabut")
    SUPERSEDED = "superseded", _("Digantikan surat perbaikan")


#: Columns a signed letter may still change (and only from `issued`): revocation and supersession.
MUTABLE_AFTER_SIGNING = frozenset({"status", "revoked_at", "revoked_by", "revocation_reason", "superseded_at"})


class LetterQuerySet(models.QuerySet):
    def signed(self):
        return self.exclude(status=Status.DRAFT)

    def delete(self):
        if self.signed().exists():
            raise LetterImmutableError("Surat yang sudah ditandatangani tidak dapat dihapus.")
        return super().delete()

    delete.queryset_only = True


class Letter(models.Model):
    kind = models.CharField(_("jenis surat"), max_length=40)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("unit penerbit"), on_delete=models.PROTECT, related_name="+"
    )
    case_type = models.CharField(_("jenis kasus"), max_length=40, blank=True)
    case_id = models.PositiveBigIntegerField(_("nomor kasus"), null=True, blank=True)
    case_reference = models.CharField(_("rujukan kasus"), max_length=60, blank=True)
    context = models.JSONField(_("isi surat"), default=dict)
    sifat = models.CharField(_("sifat"), max_length=30)
    hal = models.CharField(_("hal"), max_length=250)
    token = models.CharField(_("token verifikasi"), max_length=24, unique=True)
    supersedes = models.ForeignKey(
        "self",
        verbose_name=_("memperbaiki surat"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
    )
    drafted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    drafted_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    # Set once, when signed:
    number = models.CharField(_("nomor"), max_length=80, blank=True)
    serial = models.PositiveIntegerField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    place = models.CharField(_("tempat"), max_length=80, blank=True)
    dated = models.DateField(_("tanggal surat"), null=True, blank=True)
    signatory = models.ForeignKey(
        Signatory, verbose_name=_("penanda tangan"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signer_name = models.CharField(_("nama penanda tangan"), max_length=150, blank=True)
    signer_post = models.CharField(_("jabatan penanda tangan"), max_length=400, blank=True)
    signer_nip = models.CharField(_("NIP penanda tangan"), max_length=21, blank=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField(_("ditandatangani"), null=True, blank=True)
    pdf = models.BinaryField(_("berkas PDF bertanda tangan"), null=True, blank=True)
    sha256 = models.CharField(_("SHA-256 berkas"), max_length=64, blank=True)
    # The only changes after signing:
    revoked_at = models.DateTimeField(_("dicabut"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revocation_reason = models.TextField(_("alasan pencabutan"), blank=True)
    superseded_at = models.DateTimeField(_("digantikan"), null=True, blank=True)

    objects = LetterQuerySet.as_manager()

    class Meta:
        verbose_name = _("surat resmi")
        verbose_name_plural = _("surat resmi")
        ordering = ["-drafted_at", "-pk"]
        indexes = [models.Index(fields=["case_type", "case_id"], name="letter_case_idx")]
        constraints = [
            models.UniqueConstraint(fields=["number"], condition=~models.Q(number=""), name="letter_number_unique"),
            models.CheckConstraint(
                condition=models.Q(status="draft") | (~models.Q(sha256="") & ~models.Q(number="")),
                name="letter_signed_has_number_and_hash",
            ),
        ]

    def __str__(self) -> str:
        return self.number or f"Draf #{self.pk}"

    def save(self, *args, **kwargs):
        if not self._state.adding and self.pk is not None:
            stored = type(self).objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored is not None and stored != Status.DRAFT:
                fields = set(kwargs.get("update_fields") or ())
                if not fields or not fields <= MUTABLE_AFTER_SIGNING:
                    raise LetterImmutableError("Surat yang sudah ditandatangani tidak dapat diubah.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.is_signed:
            raise LetterImmutableError("Surat yang sudah ditandatangani tidak dapat dihapus.")
        return super().delete(*args, **kwargs)

    @property
    def is_signed(self) -> bool:
        return self.status != Status.DRAFT
