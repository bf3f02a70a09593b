"""The receipt ("tanda terima") of a report: what the reporter sent, the clocks in working days with their
dates, and how to track it. The PDF is drawn by pintu.letters.receipts."""

from django.utils.translation import gettext as _

from pintu.complaints.clocks import policy_for
from pintu.complaints.models import Report
from pintu.letters.receipts import ReceiptView, moment_text, working_days_by


def receipt_for(report: Report, *, secret: str, track_url: str, body_name: str) -> ReceiptView:
    policy = policy_for(report)
    sent = [(_("Jenis"), report.get_kind_display()), (_("Judul"), report.title)]
    if report.category_id:
        sent.append((_("Kategori"), report.category.name))
    place = ", ".join(str(area.name) for area in (report.desa, report.kecamatan) if area)
    sent.append((_("Lokasi"), place))
    attachments = report.attachments.count()
    if attachments:
        sent.append((_("Lampiran"), _("%(n)d berkas") % {"n": attachments}))
    verify = _("%(n)d hari kerja") % {"n": policy.verify_days}
    if report.verify_due:
        verify = working_days_by(policy.verify_days, report.verify_due)
    deadlines = [
        (_("Verifikasi dan diteruskan ke instansi yang berwenang"), verify),
        (
            _("Tindak lanjut pertama oleh instansi"),
            _("%(n)d hari kerja sesudah laporan diteruskan") % {"n": policy.first_response_days},
        ),
        (_("Penyelesaian"), _("%(n)d hari kerja sesudah laporan diteruskan") % {"n": policy.resolve_days}),
    ]
    return ReceiptView(
        title=_("Tanda terima laporan"),
        body_name=body_name,
        code_label=_("Kode lacak"),
        code=report.code,
        received_text=moment_text(report.submitted_at),
        track_url=track_url,
        how_to_track=_("Buka alamat di bawah ini atau pindai kode QR, lalu masukkan kode lacak dan kode rahasia."),
        sent=sent,
        deadlines=deadlines,
        secret=secret,
        secret_note=""
        if secret
        else _("Kode rahasia hanya tercantum pada tanda terima yang diunduh saat laporan terkirim."),
    )
