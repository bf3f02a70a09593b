"""Every kind of history event a report can carry, with what it is called, registered once.

The staff timeline, the reporter's tracking page, the public register and the API all read these labels
through pintu.cases.events (`event_label(event)`); none keeps a dict of its own. One wording serves every
reader, so it is written for the citizen where a citizen can see the event (public or reporter
visibility) and for the officer where only officers can (internal kinds). Kinds recorded on reports by
other apps (mydata's erasure, interop's resend) are listed here too: this is the report's vocabulary.
tests/complaints/test_events.py runs every use case and fails for a recorded kind missing here.
"""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds

CASE_TYPE = "report"

LABELS = {
    # intake and the coordinator (admin instansi)
    "submitted": _("Laporan diterima"),
    "verify": _("Laporan diverifikasi"),
    "disposition": _("Diteruskan ke instansi yang menangani"),
    "disposition_note": _("Catatan disposisi untuk OPD"),
    "hold": _("Laporan ditunda"),
    "resume": _("Penanganan dilanjutkan"),
    "archive": _("Laporan diarsipkan"),
    "forward_out": _("Dilimpahkan ke instansi lain"),
    "edited": _("Data laporan diperbaiki"),
    "privacy_changed": _("Kerahasiaan diubah"),
    "public_text_edited": _("Versi publik laporan diperbaiki"),
    "pengawasan_flagged": _("Ditandai berkadar pengawasan"),
    "pengawasan_unflagged": _("Tanda berkadar pengawasan dihapus"),
    "merged": _("Digabung dengan laporan lain yang sama"),
    "duplicate_merged": _("Duplikat digabungkan ke laporan ini"),
    "split": _("Dipecah menjadi beberapa laporan"),
    "split_from": _("Dipecah dari laporan lain"),
    "identity_revealed": _("Identitas pelapor dibuka"),
    "linked_to_account": _("Ditautkan ke akun pelapor"),  # pintu.mydata.claims
    # the OPD handling it
    "accept": _("Diterima instansi dan sedang diproses"),
    "request_info": _("Petugas meminta informasi tambahan"),
    "follow_up": _("Tindak lanjut"),  # recorded by post_follow_up and record_external_answer, named below too
    "post_follow_up": _("Tindak lanjut"),
    "record_external_answer": _("Tindak lanjut"),
    "send_back": _("Dikembalikan ke admin instansi"),
    "close": _("Laporan selesai"),
    # the reporter and the system
    "reporter_reply": _("Balasan pelapor"),
    "rated": _("Penilaian pelapor"),
    "reopen": _("Laporan dibuka kembali"),
    "auto_close": _("Ditutup otomatis karena tidak ada tanggapan"),
    # recorded on reports by other apps
    "personal_data_erased": _("Data pribadi pelapor dihapus"),  # pintu.mydata.anonymise
    "processing_restricted": _("Pemrosesan data pribadi dibatasi atas permintaan penghapusan"),  # mydata.restriction
    "interop_resent": _("Pengiriman ke instansi tujuan diulang"),  # pintu.interop.services (resend)
}

register_event_kinds(CASE_TYPE, LABELS)
