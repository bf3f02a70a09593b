"""Letters on exempt information: the refusal decision citing a DIK entry, and the DIK determination
with its berita acara uji konsekuensi (UU 14/2008 art. 17 and 19, Perki 1/2021)."""

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from pintu.letters import wording
from pintu.letters.kinds.base import Addressee, LetterKind, Party, Row, register, required, required_lines
from pintu.letters.kinds.requests import check_exemption, request_row


@dataclass(frozen=True)
class RefusalData:
    request_number: str
    request_date: dt.date
    information: str
    dik_number: str
    dik_date: dt.date
    legal_basis: list[str]
    consequence: str
    public_interest: str = ""
    exempt_until: dt.date | None = None
    objection_days: int = 30


@register
class RefusalDecision(LetterKind):
    key = "keputusan_penolakan"
    label = "Surat keputusan penolakan permohonan informasi"
    title = "KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI"
    template = "letters/kinds/refusal.html"
    default_hal = "Keputusan Penolakan Permohonan Informasi Publik"
    default_sifat = "Penting"
    Data = RefusalData

    @classmethod
    def check(cls, data: RefusalData) -> None:
        check_exemption(data)

    @classmethod
    def rows(cls, data: RefusalData, *, body_name: str) -> list[Row]:
        return [
            request_row(data),
            Row("information", "Informasi yang dimohon", data.information),
            Row(
                "dik",
                "Daftar Informasi yang Dikecualikan",
                f"Nomor {data.dik_number} tanggal {wording.long_date(data.dik_date)}",
            ),
        ]

    @classmethod
    def sample(cls) -> RefusalData:
        return RefusalData(
            request_number="PPID/2026/000126",
            request_date=dt.date(2026, 3, 4),
            information="Berkas penyelidikan dugaan penyimpangan dana desa Desa Sungai Rambutan yang sedang "
            "diperiksa Inspektorat",
            dik_number="DIK-INSP/2026/002",
            dik_date=dt.date(2026, 2, 10),
            legal_basis=[
                "Pasal 17 huruf a Undang-Undang Nomor 14 Tahun 2008: informasi yang apabila dibuka dapat "
                "menghambat proses penegakan hukum"
            ],
            consequence="Membuka berkas sebelum pemeriksaan selesai dapat menghambat pemeriksaan dan membuka "
            "identitas pelapor serta saksi.",
            public_interest="Kepentingan publik lebih terlindungi bila pemeriksaan selesai tanpa gangguan; hasil "
            "akhir pemeriksaan akan diumumkan.",
            exempt_until=dt.date(2027, 2, 10),
        )


@dataclass(frozen=True)
class DikData:
    dik_number: str
    information: str
    document: str
    legal_basis: list[str]
    consequence: str
    public_interest: str
    exempt_until: dt.date
    test_date: dt.date
    test_place: str
    participants: list[Party]
    conclusion: str
    part: str = ""  # the exempt part when only part of the document is exempt; "" = the whole
    other_law: str = ""
    agenda: list[str] = field(default_factory=list)


@register
class DikDetermination(LetterKind):
    key = "penetapan_dik"
    label = "Penetapan informasi yang dikecualikan (dengan berita acara uji konsekuensi)"
    title = "PENETAPAN INFORMASI YANG DIKECUALIKAN"
    template = "letters/kinds/dik.html"
    default_hal = "Penetapan Informasi yang Dikecualikan"
    default_sifat = "Penting"
    default_closing = "Demikian penetapan ini disampaikan untuk dilaksanakan sebagaimana mestinya."
    Data = DikData
    sample_addressee = Addressee(
        name="Para PPID Pembantu di Lingkungan Pemerintah Kabupaten Ogan Ilir", salutation="jabatan", city="Tempat"
    )
    sample_attachments = ("Berita acara uji konsekuensi",)

    @classmethod
    def check(cls, data: DikData) -> None:
        required_lines(data.legal_basis, "legal_basis", "Sebutkan dasar hukum pengecualian (Pasal 17 huruf a-j).")
        for name in ("dik_number", "information", "document", "consequence", "public_interest", "conclusion"):
            required(getattr(data, name), name, "Wajib diisi untuk penetapan pengecualian.")
        if not data.participants:
            raise ValidationError({"participants": "Berita acara mencantumkan peserta uji konsekuensi."})
        if data.exempt_until <= data.test_date:
            raise ValidationError({"exempt_until": "Jangka waktu pengecualian harus berakhir sesudah tanggal uji."})

    @classmethod
    def rows(cls, data: DikData, *, body_name: str) -> list[Row]:
        return [
            Row("information", "Informasi yang dikecualikan", data.information),
            Row("document", "Dokumen yang memuat informasi", data.document),
            Row("part", "Bagian yang dikecualikan", data.part or "Seluruh informasi tersebut"),
            Row(
                "basis",
                "Dasar hukum pengecualian",
                "; ".join(data.legal_basis + ([data.other_law] if data.other_law else [])),
            ),
            Row("consequence", "Konsekuensi apabila informasi dibuka", data.consequence),
            Row("public_interest", "Pertimbangan kepentingan publik", data.public_interest),
            Row("period", "Jangka waktu pengecualian", f"Sampai dengan {wording.long_date(data.exempt_until)}"),
        ]

    @classmethod
    def sample(cls) -> DikData:
        return DikData(
            dik_number="DIK-INSP/2026/002",
            information="Berkas pemeriksaan khusus dugaan penyimpangan dana desa yang belum selesai",
            document="Laporan hasil pemeriksaan sementara dan kertas kerja pemeriksaan Inspektorat",
            legal_basis=["Pasal 17 huruf a Undang-Undang Nomor 14 Tahun 2008 (menghambat proses penegakan hukum)"],
            consequence="Membuka berkas sebelum pemeriksaan selesai dapat menghambat pemeriksaan, mengungkap "
            "identitas pelapor dan saksi, serta membuka strategi pemeriksaan.",
            public_interest="Kepentingan publik atas tuntasnya pemeriksaan lebih besar daripada kepentingan "
            "membuka berkas sekarang; ringkasan hasil akhir akan dimuat dalam DIP.",
            exempt_until=dt.date(2027, 2, 10),
            test_date=dt.date(2026, 2, 10),
            test_place="Ruang Rapat Diskominfo, Indralaya",
            participants=[
                Party("Drs. Ahmad Fauzi, M.Si.", "Kepala Dinas Komunikasi dan Informatika selaku PPID Utama"),
                Party("Hendra Saputra, S.H.", "Sekretaris Inspektorat selaku PPID Pembantu"),
                Party("Rahmawati, S.H., M.H.", "Kepala Bagian Hukum Sekretariat Daerah"),
            ],
            conclusion="Informasi tersebut memenuhi Pasal 17 huruf a dan dikecualikan sampai pemeriksaan selesai, "
            "paling lama sampai 10 Februari 2027.",
            agenda=["Pemaparan informasi yang diusulkan dikecualikan", "Pengujian konsekuensi", "Kesimpulan"],
        )
