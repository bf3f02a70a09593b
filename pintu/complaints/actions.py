"""Every action people take on a report, once, below both faces (pintu.cases.actions).

ACTIONS: what officers do on the report page and through `staff/reports/{code}/<action>/`.
REPORTER_ACTIONS: what the reporter does on the tracking page and through `track/reports/{code}/...`.

For each action: its name, its label, the OFFER RULE (may this user take it on this report now) and
`run` = the service call plus its follow-on steps, here and nowhere else (e.g. the routing decision is
recorded after a disposition, a forward-out and each part of a split). The web face maps a name to a
Django form (views/staff_actions.py), the API face to a serializer (api/staff_actions.py); both pass
the same cleaned keys to `ACTIONS.perform`. The buttons of the page and the API's `actions` list are
`ACTIONS.available(user, report)`.

Offer rules. A transition action is offered exactly when the transition table allows it from the
report's status for the role in which the user acts (admin instansi or OPD: `permissions.actor_for`);
the admin's actions that change no status say here in which statuses they make sense. Refusals:
a user who only reads the report (pimpinan, kepala OPD) is told so; an action their role never takes
is "not yours" (403); one their role takes, but not in this status, is "not now" (400 / a message).
The service always has the last word (it raises ValidationError or PermissionDenied).

Keys of `data` (web forms and API serializers give the same ones, already cleaned):
  disposition: agency, note, suggestion (the hidden "Saran instansi" value, may be empty)
  forward_out: agency, channel, reference, follow_up_date, reason
  hold, resume, close, admin_close, reopen: reason;  archive: archive_kind, reason
  request_info: question;  post_follow_up: text, visibility (+ files);  record_external_answer: text
  send_back: suggested_agency, reason;  edit: title, kind, category (a Category or None), reason
  privacy: anonim, rahasia, reason;  verify: public_title, public_text (optional);  public_text: public_title,
  public_text;  pengawasan: flagged, reason;  merge: master_code, reason
  split: parts = [(title, text, agency), ...], reason
  reporter: reply: text (+ files);  rate: rating, comment;  reopen: reason
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.actions import ActionSet, CaseAction, Context, Outcome
from pintu.complaints import phone_consent
from pintu.complaints.permissions import actor_for
from pintu.complaints.selectors import reports_visible_to
from pintu.complaints.services import admin, handling, merge, reporter
from pintu.complaints.workflow import TRANSITIONS, Action, Actor, Status, allowed_actions
from pintu.routing import services as routing

NOT_CLOSED = frozenset(Status) - {Status.SELESAI, Status.DIARSIPKAN}
BEFORE_OPD = frozenset({Status.DITERIMA, Status.TERVERIFIKASI, Status.DITUNDA, Status.DIBUKA_KEMBALI})
NOT_NOW = gettext_lazy("Tindakan ini tidak tersedia untuk laporan berstatus %(status)s.")


# --- offer rules -------------------------------------------------------------------------------------


def _acting_role(user, report) -> Actor:
    """The role in which `user` acts on `report`; PermissionDenied for those who may only read it."""
    actor = actor_for(user, report)
    if actor is None:
        raise PermissionDenied(_("Anda hanya dapat melihat laporan ini."))
    return actor


def by_table(action: Action, *, only: Actor | None = None) -> dict:
    """Offered when the transition table allows `action` now for the user's role (and that role is `only`)."""
    roles = TRANSITIONS[action].actors if only is None else {only}

    def offered(user, report) -> bool:
        actor = actor_for(user, report)
        return actor in roles and action in allowed_actions(report.status, actor)

    def permitted(user, report) -> bool:
        return _acting_role(user, report) in roles

    return {"offered": offered, "permitted": permitted}


def admin_in(statuses: frozenset) -> dict:
    """An admin instansi's action that changes no status: offered in `statuses`."""

    def offered(user, report) -> bool:
        return actor_for(user, report) == Actor.ADMIN and report.status in statuses

    def permitted(user, report) -> bool:
        return _acting_role(user, report) == Actor.ADMIN

    return {"offered": offered, "permitted": permitted}


# --- runs: the service call and its follow-on steps ----------------------------------------------------


def _verify(c: Context) -> Outcome:
    admin.verify(c.case, user=c.user, public_title=c.data.get("public_title") or None,
                 public_text=c.data.get("public_text") or None)  # fmt: skip
    return Outcome(_("Laporan diverifikasi."))


def _public_text(c: Context) -> Outcome:
    admin.set_public_text(c.case, user=c.user, title=c.data["public_title"], text=c.data["public_text"])
    return Outcome(_("Versi publik laporan disimpan."))


def _disposition(c: Context) -> Outcome:
    agency = c.data["agency"]
    suggestion = routing.parse_suggestion_field(c.data.get("suggestion"))  # one click on "Saran instansi"
    admin.disposition(c.case, user=c.user, agency=agency, note_text=c.data.get("note", ""), suggestion=suggestion)
    routing.record_decision(c.case, agency=agency, suggestion=suggestion)
    return Outcome(_("Laporan didisposisikan ke %(agency)s.") % {"agency": agency.name})


def _hold(c: Context) -> Outcome:
    admin.hold(c.case, user=c.user, reason=c.data["reason"])
    return Outcome(_("Laporan ditunda."))


def _resume(c: Context) -> Outcome:
    admin.resume(c.case, user=c.user, reason=c.data.get("reason", ""))
    return Outcome(_("Laporan dilanjutkan."))


def _archive(c: Context) -> Outcome:
    admin.archive(c.case, user=c.user, reason=c.data["reason"], archive_kind=c.data["archive_kind"])
    return Outcome(_("Laporan diarsipkan."))


def _forward_out(c: Context) -> Outcome:
    data = c.data
    admin.forward_out(
        c.case,
        user=c.user,
        agency=data["agency"],
        channel=data["channel"],
        reference=data.get("reference", ""),
        follow_up_date=data["follow_up_date"],
        reason=data["reason"],
    )
    routing.record_decision(c.case, agency=data["agency"])
    return Outcome(_("Laporan dilimpahkan ke %(agency)s.") % {"agency": data["agency"].name})


def _accept(c: Context) -> Outcome:
    handling.accept(c.case, user=c.user)
    return Outcome(_("Laporan diterima untuk ditangani."))


def _request_info(c: Context) -> Outcome:
    handling.request_info(c.case, user=c.user, question=c.data["question"])
    return Outcome(_("Pertanyaan dikirim ke pelapor. Tenggat berhenti sampai pelapor menjawab."))


def _post_follow_up(c: Context) -> Outcome:
    handling.post_follow_up(c.case, user=c.user, text=c.data["text"], visibility=c.data["visibility"], files=c.files)
    return Outcome(_("Tindak lanjut dikirim."))


def _send_back(c: Context) -> Outcome:
    agency = c.data["suggested_agency"]
    handling.send_back(c.case, user=c.user, reason=c.data["reason"], suggested_agency=agency)
    return Outcome(_("Laporan dikembalikan ke admin instansi dengan saran %(agency)s.") % {"agency": agency.name})


def _admin_close(c: Context) -> Outcome:
    admin.admin_close(c.case, user=c.user, reason=c.data["reason"])
    return Outcome(_("Laporan ditutup."))


def _close(c: Context) -> Outcome:
    """The web's one "close" button: the admin's close for an admin instansi, the OPD's own otherwise."""
    if actor_for(c.user, c.case) == Actor.ADMIN:
        return _admin_close(c)
    handling.close(c.case, user=c.user, reason=c.data["reason"])
    return Outcome(_("Laporan ditutup."))


def _reopen(c: Context) -> Outcome:
    reporter.reopen(c.case, reason=c.data["reason"], user=c.user, by_admin=True)
    return Outcome(_("Laporan dibuka kembali."))


def _external_answer(c: Context) -> Outcome:
    admin.record_external_answer(c.case, user=c.user, text=c.data["text"])
    return Outcome(_("Jawaban instansi tujuan dicatat sebagai tindak lanjut."))


def _edit(c: Context) -> Outcome:
    data = c.data
    admin.edit_report(
        c.case,
        user=c.user,
        title=data["title"],
        kind=data["kind"],
        category=data.get("category"),
        reason=data.get("reason", ""),
    )
    return Outcome(_("Data laporan disimpan."))


def _privacy(c: Context) -> Outcome:
    data = c.data
    admin.set_privacy(c.case, user=c.user, anonim=bool(data.get("anonim")), rahasia=bool(data.get("rahasia")),
                      reason=data.get("reason", ""))  # fmt: skip
    return Outcome(_("Kerahasiaan laporan disimpan."))


def _pengawasan(c: Context) -> Outcome:
    flagged = c.data["flagged"]
    admin.flag_pengawasan(c.case, user=c.user, flagged=flagged, reason=c.data.get("reason", ""))
    return Outcome(_("Laporan ditandai berkadar pengawasan.") if flagged else _("Tanda berkadar pengawasan dihapus."))


def _merge(c: Context) -> Outcome:
    code = c.data["master_code"].strip().upper()
    master = reports_visible_to(c.user).filter(code=code).first()
    if master is None:
        raise ValidationError({"master_code": _("Laporan dengan kode %(code)s tidak ditemukan.") % {"code": code}})
    merge.merge(c.case, into=master, user=c.user, reason=c.data.get("reason", ""))
    return Outcome(_("Laporan digabungkan sebagai duplikat dari %(code)s.") % {"code": master.code})


def _split(c: Context) -> Outcome:
    parts = list(c.data["parts"])
    children = merge.split(c.case, user=c.user, parts=parts, reason=c.data.get("reason", ""))
    for child, (_title, _text, agency) in zip(children, parts, strict=True):
        # Each part went to its agency as a disposition does: ask the router about the part's own text
        # and record what the admin chose, so accuracy figures and learning see splits too.
        routing.suggest_for(child)
        routing.record_decision(child, agency=agency)
    codes = [child.code for child in children]
    return Outcome(_("Laporan dipecah menjadi %(codes)s.") % {"codes": ", ".join(codes)}, created=codes)


A = Action
#: The officers' actions, in the order the report page offers them.
ACTIONS = ActionSet(
    "report",
    [
        CaseAction("verify", gettext_lazy("Verifikasi"), run=_verify, primary=True, **by_table(A.VERIFY)),
        CaseAction("accept", gettext_lazy("Terima untuk ditangani"), run=_accept, primary=True, **by_table(A.ACCEPT)),
        CaseAction("disposition", gettext_lazy("Disposisikan ke OPD"), run=_disposition, **by_table(A.DISPOSITION)),
        CaseAction(
            "post_follow_up",
            gettext_lazy("Kirim tindak lanjut"),
            run=_post_follow_up,
            multipart=True,
            **by_table(A.POST_FOLLOW_UP),
        ),
        CaseAction(
            "request_info",
            gettext_lazy("Minta informasi dari pelapor"),
            run=_request_info,
            **by_table(A.REQUEST_INFO),
        ),
        CaseAction(
            "record_external_answer",
            gettext_lazy("Catat jawaban instansi tujuan"),
            run=_external_answer,
            **by_table(A.RECORD_EXTERNAL_ANSWER),
        ),
        CaseAction("close", gettext_lazy("Tutup laporan"), run=_close, **by_table(A.CLOSE)),
        # The admin's close under its own name (the API's admin-close); the web's "close" does the same for an admin.
        CaseAction(
            "admin_close",
            gettext_lazy("Tutup laporan"),
            run=_admin_close,
            **by_table(A.CLOSE, only=Actor.ADMIN),
        ),
        CaseAction("reopen", gettext_lazy("Buka kembali"), run=_reopen, **by_table(A.REOPEN, only=Actor.ADMIN)),
        CaseAction(
            "send_back",
            gettext_lazy("Bukan wewenang kami: kembalikan ke admin"),
            run=_send_back,
            **by_table(A.SEND_BACK),
        ),
        CaseAction(
            "forward_out",
            gettext_lazy("Limpahkan ke instansi di luar pemda"),
            run=_forward_out,
            **by_table(A.FORWARD_OUT),
        ),
        CaseAction("resume", gettext_lazy("Lanjutkan"), run=_resume, **by_table(A.RESUME)),
        CaseAction("hold", gettext_lazy("Tunda"), run=_hold, **by_table(A.HOLD)),
        CaseAction("archive", gettext_lazy("Arsipkan"), run=_archive, danger=True, **by_table(A.ARCHIVE)),
        CaseAction("edit", gettext_lazy("Perbaiki judul, jenis atau kategori"), run=_edit, **admin_in(NOT_CLOSED)),
        CaseAction("privacy", gettext_lazy("Ubah kerahasiaan"), run=_privacy, **admin_in(NOT_CLOSED)),
        CaseAction("public_text", gettext_lazy("Perbaiki versi publik"), run=_public_text, **admin_in(NOT_CLOSED)),
        CaseAction("pengawasan", gettext_lazy("Berkadar pengawasan"), run=_pengawasan, **admin_in(BEFORE_OPD)),
        CaseAction(
            "merge",
            gettext_lazy("Gabungkan sebagai duplikat"),
            run=_merge,
            **admin_in(frozenset({Status.DITERIMA, Status.TERVERIFIKASI, Status.DITUNDA})),
        ),
        CaseAction(
            "split",
            gettext_lazy("Pecah menjadi beberapa laporan"),
            run=_split,
            **admin_in(frozenset({Status.DITERIMA, Status.TERVERIFIKASI})),
        ),
    ],
    not_now=NOT_NOW,
)


# --- the reporter's actions (tracking page and track/ endpoints) ---------------------------------------
# The face has proven the reporter (secret or own account) before; `user` is the reporter's account, or
# None for a guest. The offer rules are the tracking page's "may reply / rate / reopen".


def may_reply(user, report) -> bool:
    return not report.is_closed


def may_rate(user, report) -> bool:
    return report.status in (Status.DITINDAKLANJUTI, Status.SELESAI)


def may_reopen(user, report, *, reopen_deadline=reporter.UNREAD) -> bool:
    return reporter.can_reopen(report, deadline=reopen_deadline)


def _reopen_not_now(user, report) -> str:
    """The reopen window's own sentence once it has passed, else the sentence for the report's status."""
    return reporter.reopen_window_passed(report) or str(NOT_NOW) % {"status": report.status_label}


def _always(user, report, **_known) -> bool:
    return True


def _consent_stands(report, *, consent=None) -> bool:
    """The stop button only while the consent lasts; `consent`: read already from the contact row the page shows."""
    return (consent if consent is not None else phone_consent.consent_of(report)).active


def _reply(c: Context) -> Outcome:
    report = reporter.reply(c.case, text=c.data.get("text", ""), user=c.user, files=c.files)
    return Outcome(_("Balasan Anda terkirim."), case=report)


def _rate(c: Context) -> Outcome:
    report = reporter.rate(c.case, rating=c.data.get("rating"), comment=c.data.get("comment", ""), user=c.user)
    return Outcome(_("Terima kasih atas penilaian Anda."), case=report)


def _reporter_reopen(c: Context) -> Outcome:
    report = reporter.reopen(c.case, reason=c.data.get("reason", ""), user=c.user)
    return Outcome(_("Laporan dibuka kembali dan dikirim lagi kepada petugas yang menangani."), case=report)


def _stop_phone(c: Context) -> Outcome:
    """No more WhatsApp/SMS about this report (idempotent: a second press changes nothing); `via` names the face."""
    phone_consent.withdraw(c.case, via=c.data.get("via", "tracking_page"), actor=c.user, request=c.request)
    return Outcome(_("Kami tidak akan mengirim kabar lewat WhatsApp/SMS lagi untuk laporan ini."), case=c.case)


REPORTER_ACTIONS = ActionSet(
    "report",
    [
        CaseAction(
            "reply",
            gettext_lazy("Kirim balasan"),
            offered=may_reply,
            run=_reply,
            multipart=True,
            permitted=_always,
            not_now=gettext_lazy("Laporan ini sudah ditutup. Ajukan buka kembali bila masalahnya belum selesai."),
        ),
        CaseAction(
            "rate",
            gettext_lazy("Kirim penilaian"),
            offered=may_rate,
            run=_rate,
            permitted=_always,
            not_now=gettext_lazy("Penilaian dapat diberikan setelah ada tindak lanjut."),
        ),
        CaseAction(
            "reopen",
            gettext_lazy("Minta laporan dibuka kembali"),
            offered=may_reopen,
            run=_reporter_reopen,
            permitted=_always,
            not_now=_reopen_not_now,
            needs=("reopen_deadline",),
        ),
        CaseAction(
            "stop_phone",
            gettext_lazy("Berhenti menerima kabar lewat WhatsApp/SMS"),
            offered=_always,
            run=_stop_phone,
            primary=True,
            applies=_consent_stands,
            needs=("consent",),
        ),
    ],
    not_now=NOT_NOW,
)
