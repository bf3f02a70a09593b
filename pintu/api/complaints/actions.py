"""The staff actions of the API: name -> (input serializer, service call). The SAME services as the web
(pintu/complaints/views/staff_actions.py), and the web's own table decides when an action is offered.

Each runner gets (request, report, validated data, actor) and returns (message, codes created).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pintu.api.complaints import serializers_staff as s
from pintu.apikit.uploads import cleaned_files
from pintu.categories.selectors import categories_visible_to
from pintu.complaints.selectors import reports_visible_to
from pintu.complaints.services import admin, handling, merge, reporter
from pintu.complaints.workflow import Actor
from pintu.routing import services as routing


@dataclass(frozen=True)
class ApiAction:
    name: str  # URL segment
    web: str  # the web action (pintu.complaints.views.staff_actions.ACTIONS) that decides availability
    serializer: type
    run: Callable
    summary: str
    multipart: bool = False
    admin_only: bool = False


def _verify(request, report, data, actor):
    admin.verify(report, user=request.user)
    return _("Laporan diverifikasi."), []


def _disposition(request, report, data, actor):
    agency = data["agency"]
    suggestion = routing.parse_suggestion_field(data["suggestion"])  # as the web's one-click "Saran instansi"
    admin.disposition(report, user=request.user, agency=agency, note_text=data["note"], suggestion=suggestion)
    routing.record_decision(report, agency=agency, suggestion=suggestion)
    return _("Laporan didisposisikan ke %(agency)s.") % {"agency": agency.name}, []


def _hold(request, report, data, actor):
    admin.hold(report, user=request.user, reason=data["reason"])
    return _("Laporan ditunda."), []


def _resume(request, report, data, actor):
    admin.resume(report, user=request.user, reason=data["reason"])
    return _("Laporan dilanjutkan."), []


def _archive(request, report, data, actor):
    admin.archive(report, user=request.user, reason=data["reason"], archive_kind=data["archive_kind"])
    return _("Laporan diarsipkan."), []


def _forward_out(request, report, data, actor):
    admin.forward_out(
        report, user=request.user, agency=data["agency"], channel=data["channel"], reference=data["reference"],
        follow_up_date=data["follow_up_date"], reason=data["reason"],
    )  # fmt: skip
    routing.record_decision(report, agency=data["agency"])
    return _("Laporan dilimpahkan ke %(agency)s.") % {"agency": data["agency"].name}, []


def _accept(request, report, data, actor):
    handling.accept(report, user=request.user)
    return _("Laporan diterima untuk ditangani."), []


def _request_info(request, report, data, actor):
    handling.request_info(report, user=request.user, question=data["question"])
    return _("Pertanyaan dikirim ke pelapor. Tenggat berhenti sampai pelapor menjawab."), []


def _post_follow_up(request, report, data, actor):
    files = cleaned_files(request)
    handling.post_follow_up(report, user=request.user, text=data["text"], visibility=data["visibility"], files=files)
    return _("Tindak lanjut dikirim."), []


def _send_back(request, report, data, actor):
    handling.send_back(report, user=request.user, reason=data["reason"], suggested_agency=data["suggested_agency"])
    return _("Laporan dikembalikan ke admin instansi dengan saran %(agency)s.") % {
        "agency": data["suggested_agency"].name
    }, []


def _close(request, report, data, actor):
    if actor == Actor.ADMIN:
        admin.admin_close(report, user=request.user, reason=data["reason"])
    else:
        handling.close(report, user=request.user, reason=data["reason"])
    return _("Laporan ditutup."), []


def _admin_close(request, report, data, actor):
    admin.admin_close(report, user=request.user, reason=data["reason"])
    return _("Laporan ditutup."), []


def _reopen(request, report, data, actor):
    reporter.reopen(report, reason=data["reason"], user=request.user, by_admin=True)
    return _("Laporan dibuka kembali."), []


def _external_answer(request, report, data, actor):
    admin.record_external_answer(report, user=request.user, text=data["text"])
    return _("Jawaban instansi tujuan dicatat sebagai tindak lanjut."), []


def _edit(request, report, data, actor):
    category = None
    if data.get("category"):
        category = categories_visible_to(request.user).filter(pk=data["category"]).first()
        if category is None:
            raise ValidationError({"category": _("Pilih kategori dari daftar.")})
    admin.edit_report(
        report, user=request.user, title=data["title"], kind=data["kind"], category=category, reason=data["reason"]
    )
    return _("Data laporan disimpan."), []


def _privacy(request, report, data, actor):
    admin.set_privacy(report, user=request.user, privacy=data["privacy"], reason=data["reason"])
    return _("Kerahasiaan laporan disimpan."), []


def _pengawasan(request, report, data, actor):
    flagged = data["flagged"]
    admin.flag_pengawasan(report, user=request.user, flagged=flagged, reason=data["reason"])
    message = _("Laporan ditandai berkadar pengawasan.") if flagged else _("Tanda berkadar pengawasan dihapus.")
    return message, []


def _merge(request, report, data, actor):
    code = data["master_code"].strip().upper()
    master = reports_visible_to(request.user).filter(code=code).first()
    if master is None:
        raise ValidationError({"master_code": _("Laporan dengan kode %(code)s tidak ditemukan.") % {"code": code}})
    merge.merge(report, into=master, user=request.user, reason=data["reason"])
    return _("Laporan digabungkan sebagai duplikat dari %(code)s.") % {"code": master.code}, []


def _split(request, report, data, actor):
    parts = [(p["title"], p["text"], p["agency"]) for p in data["parts"]]
    children = merge.split(report, user=request.user, parts=parts, reason=data["reason"])
    codes = [c.code for c in children]
    return _("Laporan dipecah menjadi %(codes)s.") % {"codes": ", ".join(codes)}, codes


ACTIONS: dict[str, ApiAction] = {
    a.name: a
    for a in [
        ApiAction("verify", "verify", s.EmptyInput, _verify, "Verifikasi"),
        ApiAction("edit", "edit", s.EditInput, _edit, "Perbaiki judul, jenis atau kategori"),
        ApiAction("privacy", "privacy", s.PrivacyInput, _privacy, "Ubah kerahasiaan"),
        ApiAction("pengawasan", "pengawasan", s.PengawasanInput, _pengawasan, "Tandai berkadar pengawasan"),
        ApiAction("hold", "hold", s.ReasonInput, _hold, "Tunda"),
        ApiAction("resume", "resume", s.OptionalReasonInput, _resume, "Lanjutkan"),
        ApiAction("archive", "archive", s.ArchiveInput, _archive, "Arsipkan"),
        ApiAction("disposition", "disposition", s.DispositionInput, _disposition, "Disposisikan ke OPD"),
        ApiAction("forward-out", "forward_out", s.ForwardOutInput, _forward_out, "Limpahkan ke luar pemda"),
        ApiAction("external-answer", "record_external_answer", s.TextInput, _external_answer,
                  "Catat jawaban instansi tujuan"),  # fmt: skip
        ApiAction("admin-close", "close", s.ReasonInput, _admin_close, "Tutup (admin instansi)", admin_only=True),
        ApiAction("reopen", "reopen", s.ReasonInput, _reopen, "Buka kembali (admin instansi)"),
        ApiAction("accept", "accept", s.EmptyInput, _accept, "Terima untuk ditangani"),
        ApiAction("request-info", "request_info", s.RequestInfoInput, _request_info, "Minta informasi dari pelapor"),
        ApiAction("follow-up", "post_follow_up", s.FollowUpInput, _post_follow_up, "Kirim tindak lanjut",
                  multipart=True),  # fmt: skip
        ApiAction("send-back", "send_back", s.SendBackInput, _send_back, "Bukan wewenang: kembalikan ke admin"),
        ApiAction("close", "close", s.ReasonInput, _close, "Tutup laporan"),
        ApiAction("merge", "merge", s.MergeInput, _merge, "Gabungkan sebagai duplikat"),
        ApiAction("split", "split", s.SplitInput, _split, "Pecah menjadi beberapa laporan"),
    ]
}
