"""The Atasan PPID's answer to an objection (UU 14/2008 art. 35-36; signed by the Atasan PPID)."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from pintu.letters import wording
from pintu.letters.kinds.base import LetterKind, Row, register, required, required_lines

ANSWERS = {
    "diterima": "Keberatan diterima",
    "diterima_sebagian": "Keberatan diterima sebagian",
    "ditolak": "Keberatan ditolak",
}


@dataclass(frozen=True)
class ObjectionAnswerData:
    objection_number: str
    objection_date: dt.date
    request_number: str
    information: str
    grounds: list[str]  # the art. 35(1) grounds as worded by the caller
    decision: str  # ANSWERS
    considerations: str
    orders: str = ""  # what the PPID must do when the objection is (partly) accepted
    commission: str = "Komisi Informasi Provinsi Sumatera Selatan"
    dispute_days: int = 14


@register
class ObjectionAnswer(LetterKind):
    key = "tanggapan_keberatan"
    label = "Tanggapan atas keberatan (Atasan PPID)"
    title = "TANGGAPAN ATAS KEBERATAN"
    template = "letters/kinds/objection_answer.html"
    default_hal = "Tanggapan atas Keberatan Permohonan Informasi Publik"
    default_signer_role = "atasan_ppid"
    default_classification = "000.9.3"
    Data = ObjectionAnswerData

    @classmethod
    def check(cls, data: ObjectionAnswerData) -> None:
        if data.decision not in ANSWERS:
            raise ValidationError({"decision": "Pilih: keberatan diterima, diterima sebagian, atau ditolak."})
        required_lines(data.grounds, "grounds", "Sebutkan alasan keberatan (Pasal 35 ayat (1)).")
        required(data.considerations, "considerations", "Pertimbangan Atasan PPID wajib ditulis.")
        if data.decision != "ditolak":
            required(data.orders, "orders", "Sebutkan perintah kepada PPID bila keberatan diterima.")

    @classmethod
    def rows(cls, data: ObjectionAnswerData, *, body_name: str) -> list[Row]:
        rows = [
            Row(
                "objection",
                "Nomor registrasi keberatan",
                f"{data.objection_number} tanggal {wording.long_date(data.objection_date)}",
            ),
            Row("request", "Nomor pendaftaran permohonan", data.request_number),
            Row("information", "Informasi yang dimohon", data.information),
            Row("grounds", "Alasan keberatan", "; ".join(data.grounds)),
            Row("decision", "Tanggapan Atasan PPID", ANSWERS[data.decision]),
            Row("considerations", "Pertimbangan", data.considerations),
        ]
        if data.orders:
            rows.append(Row("orders", "Perintah kepada PPID", data.orders))
        return rows

    @classmethod
    def sample(cls) -> ObjectionAnswerData:
        return ObjectionAnswerData(
            objection_number="KEB/2026/000007",
            objection_date=dt.date(2026, 4, 6),
            request_number="PPID/2026/000126",
            information="Rincian realisasi belanja perjalanan dinas Sekretariat DPRD tahun 2025",
            grounds=["Pasal 35 ayat (1) huruf a: penolakan atas permohonan informasi berdasarkan alasan pengecualian"],
            decision="diterima_sebagian",
            considerations="Realisasi belanja per kegiatan adalah informasi yang wajib tersedia setiap saat; "
            "nomor rekening dan identitas pribadi penerima tetap dikecualikan (Pasal 17 huruf h).",
            orders="PPID memberikan rincian realisasi per kegiatan dengan menghitamkan nomor rekening dan NIK "
            "paling lambat 7 (tujuh) hari kerja sejak tanggapan ini diterima.",
        )
