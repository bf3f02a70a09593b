"""The PPID registers: DIP (public information) with its files, DIK (exempt information).

Rows change only through pintu.ppid.registers.services; `status` columns follow the tables in
pintu.ppid.registers.workflow.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.ppid.exemptions import Article17, description_of
from pintu.ppid.registers import workflow as wf
from pintu.ppid.stored_files import StoredFile


class DipCategory(models.TextChoices):
    BERKALA = "berkala", _("Informasi yang wajib diumumkan secara berkala")
    SERTA_MERTA = "serta_merta", _("Informasi yang wajib diumumkan secara serta merta")
    SETIAP_SAAT = "setiap_saat", _("Informasi yang wajib tersedia setiap saat")


class DipStatus(models.TextChoices):
    DRAFT = wf.DipStatus.DRAFT, _("Draf")
    PUBLISHED = wf.DipStatus.PUBLISHED, _("Diumumkan")
    WITHDRAWN = wf.DipStatus.WITHDRAWN, _("Ditarik")


class FormKind(models.TextChoices):
    SOFT = "soft", _("Softcopy (elektronik)")
    HARD = "hard", _("Hardcopy (cetak)")
    BOTH = "both", _("Softcopy dan hardcopy")


class DipItem(models.Model):
    """One row of the Daftar Informasi Publik of an agency, with the statutory columns."""

    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi pemilik"), on_delete=models.PROTECT, related_name="dip_items"
    )
    number = models.PositiveIntegerField(_("nomor"), help_text=_("Urutan dalam daftar instansi."))
    category = models.CharField(_("kategori"), max_length=12, choices=DipCategory.choices)
    section = models.CharField(_("sub bagian"), max_length=255, blank=True)
    title = models.CharField(_("judul informasi"), max_length=300)
    summary = models.TextField(_("ringkasan isi informasi"), blank=True)
    holder = models.CharField(_("pejabat/unit yang menguasai informasi"), max_length=255, blank=True)
    responsible = models.CharField(_("penanggung jawab pembuatan informasi"), max_length=255, blank=True)
    made_when_where = models.CharField(_("waktu dan tempat pembuatan informasi"), max_length=255, blank=True)
    form_kind = models.CharField(_("bentuk informasi"), max_length=4, choices=FormKind.choices, blank=True)
    form_note = models.CharField(_("keterangan bentuk/format"), max_length=255, blank=True)
    retention = models.CharField(_("jangka waktu penyimpanan"), max_length=255, blank=True)
    link = models.URLField(_("tautan"), max_length=500, blank=True)
    # a serta-merta announcement (UU 14/2008 art. 10; DOMAIN.md section 5) states these five, plainly
    hazard = models.TextField(_("ancaman atau bahaya"), blank=True)
    affected = models.TextField(_("siapa dan wilayah mana yang terdampak"), blank=True)
    evacuation = models.TextField(_("evakuasi (jalur dan tempat)"), blank=True)
    avoid_harm = models.TextField(_("cara menghindari bahaya"), blank=True)
    get_help = models.TextField(_("cara mendapatkan bantuan"), blank=True)
    in_force_until = models.DateField(
        _("berlaku sampai"), null=True, blank=True,
        help_text=_("Pengumuman serta merta tampil di beranda sampai tanggal ini (kosong: sampai ditarik)."),
    )  # fmt: skip
    status = models.CharField(_("status"), max_length=10, choices=DipStatus.choices, default=DipStatus.DRAFT)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    drafted_at = models.DateTimeField(_("waktu draf"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField(_("waktu diumumkan"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("waktu ditarik"), null=True, blank=True)
    withdraw_reason = models.TextField(_("alasan penarikan"), blank=True)
    last_published_date = models.DateField(_("tanggal terakhir diumumkan/diperbarui"), null=True, blank=True)
    next_due_date = models.DateField(_("jadwal pembaruan berikutnya"), null=True, blank=True, db_index=True)
    search_text = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("informasi publik (DIP)")
        verbose_name_plural = _("daftar informasi publik (DIP)")
        ordering = ["category", "agency__name", "number", "pk"]
        indexes = [models.Index(fields=["status", "category"], name="ppid_dip_status_cat_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == DipStatus.PUBLISHED

    @property
    def is_serta_merta(self) -> bool:
        return self.category == DipCategory.SERTA_MERTA

    @property
    def form_display(self) -> str:
        parts = [str(self.get_form_kind_display()) if self.form_kind else "", self.form_note]
        return " · ".join(p for p in parts if p)


def dip_file_path(instance: "DipFile", filename: str) -> str:
    return f"ppid/dip/{instance.item_id}/{filename}"


class DipFile(StoredFile):
    """A document of a DIP item: public once the item is published, served by a view that checks it."""

    item = models.ForeignKey(DipItem, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=dip_file_path)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("berkas DIP")
        verbose_name_plural = _("berkas DIP")
        ordering = ["uploaded_at", "pk"]


class DikStatus(models.TextChoices):
    DRAFT = wf.DikStatus.DRAFT, _("Draf")
    IN_FORCE = wf.DikStatus.IN_FORCE, _("Berlaku")
    REVIEW = wf.DikStatus.REVIEW, _("Berakhir, perlu ditinjau")
    LIFTED = wf.DikStatus.LIFTED, _("Dicabut")


class DikItem(models.Model):
    """One row of the Daftar Informasi yang Dikecualikan, with its consequence test (uji konsekuensi)."""

    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi pemilik"), on_delete=models.PROTECT, related_name="dik_items"
    )
    information = models.TextField(_("informasi yang dikecualikan"))
    document = models.CharField(_("dokumen yang memuat informasi"), max_length=300)
    legal_basis = models.CharField(_("dasar hukum (Pasal 17 UU 14/2008)"), max_length=1, choices=Article17.choices)
    other_law = models.CharField(_("undang-undang lain"), max_length=300, blank=True)
    consequence = models.TextField(_("konsekuensi bila informasi dibuka"))
    public_interest = models.TextField(_("pertimbangan kepentingan publik"))
    exempt_until = models.DateField(_("dikecualikan sampai"))
    decided_by = models.CharField(_("ditetapkan oleh (nama dan jabatan)"), max_length=200, blank=True)
    decided_at = models.DateField(_("tanggal penetapan"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=DikStatus.choices, default=DikStatus.DRAFT)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    drafted_at = models.DateTimeField(_("waktu draf"))
    #: The signed determination letter (penetapan informasi yang dikecualikan, with its berita acara uji
    #: konsekuensi: pintu.letters) that put the exemption in force; public on the DIK register.
    letter = models.ForeignKey("letters.Letter", verbose_name=_("surat penetapan bertanda tangan"), null=True,
                               blank=True, on_delete=models.PROTECT, related_name="+")  # fmt: skip
    #: The draft determination waiting for the signatory (the exemption is not in force until it is signed).
    pending_letter = models.ForeignKey("letters.Letter", verbose_name=_("draf surat penetapan menunggu persetujuan"),
                                       null=True, blank=True, on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    lifted_at = models.DateTimeField(_("waktu dicabut"), null=True, blank=True)
    lift_reason = models.TextField(_("alasan pencabutan"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("informasi yang dikecualikan (DIK)")
        verbose_name_plural = _("daftar informasi yang dikecualikan (DIK)")
        ordering = ["agency__name", "exempt_until", "pk"]

    def __str__(self) -> str:
        return self.document

    @property
    def legal_basis_description(self) -> str:
        return description_of(self.legal_basis)
