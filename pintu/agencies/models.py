"""Instansi (agencies) and areas (wilayah).

An Agency is any body a case can reach: the Pemkab itself, an OPD and its units, a kecamatan
office, or an instansi outside the Pemkab (PLN, BPJS, Polres ...). Agencies form a tree through
`parent`; outside instansi are roots of their own. Areas are the administrative regions with
their official codes (kabupaten > kecamatan > desa/kelurahan).
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class AgencyKind(models.TextChoices):
    PEMDA = "pemda", _("Pemerintah daerah")
    SEKRETARIAT = "sekretariat", _("Sekretariat")
    DINAS = "dinas", _("Dinas")
    BADAN = "badan", _("Badan")
    INSPEKTORAT = "inspektorat", _("Inspektorat")
    BAGIAN = "bagian", _("Bagian / unit")
    RSUD = "rsud", _("Rumah sakit daerah")
    SATPOL = "satpol", _("Satuan Polisi Pamong Praja")
    BUMD = "bumd", _("BUMD")
    KECAMATAN = "kecamatan", _("Kecamatan")
    BUMN = "bumn", _("BUMN")
    VERTIKAL = "vertikal", _("Instansi vertikal")
    PROVINSI = "provinsi", _("Pemerintah provinsi")
    LEMBAGA = "lembaga", _("Lembaga / badan lain")
    KOMISI_INFORMASI = "komisi_informasi", _("Komisi Informasi")


#: Kinds that sit outside the Pemkab: reports for them are forwarded out ("bukan wewenang").
OUTSIDE_KINDS = frozenset(
    {AgencyKind.BUMN, AgencyKind.VERTIKAL, AgencyKind.PROVINSI, AgencyKind.LEMBAGA, AgencyKind.KOMISI_INFORMASI}
)


class AreaLevel(models.TextChoices):
    PROVINSI = "provinsi", _("Provinsi")
    KABUPATEN = "kabupaten", _("Kabupaten/kota")
    KECAMATAN = "kecamatan", _("Kecamatan")
    DESA = "desa", _("Desa")
    KELURAHAN = "kelurahan", _("Kelurahan")


class Area(models.Model):
    """An administrative region with its official code (Kemendagri and/or BPS)."""

    level = models.CharField(_("tingkat"), max_length=12, choices=AreaLevel.choices)
    name = models.CharField(_("nama"), max_length=120)
    code = models.CharField(_("kode Kemendagri"), max_length=20, blank=True, db_index=True)
    bps_code = models.CharField(_("kode BPS"), max_length=20, blank=True, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("induk"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    population = models.PositiveIntegerField(_("jumlah penduduk"), null=True, blank=True)
    # Position of a kecamatan on the tile-grid map of the insights pages (0-based, row 0 = north);
    # a rough sketch of the geography that an admin may adjust, not a survey.
    map_row = models.PositiveSmallIntegerField(_("baris peta petak"), null=True, blank=True)
    map_col = models.PositiveSmallIntegerField(_("kolom peta petak"), null=True, blank=True)
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        ordering = ["level", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["level", "code"], condition=~models.Q(code=""), name="area_unique_code_per_level"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class AreaBoundary(models.Model):
    """The boundary of an area as its region package ships it (regions/<name>/batas.geojson), simplified:
    drawn on the complaint wizard's map and searched by "Gunakan lokasi saya" (pintu.agencies.boundaries).
    Written only by the region loader; loading the package again replaces every boundary."""

    area = models.OneToOneField(Area, verbose_name=_("wilayah"), on_delete=models.CASCADE, related_name="boundary")
    # [[outer ring, hole ...], ...], each ring [[longitude, latitude], ...] closed (WGS 84, simplified)
    shape = models.JSONField(_("bentuk"))
    west = models.FloatField()
    south = models.FloatField()
    east = models.FloatField()
    north = models.FloatField()
    # the shape in the region's map frame (pintu.agencies.geometry.FRAME units, y down): SVG path and its box
    path = models.TextField(_("jalur SVG"))
    box = models.JSONField()  # [min x, min y, max x, max y]
    label = models.JSONField(null=True, blank=True)  # [x, y] where the name goes, or null

    class Meta:
        verbose_name = _("batas wilayah")
        verbose_name_plural = _("batas wilayah")

    def __str__(self) -> str:
        return str(self.area)


class Agency(models.Model):
    """An instansi: inside the Pemkab (OPD, unit, kecamatan) or outside it."""

    code = models.SlugField(_("kode"), max_length=40, unique=True, help_text=_("Kode singkat, misalnya DISKOMINFO."))
    name = models.CharField(_("nama"), max_length=200)
    short_name = models.CharField(_("nama singkat"), max_length=60, blank=True)
    kind = models.CharField(_("jenis"), max_length=20, choices=AgencyKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("induk"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    area = models.ForeignKey(
        Area,
        verbose_name=_("wilayah"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Untuk kantor kecamatan: kecamatan yang dilayani."),
    )
    duties = models.TextField(_("tugas dan fungsi"), blank=True)
    duties_en = models.TextField(
        _("tugas dan fungsi (Inggris)"),
        blank=True,
        help_text=_("Ditampilkan pada halaman berbahasa Inggris; bila kosong, teks Indonesia."),
    )
    keywords = models.TextField(_("kata kunci"), blank=True, help_text=_("Satu kata atau frasa per baris."))
    # How to reach the agency; for outside instansi this is how a forwarded report is sent.
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telepon"), max_length=40, blank=True)
    website = models.URLField(_("situs web"), blank=True)
    address = models.TextField(_("alamat"), blank=True)
    channel_note = models.TextField(_("cara menghubungi"), blank=True)
    # The officials the public may address (issue #21): the head, and the pejabat penghubung who handles the
    # agency's complaints. The PPID Pembantu is the letters' signatory of the unit (pintu.letters Signatory),
    # not repeated here; a NIP is kept only where a letter needs it (the signatory), not for the directory.
    head_name = models.CharField(_("nama kepala"), max_length=150, blank=True, help_text=_("Dengan gelar."))
    head_title = models.CharField(
        _("jabatan kepala"), max_length=200, blank=True, help_text=_("Misalnya Kepala Dinas Kesehatan.")
    )
    liaison_name = models.CharField(
        _("nama pejabat penghubung"),
        max_length=150,
        blank=True,
        help_text=_("Pejabat yang menindaklanjuti pengaduan SP4N-LAPOR! di instansi ini."),
    )
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("instansi")
        verbose_name_plural = _("instansi")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.short_name or self.name

    @property
    def localized_duties(self) -> str:
        """The duties in the active language: English where given and the page is English."""
        return self.duties_en if self.duties_en and (get_language() or "").startswith("en") else self.duties

    @property
    def is_outside(self) -> bool:
        return self.kind in OUTSIDE_KINDS

    @property
    def has_officials(self) -> bool:
        return bool(self.head_name or self.liaison_name)

    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]
