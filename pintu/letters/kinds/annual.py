"""The cover letter (surat pengantar) that sends the annual report to the Komisi Informasi."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from pintu.letters.kinds.base import Addressee, LetterKind, register


@dataclass(frozen=True)
class CoverItem:
    """One row of the surat pengantar's table: what is sent, how many, a remark."""

    name: str
    quantity: str = "1 (satu) berkas"
    note: str = ""


@dataclass(frozen=True)
class AnnualCoverData:
    year: int
    body_name: str  # the public body whose report it is
    items: list[CoverItem] = field(default_factory=list)
    link: str = ""  # where the report is published


@register
class AnnualReportCover(LetterKind):
    key = "pengantar_laporan_tahunan"
    label = "Surat pengantar laporan tahunan ke Komisi Informasi"
    title = "SURAT PENGANTAR"
    template = "letters/kinds/annual_cover.html"
    default_hal = "Penyampaian Laporan Tahunan Layanan Informasi Publik"
    default_classification = "000.9.4"
    default_closing = "Demikian disampaikan untuk menjadi perhatian."
    Data = AnnualCoverData
    sample_addressee = Addressee(
        name="Ketua Komisi Informasi Provinsi Sumatera Selatan", salutation="jabatan", city="Palembang"
    )
    sample_attachments = ("Laporan Tahunan Layanan Informasi Publik Tahun 2025",)

    @classmethod
    def check(cls, data: AnnualCoverData) -> None:
        if not 2000 <= data.year <= 2100:
            raise ValidationError({"year": "Tahun laporan tidak sah."})
        if not data.items:
            raise ValidationError({"items": "Sebutkan naskah yang dikirimkan."})

    @classmethod
    def subject(cls, data: AnnualCoverData) -> str:
        return f"{cls.default_hal} Tahun {data.year}"

    @classmethod
    def sample(cls) -> AnnualCoverData:
        return AnnualCoverData(
            year=2025,
            body_name="Pemerintah Kabupaten Ogan Ilir",
            items=[
                CoverItem(
                    "Laporan Tahunan Layanan Informasi Publik Pemerintah Kabupaten Ogan Ilir Tahun 2025",
                    "1 (satu) berkas",
                    "Disampaikan dengan hormat sesuai Pasal 7 ayat (3) UU 14/2008 dan Perki 1/2021",
                ),
                CoverItem("Rekapitulasi permohonan dan keberatan (XLSX)", "1 (satu) berkas", "Salinan elektronik"),
            ],
            link="https://ppid.oganilirkab.go.id/ppid/laporan-tahunan/",
        )
