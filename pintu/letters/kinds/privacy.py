"""The written notice of a personal-data breach (pemberitahuan kegagalan pelindungan data pribadi).

UU 27/2022 Pasal 46: within 3 x 24 hours the controller notifies in writing (a) the data subjects and
(b) the authority (the Lembaga Pelindungan Data Pribadi), stating at least the personal data disclosed,
when and how it was disclosed, and the handling and recovery measures. One kind serves both addressees:
`recipient` ("subjek" or "lembaga") words the opening and the closing.
"""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from pintu.letters import wording
from pintu.letters.kinds.base import LetterKind, Row, register, required

RECIPIENTS = {"subjek": "subjek data pribadi", "lembaga": "lembaga"}


@dataclass(frozen=True)
class BreachNoticeData:
    recipient: str  # RECIPIENTS
    controller: str  # "Pemerintah Kabupaten Ogan Ilir"
    register_number: str  # the breach register's number
    discovered_on: dt.date
    what_happened: str  # when and how the data was disclosed
    data_affected: str
    measures: str
    occurred_on: dt.date | None = None
    subjects_affected: str = ""  # whose data, and how many (for the authority)
    advice: str = ""  # what a data subject can do now (change a password, beware of calls ...)
    officer_name: str = ""
    officer_post: str = ""
    officer_email: str = ""
    officer_phone: str = ""


@register
class BreachNotice(LetterKind):
    key = "pemberitahuan_kegagalan_pdp"
    label = "Pemberitahuan kegagalan pelindungan data pribadi"
    title = "PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI"
    template = "letters/kinds/breach_notice.html"
    default_hal = "Pemberitahuan Kegagalan Pelindungan Data Pribadi"
    default_sifat = "Penting"
    default_classification = "000.9.5"
    default_closing = "Kami mohon maaf atas kejadian ini. Atas perhatian {sapaan} kami ucapkan terima kasih."
    Data = BreachNoticeData

    @classmethod
    def check(cls, data: BreachNoticeData) -> None:
        if data.recipient not in RECIPIENTS:
            raise ValidationError({"recipient": "Penerima harus subjek data pribadi atau lembaga."})
        required(data.controller, "controller", "Sebutkan pengendali data pribadi.")
        required(data.register_number, "register_number", "Sebutkan nomor register kegagalan.")
        required(data.what_happened, "what_happened", "Jelaskan kapan dan bagaimana data pribadi terungkap.")
        required(data.data_affected, "data_affected", "Sebutkan data pribadi yang terungkap.")
        required(data.measures, "measures", "Sebutkan upaya penanganan dan pemulihan.")
        if data.occurred_on and data.occurred_on > data.discovered_on:
            raise ValidationError({"occurred_on": "Tanggal terjadinya tidak boleh sesudah tanggal diketahui."})
        if data.recipient == "lembaga":
            required(data.subjects_affected, "subjects_affected", "Sebutkan subjek data yang terdampak.")

    @classmethod
    def rows(cls, data: BreachNoticeData, *, body_name: str) -> list[Row]:
        when = f"Diketahui pada {wording.long_date(data.discovered_on)}"
        if data.occurred_on:
            when += f"; diperkirakan terjadi pada {wording.long_date(data.occurred_on)}"
        rows = [
            Row("register", "Nomor register", data.register_number),
            Row("when", "Waktu kejadian", when),
            Row("what", "Kapan dan bagaimana data pribadi terungkap", data.what_happened),
            Row("data", "Data pribadi yang terungkap", data.data_affected),
        ]
        if data.subjects_affected:
            rows.append(Row("subjects", "Subjek data pribadi yang terdampak", data.subjects_affected))
        rows.append(Row("measures", "Upaya penanganan dan pemulihan", data.measures))
        if data.advice:
            rows.append(Row("advice", "Yang dapat dilakukan subjek data", data.advice))
        contact = ", ".join(part for part in (data.officer_email, data.officer_phone) if part)
        if data.officer_name:
            officer = data.officer_name + (f" ({data.officer_post})" if data.officer_post else "")
            rows.append(
                Row("officer", "Pejabat Pelindungan Data Pribadi", f"{officer}; {contact}" if contact else officer)
            )
        return rows

    @classmethod
    def sample(cls) -> BreachNoticeData:
        return BreachNoticeData(
            recipient="subjek",
            controller="Pemerintah Kabupaten Ogan Ilir",
            register_number="KPDP/2026/001",
            discovered_on=dt.date(2026, 5, 4),
            occurred_on=dt.date(2026, 5, 3),
            what_happened=(
                "Sebuah berkas ekspor register permohonan informasi terkirim melalui e-mail kepada penerima yang "
                "salah pada 3 Mei 2026 pukul 14.10 WIB dan diketahui keesokan harinya."
            ),
            data_affected="Nama, alamat e-mail dan nomor telepon pemohon informasi; tidak termasuk NIK.",
            subjects_affected="32 pemohon informasi tahun 2026",
            measures=(
                "Penerima telah menghapus berkas dan menyatakannya secara tertulis; ekspor register kini hanya "
                "dapat diunduh, tidak dikirim melalui e-mail; petugas telah diberi pembinaan."
            ),
            advice="Waspadai pesan atau telepon yang mengatasnamakan PPID dan meminta data atau pembayaran.",
            officer_name="Rahmawati, S.Kom., M.T.I.",
            officer_post="Pejabat Pelindungan Data Pribadi Diskominfo",
            officer_email="pdp@oganilirkab.go.id",
            officer_phone="(0711) 7570 123",
        )
