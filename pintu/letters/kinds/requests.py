"""Letters on an information request: the written notice, the extension notice, the notice that the
information is not held / held by another body / not yet documented (UU 14/2008 art. 22, Perki 1/2021)."""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError

from pintu.letters import wording
from pintu.letters.kinds.base import LetterKind, Row, register, required

HOLDINGS = {
    "dikuasai": "Informasi dikuasai",
    "tidak_dikuasai": "Informasi tidak dikuasai",
    "belum_didokumentasikan": "Informasi belum didokumentasikan",
}
DECISIONS = {
    "diterima_seluruhnya": "Permohonan informasi diterima seluruhnya",
    "diterima_sebagian": "Permohonan informasi diterima sebagian",
    "ditolak": "Permohonan informasi ditolak",
}
DELIVERING = ("diterima_seluruhnya", "diterima_sebagian")
EXEMPTING = ("diterima_sebagian", "ditolak")
FREE_TEXT_REFUSAL = (
    "Penolakan atau pengecualian berdasarkan Pasal 17 harus merujuk entri Daftar Informasi yang Dikecualikan "
    "yang berlaku, dengan uji konsekuensinya; alasan teks bebas tidak diterima."
)


@dataclass(frozen=True)
class NoticeData:
    request_number: str
    request_date: dt.date
    information: str
    holding: str  # HOLDINGS
    decision: str = ""  # DECISIONS; empty when the information is not held
    holder: str = ""  # tidak_dikuasai: the body that holds it
    documented_by: dt.date | None = None  # belum_didokumentasikan: when it will be documented
    documented_note: str = ""
    dik_number: str = ""  # refusal / partial: the DIK entry in force
    dik_date: dt.date | None = None
    legal_basis: list[str] = field(default_factory=list)  # "Pasal 17 huruf b UU 14/2008: ..."
    consequence: str = ""  # the consequence test's conclusion
    material: str = ""
    form: str = ""  # bentuk informasi (softcopy, hardcopy)
    obtain_method: str = ""  # melihat/membaca/mendengarkan/mencatat, salinan
    delivery: str = ""  # diambil langsung, kurir, pos, faksimili, e-mail
    cost: Decimal = Decimal(0)
    cost_note: str = ""
    payment_method: str = ""
    provide_within: str = ""
    blacked_out: str = ""
    objection_days: int = 30


def request_row(data) -> Row:
    """The request a letter answers: its registration number and date."""
    return Row("request", "Nomor pendaftaran permohonan",
               f"{data.request_number} tanggal {wording.long_date(data.request_date)}")  # fmt: skip


def _exemption_rows(data) -> list[Row]:
    basis = "; ".join(data.legal_basis)
    reference = f"Daftar Informasi yang Dikecualikan nomor {data.dik_number}"
    if data.dik_date:
        reference += f" tanggal {wording.long_date(data.dik_date)}"
    return [
        Row("exemption", "Alasan pengecualian", f"{basis} (sebagaimana ditetapkan dalam {reference})"),
        Row("consequence", "Uji konsekuensi", data.consequence),
    ]


def check_exemption(data) -> None:
    if not (data.dik_number or "").strip() or not [line for line in data.legal_basis if line.strip()]:
        raise ValidationError({"dik_number": FREE_TEXT_REFUSAL})
    required(data.consequence, "consequence", "Uji konsekuensi dari entri DIK wajib dicantumkan.")


@register
class WrittenNotice(LetterKind):
    key = "pemberitahuan_tertulis"
    label = "Pemberitahuan tertulis"
    title = "PEMBERITAHUAN TERTULIS"
    template = "letters/kinds/notice.html"
    default_hal = "Pemberitahuan Tertulis atas Permohonan Informasi Publik"
    default_classification = "000.9.2"
    Data = NoticeData

    @classmethod
    def check(cls, data: NoticeData) -> None:
        if data.holding not in HOLDINGS:
            raise ValidationError({"holding": "Pilih: dikuasai, tidak dikuasai, atau belum didokumentasikan."})
        if data.holding == "tidak_dikuasai":
            required(data.holder, "holder", "Sebutkan badan publik yang menguasai informasi.")
        if data.holding == "belum_didokumentasikan" and data.documented_by is None:
            raise ValidationError({"documented_by": "Sebutkan kapan informasi akan didokumentasikan."})
        if data.holding == "dikuasai" and data.decision not in DECISIONS:
            raise ValidationError({"decision": "Pilih keputusan: diterima seluruhnya, sebagian, atau ditolak."})
        if data.decision in EXEMPTING:
            check_exemption(data)
        if data.decision == "diterima_sebagian":
            required(data.blacked_out, "blacked_out", "Sebutkan bagian yang dihitamkan dan alasannya.")
        if data.decision in DELIVERING:
            for name in ("material", "form", "delivery", "provide_within"):
                required(getattr(data, name), name, "Wajib diisi untuk informasi yang diberikan.")
            if data.cost > 0:
                required(data.payment_method, "payment_method", "Sebutkan cara pembayaran biaya.")
        if data.cost < 0:
            raise ValidationError({"cost": "Biaya tidak boleh negatif."})

    @classmethod
    def rows(cls, data: NoticeData, *, body_name: str) -> list[Row]:
        rows = [request_row(data), Row("information", "Informasi yang dimohon", data.information)]
        if data.holding == "dikuasai":
            holding = f"Informasi dikuasai oleh {body_name}"
        elif data.holding == "tidak_dikuasai":
            holding = f"Informasi tidak dikuasai oleh {body_name}; informasi dikuasai oleh {data.holder}"
        else:
            holding = (
                f"Informasi belum didokumentasikan; akan didokumentasikan paling lambat "
                f"{wording.long_date(data.documented_by)}"
                + (f" ({data.documented_note})" if data.documented_note else "")
            )
        rows.append(Row("holding", "Penguasaan informasi", holding))
        if data.decision:
            rows.append(Row("decision", "Keputusan", DECISIONS[data.decision]))
        if data.decision in EXEMPTING:
            rows += _exemption_rows(data)
        if data.decision in DELIVERING:
            payment = data.payment_method if data.cost > 0 else "Tidak ada biaya yang harus dibayar"
            cost = wording.rupiah(data.cost) + (f" ({data.cost_note})" if data.cost_note else "")
            rows += [
                Row("material", "Materi informasi yang diberikan", data.material),
                Row("form", "Bentuk informasi", data.form),
                Row("obtain", "Cara memperoleh informasi", data.obtain_method or "-"),
                Row("delivery", "Cara penyampaian", data.delivery),
                Row(
                    "cost",
                    "Biaya",
                    cost + "; layanan informasi tidak dipungut biaya, biaya hanya untuk "
                    "penggandaan dan pengiriman; salinan elektronik tanpa biaya",
                ),
                Row("payment", "Cara pembayaran", payment),
                Row("time", "Waktu penyediaan", data.provide_within),
            ]
        if data.decision == "diterima_sebagian" or data.blacked_out:
            rows.append(Row("blacked_out", "Bagian yang dihitamkan dan alasannya", data.blacked_out or "-"))
        return rows

    @classmethod
    def sample(cls) -> NoticeData:
        return NoticeData(
            request_number="PPID/2026/000123",
            request_date=dt.date(2026, 3, 2),
            information="Dokumen kontrak dan laporan kemajuan pekerjaan rehabilitasi Jalan Lintas Timur ruas "
            "Indralaya - Tanjung Raja tahun anggaran 2025",
            holding="dikuasai",
            decision="diterima_sebagian",
            dik_number="DIK-PUPR/2026/004",
            dik_date=dt.date(2026, 1, 15),
            legal_basis=[
                "Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 (rahasia pribadi: nomor rekening dan "
                "identitas tenaga kerja penyedia)"
            ],
            consequence="Membuka nomor rekening dan NIK tenaga kerja penyedia dapat mengungkap rahasia pribadi; "
            "bagian lain kontrak terbuka untuk publik.",
            material="Salinan kontrak (tanpa lampiran identitas tenaga kerja) dan laporan kemajuan "
            "Januari-Desember 2025",
            form="Salinan elektronik (softcopy) dalam format PDF",
            obtain_method="Mendapatkan salinan informasi",
            delivery="E-mail",
            cost=Decimal(0),
            provide_within="3 (tiga) hari kerja sejak pemberitahuan ini",
            blacked_out="Nomor rekening dan NIK tenaga kerja pada lampiran kontrak (Pasal 17 huruf h)",
        )


@dataclass(frozen=True)
class ExtensionData:
    request_number: str
    request_date: dt.date
    information: str
    first_due: dt.date
    extension_days: int
    new_due: dt.date
    reason: str


@register
class ExtensionNotice(LetterKind):
    key = "pemberitahuan_perpanjangan"
    label = "Pemberitahuan perpanjangan waktu"
    title = "PEMBERITAHUAN PERPANJANGAN WAKTU"
    template = "letters/kinds/extension.html"
    default_hal = "Pemberitahuan Perpanjangan Waktu Jawaban Permohonan Informasi Publik"
    Data = ExtensionData

    @classmethod
    def check(cls, data: ExtensionData) -> None:
        if not 1 <= data.extension_days <= 7:
            raise ValidationError({"extension_days": "Perpanjangan paling lama 7 hari kerja (Pasal 22 ayat (8))."})
        if data.new_due <= data.first_due:
            raise ValidationError({"new_due": "Batas waktu baru harus sesudah batas waktu pertama."})
        required(data.reason, "reason", "Alasan perpanjangan wajib ditulis.")

    @classmethod
    def sample(cls) -> ExtensionData:
        return ExtensionData(
            request_number="PPID/2026/000124",
            request_date=dt.date(2026, 3, 2),
            information="Data penerima bantuan sosial pangan per desa di Kecamatan Indralaya Utara tahun 2025",
            first_due=dt.date(2026, 3, 16),
            extension_days=7,
            new_due=dt.date(2026, 3, 25),
            reason="Informasi tersebar pada 16 desa dan perlu dihimpun serta dipisahkan dari data pribadi penerima",
        )


SITUATIONS = {
    "tidak_dikuasai": "PEMBERITAHUAN INFORMASI TIDAK DIKUASAI",
    "dikuasai_badan_lain": "PEMBERITAHUAN INFORMASI DIKUASAI BADAN PUBLIK LAIN",
    "belum_didokumentasikan": "PEMBERITAHUAN INFORMASI BELUM DIDOKUMENTASIKAN",
}


@dataclass(frozen=True)
class HoldingData:
    request_number: str
    request_date: dt.date
    information: str
    situation: str  # SITUATIONS
    other_body: str = ""  # dikuasai_badan_lain
    other_body_address: str = ""
    documented_by: dt.date | None = None  # belum_didokumentasikan
    note: str = ""


@register
class HoldingNotice(LetterKind):
    key = "pemberitahuan_penguasaan"
    label = "Pemberitahuan informasi tidak dikuasai / dikuasai badan lain / belum didokumentasikan"
    title = "PEMBERITAHUAN PENGUASAAN INFORMASI"
    template = "letters/kinds/holding.html"
    default_hal = "Pemberitahuan Penguasaan Informasi yang Dimohon"
    Data = HoldingData

    @classmethod
    def check(cls, data: HoldingData) -> None:
        if data.situation not in SITUATIONS:
            raise ValidationError(
                {"situation": "Pilih: tidak dikuasai, dikuasai badan lain, atau belum didokumentasikan."}
            )
        if data.situation == "dikuasai_badan_lain":
            required(data.other_body, "other_body", "Sebutkan badan publik yang menguasai informasi.")
        if data.situation == "belum_didokumentasikan" and data.documented_by is None:
            raise ValidationError({"documented_by": "Sebutkan kapan informasi akan didokumentasikan."})

    @classmethod
    def heading(cls, data: HoldingData) -> str:
        return SITUATIONS.get(data.situation, cls.title)

    @classmethod
    def sample(cls) -> HoldingData:
        return HoldingData(
            request_number="PPID/2026/000125",
            request_date=dt.date(2026, 3, 3),
            information="Data nilai rapor siswa SMA Negeri 1 Indralaya tahun ajaran 2024/2025",
            situation="dikuasai_badan_lain",
            other_body="Dinas Pendidikan Provinsi Sumatera Selatan",
            other_body_address="Jalan Kapten Rivai Nomor 1, Palembang",
            note="Sejak 2017 kewenangan SMA/SMK berada pada pemerintah provinsi.",
        )
