"""The receipt ("tanda terima") of an information request: its registration number, what was asked,
the notice deadline in working days with its date, the one extension and the objection window."""

from django.utils.translation import gettext as _

from pintu.letters.receipts import ReceiptView, moment_text, working_days_by
from pintu.ppid.domain import OBJECTION_FILING_DAYS, REQUEST_EXTENSION_DAYS, REQUEST_NOTICE_DAYS
from pintu.ppid.requests.models import InformationRequest


def receipt_for(info: InformationRequest, *, secret: str, track_url: str, body_name: str) -> ReceiptView:
    sent = [
        (_("Rincian informasi"), info.information),
        (_("Tujuan penggunaan"), info.purpose),
        (_("Cara memperoleh informasi"), info.get_obtain_method_display()),
    ]
    if info.delivery_method:
        sent.append((_("Cara mendapatkan salinan"), info.get_delivery_method_display()))
    notice = _("%(n)d hari kerja sejak permohonan lengkap diterima") % {"n": REQUEST_NOTICE_DAYS}
    if info.due_date:
        notice = working_days_by(REQUEST_NOTICE_DAYS, info.due_date)
    deadlines = [
        (_("Pemberitahuan tertulis"), notice),
        (_("Perpanjangan (satu kali, dengan alasan tertulis)"), _("%(n)d hari kerja") % {"n": REQUEST_EXTENSION_DAYS}),
        (
            _("Keberatan kepada Atasan PPID"),
            _("%(n)d hari kerja sejak Anda menerima pemberitahuan, atau sejak batas waktu lewat tanpa jawaban")
            % {"n": OBJECTION_FILING_DAYS},
        ),
    ]
    return ReceiptView(
        title=_("Tanda terima permohonan informasi publik"),
        body_name=body_name,
        code_label=_("Nomor pendaftaran"),
        code=info.number,
        received_text=moment_text(info.received_at),
        track_url=track_url,
        how_to_track=_(
            "Buka alamat di bawah ini atau pindai kode QR, lalu masukkan nomor pendaftaran dan kode rahasia."
        ),
        sent=sent,
        deadlines=deadlines,
        secret=secret,
        secret_note="" if secret else _("Kode rahasia hanya tercantum pada tanda terima yang diunduh saat terkirim."),
    )
