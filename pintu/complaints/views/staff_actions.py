"""The dispatch table of the report page: action name -> (form, service call, when it is offered).

Transition actions are offered exactly when `workflow.allowed_actions(status, actor)` lists them;
the few admin actions that do not change the status say here in which statuses they make sense.
The service always has the last word (it raises ValidationError or PermissionDenied).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from pintu.complaints import forms_staff as f
from pintu.complaints.selectors import reports_visible_to
from pintu.complaints.services import admin, handling, merge, reporter
from pintu.complaints.views.common import cleaned_files
from pintu.complaints.workflow import Action, Actor, Status, allowed_actions
from pintu.routing import services as routing

NOT_CLOSED = frozenset(Status) - {Status.SELESAI, Status.DIARSIPKAN}
BEFORE_OPD = frozenset({Status.DITERIMA, Status.TERVERIFIKASI, Status.DITUNDA, Status.DIBUKA_KEMBALI})


@dataclass(frozen=True)
class StaffAction:
    name: str
    label: str
    form: type
    run: Callable  # (request, report, form, actor) -> success message; may add errors to the form
    transition: Action | None = None  # offered when allowed_actions lists it
    admin_statuses: frozenset = frozenset()  # non-transition admin actions: offered in these statuses
    primary: bool = False  # a plain button, no fields
    danger: bool = False


def _verify(request, report, form, actor):
    admin.verify(report, user=request.user)
    return _("Laporan diverifikasi.")


def _disposition(request, report, form, actor):
    agency = form.cleaned_data["agency"]
    suggestion = routing.parse_suggestion_field(request.POST.get("suggestion"))  # one-click from "Saran instansi"
    admin.disposition(
        report, user=request.user, agency=agency, note_text=form.cleaned_data["note"], suggestion=suggestion
    )
    routing.record_decision(report, agency=agency, suggestion=suggestion)
    return _("Laporan didisposisikan ke %(agency)s.") % {"agency": agency.name}


def _hold(request, report, form, actor):
    admin.hold(report, user=request.user, reason=form.cleaned_data["reason"])
    return _("Laporan ditunda.")


def _resume(request, report, form, actor):
    admin.resume(report, user=request.user, reason=form.cleaned_data["reason"])
    return _("Laporan dilanjutkan.")


def _archive(request, report, form, actor):
    data = form.cleaned_data
    admin.archive(report, user=request.user, reason=data["reason"], archive_kind=data["archive_kind"])
    return _("Laporan diarsipkan.")


def _forward_out(request, report, form, actor):
    data = form.cleaned_data
    admin.forward_out(
        report,
        user=request.user,
        agency=data["agency"],
        channel=data["channel"],
        reference=data["reference"],
        follow_up_date=data["follow_up_date"],
        reason=data["reason"],
    )
    routing.record_decision(report, agency=data["agency"])
    return _("Laporan dilimpahkan ke %(agency)s.") % {"agency": data["agency"].name}


def _accept(request, report, form, actor):
    handling.accept(report, user=request.user)
    return _("Laporan diterima untuk ditangani.")


def _request_info(request, report, form, actor):
    handling.request_info(report, user=request.user, question=form.cleaned_data["question"])
    return _("Pertanyaan dikirim ke pelapor. Tenggat berhenti sampai pelapor menjawab.")


def _post_follow_up(request, report, form, actor):
    files = cleaned_files(form, "files", (get_language() or "id")[:2])
    if files is None:
        return None
    data = form.cleaned_data
    handling.post_follow_up(report, user=request.user, text=data["text"], visibility=data["visibility"], files=files)
    return _("Tindak lanjut dikirim.")


def _send_back(request, report, form, actor):
    data = form.cleaned_data
    handling.send_back(report, user=request.user, reason=data["reason"], suggested_agency=data["suggested_agency"])
    return _("Laporan dikembalikan ke admin instansi dengan saran %(agency)s.") % {
        "agency": data["suggested_agency"].name
    }


def _close(request, report, form, actor):
    if actor == Actor.ADMIN:
        admin.admin_close(report, user=request.user, reason=form.cleaned_data["reason"])
    else:
        handling.close(report, user=request.user, reason=form.cleaned_data["reason"])
    return _("Laporan ditutup.")


def _reopen(request, report, form, actor):
    reporter.reopen(report, reason=form.cleaned_data["reason"], user=request.user, by_admin=True)
    return _("Laporan dibuka kembali.")


def _external_answer(request, report, form, actor):
    admin.record_external_answer(report, user=request.user, text=form.cleaned_data["text"])
    return _("Jawaban instansi tujuan dicatat sebagai tindak lanjut.")


def _edit(request, report, form, actor):
    data = form.cleaned_data
    admin.edit_report(
        report,
        user=request.user,
        title=data["title"],
        kind=data["kind"],
        category=data["category"],
        reason=data["reason"],
    )
    return _("Data laporan disimpan.")


def _privacy(request, report, form, actor):
    admin.set_privacy(
        report, user=request.user, privacy=form.cleaned_data["privacy"], reason=form.cleaned_data["reason"]
    )
    return _("Kerahasiaan laporan disimpan.")


def _pengawasan(request, report, form, actor):
    flagged = form.cleaned_data["flagged"]
    admin.flag_pengawasan(report, user=request.user, flagged=flagged, reason=form.cleaned_data["reason"])
    return _("Laporan ditandai berkadar pengawasan.") if flagged else _("Tanda berkadar pengawasan dihapus.")


def _merge(request, report, form, actor):
    code = form.cleaned_data["master_code"]
    master = reports_visible_to(request.user).filter(code=code).first()
    if master is None:
        raise ValidationError({"master_code": _("Laporan dengan kode %(code)s tidak ditemukan.") % {"code": code}})
    merge.merge(report, into=master, user=request.user, reason=form.cleaned_data["reason"])
    return _("Laporan digabungkan sebagai duplikat dari %(code)s.") % {"code": master.code}


def _split(request, report, form, actor):
    children = merge.split(
        report, user=request.user, parts=form.cleaned_data["parts"], reason=form.cleaned_data["reason"]
    )
    return _("Laporan dipecah menjadi %(codes)s.") % {"codes": ", ".join(c.code for c in children)}


A = Action
ACTIONS: dict[str, StaffAction] = {
    a.name: a
    for a in [
        StaffAction("verify", gettext_lazy("Verifikasi"), f.EmptyForm, _verify, transition=A.VERIFY, primary=True),
        StaffAction(
            "accept", gettext_lazy("Terima untuk ditangani"), f.EmptyForm, _accept, transition=A.ACCEPT, primary=True
        ),
        StaffAction(
            "disposition",
            gettext_lazy("Disposisikan ke OPD"),
            f.DispositionForm,
            _disposition,
            transition=A.DISPOSITION,
        ),
        StaffAction(
            "post_follow_up",
            gettext_lazy("Kirim tindak lanjut"),
            f.FollowUpForm,
            _post_follow_up,
            transition=A.POST_FOLLOW_UP,
        ),
        StaffAction(
            "request_info",
            gettext_lazy("Minta informasi dari pelapor"),
            f.RequestInfoForm,
            _request_info,
            transition=A.REQUEST_INFO,
        ),
        StaffAction(
            "record_external_answer",
            gettext_lazy("Catat jawaban instansi tujuan"),
            f.ExternalAnswerForm,
            _external_answer,
            transition=A.RECORD_EXTERNAL_ANSWER,
        ),
        StaffAction("close", gettext_lazy("Tutup laporan"), f.CloseForm, _close, transition=A.CLOSE),
        StaffAction("reopen", gettext_lazy("Buka kembali"), f.ReopenForm, _reopen, transition=A.REOPEN),
        StaffAction(
            "send_back",
            gettext_lazy("Bukan wewenang kami: kembalikan ke admin"),
            f.SendBackForm,
            _send_back,
            transition=A.SEND_BACK,
        ),
        StaffAction(
            "forward_out",
            gettext_lazy("Limpahkan ke instansi di luar pemda"),
            f.ForwardOutForm,
            _forward_out,
            transition=A.FORWARD_OUT,
        ),
        StaffAction("resume", gettext_lazy("Lanjutkan"), f.ResumeForm, _resume, transition=A.RESUME),
        StaffAction("hold", gettext_lazy("Tunda"), f.HoldForm, _hold, transition=A.HOLD),
        StaffAction("archive", gettext_lazy("Arsipkan"), f.ArchiveForm, _archive, transition=A.ARCHIVE, danger=True),
        StaffAction(
            "edit", gettext_lazy("Perbaiki judul, jenis atau kategori"), f.EditForm, _edit, admin_statuses=NOT_CLOSED
        ),
        StaffAction("privacy", gettext_lazy("Ubah kerahasiaan"), f.PrivacyForm, _privacy, admin_statuses=NOT_CLOSED),
        StaffAction(
            "pengawasan", gettext_lazy("Berkadar pengawasan"), f.PengawasanForm, _pengawasan, admin_statuses=BEFORE_OPD
        ),
        StaffAction(
            "merge",
            gettext_lazy("Gabungkan sebagai duplikat"),
            f.MergeForm,
            _merge,
            admin_statuses=frozenset({Status.DITERIMA, Status.TERVERIFIKASI, Status.DITUNDA}),
        ),
        StaffAction(
            "split",
            gettext_lazy("Pecah menjadi beberapa laporan"),
            f.SplitForm,
            _split,
            admin_statuses=frozenset({Status.DITERIMA, Status.TERVERIFIKASI}),
        ),
    ]
}


def available(report, actor: Actor | None) -> list[StaffAction]:
    """The actions `actor` may take on `report` now, in display order."""
    if actor is None:
        return []
    allowed = set(allowed_actions(report.status, actor))
    return [
        action
        for action in ACTIONS.values()
        if (action.transition in allowed)
        or (action.transition is None and actor == Actor.ADMIN and report.status in action.admin_statuses)
    ]
