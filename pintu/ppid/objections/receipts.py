"""The receipt ("tanda terima") of an objection: its number, the request it concerns, the grounds, and
the Atasan PPID's answer deadline with its date. The objection is tracked with the request's secret."""

from django.utils.translation import gettext as _

from pintu.letters.receipts import ReceiptView, moment_text, working_days_by
from pintu.ppid.domain import DISPUTE_FILING_DAYS, OBJECTION_ANSWER_DAYS
from pintu.ppid.objections.models import Objection


def receipt_for(objection: Objection, *, track_url: str, body_name: str) -> ReceiptView:
    sent = [
        (_("Permohonan informasi"), objection.request.number if objection.request_id else "-"),
        (_("Alasan keberatan"), "; ".join(str(ground) for ground in objection.grounds_display)),
        (_("Kasus posisi"), objection.description),
    ]
    deadlines = [
        (
            _("Tanggapan tertulis Atasan PPID"),
            working_days_by(OBJECTION_ANSWER_DAYS, objection.answer_due),
        ),
        (
            _("Sengketa ke Komisi Informasi"),
            _("%(n)d hari kerja sesudah menerima tanggapan, atau sesudah batas tanggapan lewat")
            % {"n": DISPUTE_FILING_DAYS},
        ),
    ]
    return ReceiptView(
        title=_("Tanda terima keberatan"),
        body_name=body_name,
        code_label=_("Nomor registrasi keberatan"),
        code=objection.number,
        received_text=moment_text(objection.filed_at),
        track_url=track_url,
        how_to_track=_(
            "Lacak keberatan di halaman permohonan Anda: buka alamat di bawah ini atau pindai kode QR, lalu "
            "masukkan nomor pendaftaran permohonan dan kode rahasianya."
        ),
        sent=sent,
        deadlines=deadlines,
        secret_note=_("Keberatan dilacak dengan kode rahasia permohonan informasi Anda."),
    )
