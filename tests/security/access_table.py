"""THE access table: every URL name of Pintu, who may use it, on which case. One entry per URL name.

tests/security/test_access_matrix.py enumerates every URL pattern of the project and fails for a URL
name without an entry here, and for an entry whose URL name no longer exists. Adding a view means
adding its line here, deciding on purpose who may open it.

Format
------
    TABLE["namespace:name"] = Entry(expect, case=KIND, kwargs=lambda obj: {...}, methods=GET)

- `expect`: the outcome for each actor, built with `roles(default, **per_actor)`. A value is one
  outcome (same on both cases) or a pair `(own, other)`. Presets below (PUBLIC_PAGE, STAFF_REPORTS,
  PPID_STAFF, ...) are such dicts; override a few actors with `PRESET | roles_only(actor=...)`.
- `case`: which pair of fixture cases the URL argument is taken from (a `CaseKind`, see CASE_KINDS),
  or None for a URL without a case (lists, forms). Without a case, only the "own" outcome is used.
  "own" is the case the actor should reach (its agency A = PUPR, its own filing, a public item);
  "other" is the one it should not (agency B = Dinkes, someone else's, a draft or rahasia item).
  The cases are built in world.py.
- `kwargs`: the URL arguments from the case object (or a dict for a URL with fixed arguments).
- `methods`: GET for pages, POST for actions, both for forms. A POST is sent with an empty body:
  for an allowed actor it must not be refused (a form re-shown with errors, or a redirect); for a
  refused actor it must be refused AND leave the database unchanged (history events, case counts and
  statuses are compared).

Actors (world.ACTORS): anonymous, citizen (account; files the "own" cases), admin_instansi,
penghubung_a and kepala_opd_a (PUPR), ppid_utama, ppid_pembantu_a (PUPR), atasan_ppid, inspektorat
(its "own" report is a berkadar-pengawasan one), pimpinan, system_admin (superuser).

Outcomes
--------
OK (GET 200; POST 200, 400 = the form re-shown with its errors, or a redirect that is not to the
login or tracking page), BAD_REQUEST (GET 400: allowed, but the bare GET lacks a required query),
MOVED (allowed, redirects on, e.g. a wizard step without a draft), LOGIN (redirect to sign in),
FORBIDDEN (403), HIDDEN (404: a case outside the actor's selector),
TO_TRACK / TO_REQUEST_TRACK (refused by sending the visitor to the tracking form to prove ownership
with the secret), BOUNCE (refused by a redirect back to a page the actor may see, e.g. a read-only
role sent from an edit form to the register; the database must be unchanged), NOT_ALLOWED (405).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.security.world import ACTOR_KEYS, World

OK, MOVED, LOGIN, FORBIDDEN, HIDDEN = "ok", "moved", "login", "403", "404"
TO_TRACK, TO_REQUEST_TRACK, NOT_ALLOWED, BOUNCE = "to-track", "to-request-track", "405", "bounce"
#: Allowed, but the matrix's bare GET lacks the query the URL needs (e.g. ?lat=&lon=): 400, not a refusal.
BAD_REQUEST = "400"
#: Outcomes that refuse: for a POST the database must also be unchanged.
REFUSALS = frozenset({LOGIN, FORBIDDEN, HIDDEN, TO_TRACK, TO_REQUEST_TRACK, NOT_ALLOWED, BOUNCE})
GET, POST, GET_POST = ("GET",), ("POST",), ("GET", "POST")


@dataclass(frozen=True)
class CaseKind:
    """A pair of fixture cases: `own` (default for every actor, or per actor) and `other`."""

    name: str
    own: str
    other: str
    own_for: dict = field(default_factory=dict)  # actor -> fixture name, where "own" differs

    def pick(self, world: World, actor: str, side: str):
        name = self.own_for.get(actor, self.own) if side == "own" else self.other
        return world[name]


REPORT = CaseKind("report", "report_a", "report_b", {"inspektorat": "report_pengawasan"})
ATTACHMENT = CaseKind(
    "attachment", "report_a_attachment", "report_b_attachment", {"inspektorat": "report_pengawasan_attachment"}
)
REQUEST = CaseKind("request", "request_a", "request_b")
#: A requester's identity file (issue #15): the Atasan PPID's "own" is a request with an objection before them.
REQUEST_IDENTITY = CaseKind("request identity file", "request_a", "request_b", {"atasan_ppid": "request_a_objected"})
REQUEST_DOCUMENT = CaseKind("request document", "request_a_document", "request_b_document")
#: A request whose decision is a draft letter waiting for the signatory (the PPID Utama).
DRAFTED_REQUEST = CaseKind("request with a draft letter", "drafted_a", "drafted_b")
DECIDED_REQUEST = CaseKind("decided request", "objection_a_request", "objection_b_request")
OBJECTION = CaseKind("objection", "objection_a", "objection_b")
DISPUTED = CaseKind("disputed objection", "disputed_a", "disputed_b")
#: An objection whose answer is a draft letter waiting for the Atasan PPID (the kind's signatory).
ANSWER_DRAFTED = CaseKind("objection with a draft answer", "answer_drafted_a", "answer_drafted_b")
DIP_DRAFT = CaseKind("dip draft", "dip_a_draft", "dip_b_draft")
DIP_PUBLIC = CaseKind("dip public", "dip_a_published", "dip_b_draft")
DIP_FILE = CaseKind("dip file", "dip_a_published_file", "dip_b_draft_file")
DIP_DRAFT_FILE = CaseKind("dip draft file", "dip_a_draft_file", "dip_b_draft_file")
DIK = CaseKind("dik", "dik_a", "dik_b")
DIK_DRAFTED = CaseKind("dik with a draft determination letter", "dik_drafted_a", "dik_drafted_b")
ANNUAL = CaseKind("annual report", "annual_published", "annual_draft")
BREACH = CaseKind("breach register entry", "breach", "breach")  # one register for the Pemkab: no other side
BREACH_LETTER = CaseKind("breach notice letter", "breach_letter", "breach_letter")
#: The published report's signed cover letter; "other": a letter of no annual report (the breach notice).
ANNUAL_COVER = CaseKind("annual cover letter", "annual_cover", "breach_letter")
CASE_KINDS = (REPORT, ATTACHMENT, REQUEST, REQUEST_IDENTITY, REQUEST_DOCUMENT, DECIDED_REQUEST, OBJECTION, DISPUTED,
              DIP_DRAFT, DIP_PUBLIC, DIP_FILE, DIP_DRAFT_FILE, DIK, DIK_DRAFTED, ANNUAL, BREACH, BREACH_LETTER,
              ANNUAL_COVER)  # fmt: skip


def roles(default, **per_actor) -> dict:
    """Every actor's outcome: `default`, except the actors named (value: outcome or (own, other))."""
    unknown = set(per_actor) - set(ACTOR_KEYS)
    assert not unknown, f"unknown actors {unknown}"
    return {actor: per_actor.get(actor, default) for actor in ACTOR_KEYS}


def roles_only(**per_actor) -> dict:
    """A partial dict to override a preset: `PRESET | roles_only(pimpinan=FORBIDDEN)`."""
    unknown = set(per_actor) - set(ACTOR_KEYS)
    assert not unknown, f"unknown actors {unknown}"
    return per_actor


@dataclass(frozen=True)
class Entry:
    expect: dict
    case: CaseKind | None = None
    kwargs: Callable | dict | None = None
    methods: tuple = GET

    def url_kwargs(self, obj) -> dict:
        if callable(self.kwargs):
            return self.kwargs(obj)
        return dict(self.kwargs or {})


# --- presets ---------------------------------------------------------------------------------------

PUBLIC_PAGE = roles(OK)
SIGNED_IN = roles(OK, anonymous=LOGIN)
#: Staff pages of the complaint service (gate: admin instansi, pimpinan, penghubung, kepala OPD, APIP).
STAFF_REPORTS = roles(FORBIDDEN, anonymous=LOGIN, admin_instansi=OK, pimpinan=OK, penghubung_a=OK, kepala_opd_a=OK,
                      inspektorat=OK)  # fmt: skip
#: One report, for the staff: the admin instansi sees both, agency roles only their agency's (APIP: pengawasan),
#: pimpinan every report but a rahasia one (issue #15: the "other" report is rahasia; pimpinan get counts only).
HANDLER_OF_CASE = STAFF_REPORTS | roles_only(penghubung_a=(OK, HIDDEN), kepala_opd_a=(OK, HIDDEN),
                                             inspektorat=(OK, HIDDEN), pimpinan=(OK, HIDDEN))  # fmt: skip
ADMIN_INSTANSI_ONLY = STAFF_REPORTS | roles_only(pimpinan=FORBIDDEN, penghubung_a=FORBIDDEN, kepala_opd_a=FORBIDDEN,
                                                 inspektorat=FORBIDDEN)  # fmt: skip
#: Staff pages of the PPID (gate: PPID Utama, PPID Pembantu, Atasan PPID, system admin).
PPID_STAFF = roles(FORBIDDEN, anonymous=LOGIN, ppid_utama=OK, ppid_pembantu_a=OK, atasan_ppid=OK, system_admin=OK)
#: One request or objection for the PPID staff: the Pembantu only its agency's; the system admin none.
PPID_HANDLER_OF_CASE = PPID_STAFF | roles_only(ppid_pembantu_a=(OK, HIDDEN), system_admin=HIDDEN)
#: Only the reporter / requester (account) reaches the case; everyone else is sent to prove it.
OWN_REPORT_ONLY = roles(TO_TRACK, citizen=(OK, TO_TRACK))
OWN_REQUEST_ONLY = roles(TO_REQUEST_TRACK, citizen=(OK, TO_REQUEST_TRACK))
OWN_FILE_ONLY = roles(HIDDEN, citizen=(OK, HIDDEN))

TABLE: dict[str, Entry] = {}
T = TABLE

# --- web -------------------------------------------------------------------------------------------
T["web:home"] = Entry(PUBLIC_PAGE)
T["web:track"] = Entry(PUBLIC_PAGE)  # the one tracking box (its POST proves a secret: tests/site)
T["web:agencies"] = Entry(PUBLIC_PAGE)
T["web:contact"] = Entry(PUBLIC_PAGE)  # footer: how to reach the Pemkab and its PPID
T["web:areas"] = Entry(PUBLIC_PAGE)
T["web:workday_calculator"] = Entry(PUBLIC_PAGE)
T["web:calendar_year"] = Entry(PUBLIC_PAGE, kwargs={"year": 2026})
T["web:login"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["web:logout"] = Entry(roles(MOVED), methods=POST)
T["web:security_txt"] = Entry(PUBLIC_PAGE)  # the matrix sets PINTU_SECURITY_CONTACT (unset: 404 for all)
T["web:security_policy"] = Entry(PUBLIC_PAGE)
T["web:staff_home"] = Entry(SIGNED_IN)  # a citizen sees "no staff role" and the workspaces it has (none)
#: role guides (issue #19): every officer reads every role's guide; a citizen account is refused
T["web:guide_index"] = Entry(roles(OK, anonymous=LOGIN, citizen=FORBIDDEN))
T["web:guide"] = Entry(roles(OK, anonymous=LOGIN, citizen=FORBIDDEN), kwargs={"slug": "ppid-pembantu"})
T["web:claim_case"] = Entry(roles(OK, anonymous=LOGIN), methods=POST)  # own account only; empty body: 400
T["web:healthz"] = Entry(PUBLIC_PAGE)  # load balancers; "ok" and nothing else (pintu.web.health)
# second sign-in factor (pintu.security.views_2fa): verifying moves on (verified, or no device: to enrolment);
# anyone signed in may enrol; new backup codes need a verified session (the others are sent to verify)
T["accounts:otp_verify"] = Entry(roles(MOVED, anonymous=LOGIN), methods=GET_POST)
T["accounts:otp_setup"] = Entry(roles(OK, anonymous=LOGIN), methods=GET_POST)
T["accounts:otp_backup_codes"] = Entry(
    roles(MOVED, anonymous=LOGIN, admin_instansi=OK, ppid_utama=OK, atasan_ppid=OK, system_admin=OK), methods=POST
)
T["notifications:preferences"] = Entry(SIGNED_IN, methods=GET_POST)
# citizen accounts (pintu.security views_register, views_code_login, views_password): registration and sign-in
# by code are public (a signed-in visitor is sent on from registration); the code pages move on to the
# first step without a pending code in the session; password change is one's own only
T["accounts:register"] = Entry(roles(MOVED, anonymous=OK), methods=GET_POST)
T["accounts:register_code"] = Entry(roles(MOVED), methods=GET_POST)
T["accounts:register_resend"] = Entry(roles(MOVED), methods=POST)
T["accounts:code_login"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["accounts:code_login_enter"] = Entry(roles(MOVED), methods=GET_POST)
T["accounts:code_login_resend"] = Entry(roles(MOVED), methods=POST)
T["accounts:password_reset"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["accounts:password_reset_sent"] = Entry(PUBLIC_PAGE)
T["accounts:password_reset_confirm"] = Entry(PUBLIC_PAGE, kwargs={"uidb64": "MQ", "token": "salah-token"})
T["accounts:password_reset_complete"] = Entry(PUBLIC_PAGE)
T["accounts:password_change"] = Entry(SIGNED_IN, methods=GET_POST)
T["routing:accuracy"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(pimpinan=OK))

# --- complaints: intake, tracking, public register --------------------------------------------------
T["complaints:intake"] = Entry(PUBLIC_PAGE)
T["complaints:intake_reset"] = Entry(roles(MOVED), methods=POST)
T["complaints:intake_what"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["complaints:intake_where"] = Entry(roles(MOVED), methods=GET_POST)  # no draft yet: back to the first step
# "Gunakan lokasi saya" (JSON, public): the matrix's bare GET has no ?lat=&lon=, so 400 for everyone, no one refused
T["complaints:intake_locate"] = Entry(roles(BAD_REQUEST))
T["complaints:intake_similar"] = Entry(roles(MOVED), methods=GET_POST)
T["complaints:intake_finish"] = Entry(roles(MOVED), methods=GET_POST)
T["complaints:intake_done"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code})
T["complaints:intake_receipt"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code})
T["complaints:intake_receipt_send"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code},
                                              methods=POST)  # to the report's own e-mail or WhatsApp only
T["complaints:track"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["complaints:track_detail"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code})
T["complaints:track_reply"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
T["complaints:track_stop_phone"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
T["complaints:track_rate"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
T["complaints:track_reopen"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
#: A reporter's photo is for the reporter and the report's handlers, even on a public report.
T["complaints:attachment"] = Entry(
    HANDLER_OF_CASE
    | roles_only(
        anonymous=HIDDEN,
        citizen=(OK, HIDDEN),
        ppid_utama=HIDDEN,
        ppid_pembantu_a=HIDDEN,
        atasan_ppid=HIDDEN,
        system_admin=HIDDEN,
    ),
    case=ATTACHMENT,
    kwargs=lambda a: {"pk": a.pk},
)
#: The thumbnail of a photo: exactly the file's own rule (the same check, pintu.complaints.attachments).
T["complaints:attachment_thumbnail"] = T["complaints:attachment"]
T["complaints:public_list"] = Entry(PUBLIC_PAGE)
#: own: a verified biasa report; other: a rahasia one (never public, not even to its handlers here).
T["complaints:public_detail"] = Entry(roles((OK, HIDDEN)), case=REPORT, kwargs=lambda r: {"code": r.code})
T["complaints:my_reports"] = Entry(SIGNED_IN)
#: "Saya juga mengalami ini" (issue #16 item 8): anyone may follow a public report (an empty POST: the form
#: again, 400); the code page without a pending follow sends back to the report; a bad unfollow token says so.
T["complaints:follow"] = Entry(roles((OK, HIDDEN)), case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
T["complaints:follow_confirm"] = Entry(roles((MOVED, HIDDEN)), case=REPORT, kwargs=lambda r: {"code": r.code})
T["complaints:unfollow"] = Entry(PUBLIC_PAGE, kwargs={"token": "bukan-token"}, methods=GET_POST)

# --- complaints: staff -----------------------------------------------------------------------------
T["complaints:staff_inbox"] = Entry(STAFF_REPORTS)
T["complaints:staff_bulk_verify"] = Entry(ADMIN_INSTANSI_ONLY, methods=POST)
T["complaints:staff_new"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(penghubung_a=OK), methods=GET_POST)
T["complaints:staff_detail"] = Entry(HANDLER_OF_CASE, case=REPORT, kwargs=lambda r: {"code": r.code})
#: "accept" is the OPD's action: the admin instansi and the read-only roles are refused on any case.
T["complaints:staff_action"] = Entry(
    HANDLER_OF_CASE | roles_only(admin_instansi=FORBIDDEN, pimpinan=(FORBIDDEN, HIDDEN),
                                 kepala_opd_a=(FORBIDDEN, HIDDEN)),
    case=REPORT,
    kwargs=lambda r: {"code": r.code, "action": "accept"},
    methods=POST,
)

# --- PPID: public site and registers ---------------------------------------------------------------
T["ppid:landing"] = Entry(PUBLIC_PAGE)
T["ppid:page"] = Entry(PUBLIC_PAGE, kwargs={"slug": "layanan"})
T["ppid:dip_list"] = Entry(PUBLIC_PAGE)
T["ppid:dip_detail"] = Entry(roles((OK, HIDDEN)), case=DIP_PUBLIC, kwargs=lambda d: {"pk": d.pk})
#: A published item's file for anyone; a draft's file only for the registers' keepers.
T["ppid:dip_file"] = Entry(roles((OK, HIDDEN), ppid_utama=OK, atasan_ppid=OK, system_admin=OK), case=DIP_FILE,
                           kwargs=lambda f: {"pk": f.pk})  # fmt: skip
T["ppid:dip_export_csv"] = Entry(PUBLIC_PAGE)
T["ppid:dip_export_xlsx"] = Entry(PUBLIC_PAGE)
T["ppid:dik_list"] = Entry(PUBLIC_PAGE)
T["ppid:annual_list"] = Entry(PUBLIC_PAGE)
T["ppid:annual_pdf"] = Entry(roles((OK, HIDDEN)), case=ANNUAL, kwargs=lambda a: {"pk": a.pk})
T["ppid:annual_xlsx"] = Entry(roles((OK, HIDDEN)), case=ANNUAL, kwargs=lambda a: {"pk": a.pk})
#: The signed cover letter of a published report (it names no person): anyone; a draft report has none.
T["ppid:annual_cover_pdf"] = Entry(roles((OK, HIDDEN)), case=ANNUAL, kwargs=lambda a: {"pk": a.pk})

# --- PPID: the registers' staff pages ----------------------------------------------------------------
#: A DIP/DIK row for its keepers: PPID Utama, Atasan and system admin all; the Pembantu its agency's.
REGISTER_ROW = PPID_STAFF | roles_only(ppid_pembantu_a=(OK, HIDDEN))
#: Changing a row: the keepers (PPID Utama; the Pembantu on its own agency); read-only roles bounced back.
REGISTER_EDIT = REGISTER_ROW | roles_only(atasan_ppid=BOUNCE, system_admin=BOUNCE)
#: A POSTed change of a row: read-only roles refused outright.
REGISTER_ACTION = REGISTER_ROW | roles_only(atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN)
#: Deciding on a row (publish, withdraw, put in force, lift): the PPID Utama only.
UTAMA_DECIDES = REGISTER_ACTION | roles_only(ppid_pembantu_a=(FORBIDDEN, HIDDEN))
#: Forms that create rows: the keepers; read-only roles are sent back to the register.
REGISTER_CREATE = PPID_STAFF | roles_only(atasan_ppid=BOUNCE, system_admin=BOUNCE)
T["ppid:staff_register"] = Entry(PPID_STAFF)
T["ppid:staff_dip_create"] = Entry(REGISTER_CREATE, methods=GET_POST)
T["ppid:staff_dip_import"] = Entry(REGISTER_CREATE, methods=GET_POST)
T["ppid:staff_dip_detail"] = Entry(REGISTER_ROW, case=DIP_DRAFT, kwargs=lambda d: {"pk": d.pk})
T["ppid:staff_dip_edit"] = Entry(REGISTER_EDIT, case=DIP_DRAFT, kwargs=lambda d: {"pk": d.pk}, methods=GET_POST)
T["ppid:staff_dip_publish"] = Entry(UTAMA_DECIDES, case=DIP_DRAFT, kwargs=lambda d: {"pk": d.pk}, methods=POST)
T["ppid:staff_dip_withdraw"] = Entry(UTAMA_DECIDES, case=DIP_DRAFT, kwargs=lambda d: {"pk": d.pk}, methods=POST)
T["ppid:staff_dip_refresh"] = Entry(REGISTER_ACTION, case=DIP_DRAFT, kwargs=lambda d: {"pk": d.pk}, methods=POST)
T["ppid:staff_dip_add_files"] = Entry(REGISTER_ACTION, case=DIP_DRAFT, kwargs=lambda d: {"pk": d.pk}, methods=POST)
T["ppid:staff_dip_remove_file"] = Entry(REGISTER_ACTION, case=DIP_DRAFT_FILE, methods=POST,
                                        kwargs=lambda f: {"pk": f.item_id, "file_pk": f.pk})  # fmt: skip
T["ppid:staff_dik"] = Entry(PPID_STAFF)
#: The overdue berkala dashboard: the PPID Utama's (read by the roles that see the whole register).
T["ppid:staff_berkala_overdue"] = Entry(PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN))
T["ppid:staff_dik_create"] = Entry(REGISTER_CREATE, methods=GET_POST)
T["ppid:staff_dik_detail"] = Entry(REGISTER_ROW, case=DIK, kwargs=lambda d: {"pk": d.pk})
T["ppid:staff_dik_edit"] = Entry(REGISTER_EDIT, case=DIK, kwargs=lambda d: {"pk": d.pk}, methods=GET_POST)
T["ppid:staff_dik_decide"] = Entry(UTAMA_DECIDES, case=DIK, kwargs=lambda d: {"pk": d.pk}, methods=POST)
T["ppid:staff_dik_lift"] = Entry(UTAMA_DECIDES, case=DIK, kwargs=lambda d: {"pk": d.pk}, methods=POST)
#: The determination letter waiting: read by whoever sees the row; approved and signed by the kind's signatory
#: (the PPID Utama: signing fails without a certificate and comes back as a message); discarded by the PPID
#: Utama or the signatory.
T["ppid:staff_dik_letter_draft"] = Entry(REGISTER_ROW, case=DIK_DRAFTED, kwargs=lambda d: {"pk": d.pk})
T["ppid:staff_dik_sign_letter"] = Entry(UTAMA_DECIDES, case=DIK_DRAFTED, kwargs=lambda d: {"pk": d.pk}, methods=POST)
T["ppid:staff_dik_discard_letter"] = Entry(UTAMA_DECIDES, case=DIK_DRAFTED, kwargs=lambda d: {"pk": d.pk},
                                           methods=POST)  # fmt: skip

# --- PPID: information requests ----------------------------------------------------------------------
T["ppid:request_create"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["ppid:request_done"] = Entry(roles(TO_REQUEST_TRACK))  # nothing submitted in this session
T["ppid:request_receipt"] = Entry(roles(TO_REQUEST_TRACK))  # nothing submitted in this session
T["ppid:request_receipt_send"] = Entry(roles(TO_REQUEST_TRACK), methods=POST)  # nothing submitted in this session
T["ppid:request_track"] = Entry(PUBLIC_PAGE, methods=GET_POST)
T["ppid:request_track_detail"] = Entry(OWN_REQUEST_ONLY, case=REQUEST, kwargs=lambda r: {"slug": r.slug})
T["ppid:request_stop_phone"] = Entry(OWN_REQUEST_ONLY, case=REQUEST, kwargs=lambda r: {"slug": r.slug}, methods=POST)
T["ppid:request_document"] = Entry(OWN_FILE_ONLY, case=REQUEST_DOCUMENT,
                                   kwargs=lambda d: {"slug": d.request.slug, "pk": d.pk})  # fmt: skip
T["ppid:request_identity_file"] = Entry(OWN_FILE_ONLY, case=REQUEST,
                                        kwargs=lambda r: {"slug": r.slug, "kind": "identity"})  # fmt: skip
#: The request pages: the system admin passes the PPID gate but its selector holds no request.
PPID_REQUESTS = PPID_STAFF
REQUEST_ROW = PPID_HANDLER_OF_CASE
#: Acting on a request: PPID Utama, the Pembantu of the assigned agency; the Atasan PPID only reads.
REQUEST_HANDLING = REQUEST_ROW | roles_only(atasan_ppid=FORBIDDEN)
#: PPID Utama only (assign, convert to a complaint).
REQUEST_UTAMA = REQUEST_HANDLING | roles_only(ppid_pembantu_a=(FORBIDDEN, HIDDEN))
T["ppid:staff_requests"] = Entry(PPID_REQUESTS)
T["ppid:staff_requests_csv"] = Entry(PPID_REQUESTS)
T["ppid:staff_requests_xlsx"] = Entry(PPID_REQUESTS)
T["ppid:staff_request_create"] = Entry(PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN, atasan_ppid=FORBIDDEN,
                                       system_admin=FORBIDDEN), methods=GET_POST)  # fmt: skip
#: Turning a complaint into a request: the admin instansi (any report it sees); the PPID Utama only
#: reports of kind permintaan informasi (the fixture reports are pengaduan: hidden).
T["ppid:staff_request_from_report"] = Entry(
    roles(FORBIDDEN, anonymous=LOGIN, admin_instansi=OK, ppid_utama=HIDDEN),
    case=REPORT,
    kwargs=lambda r: {"code": r.code},
    methods=GET_POST,
)
T["ppid:staff_request_detail"] = Entry(REQUEST_ROW, case=REQUEST, kwargs=lambda r: {"pk": r.pk})
T["ppid:staff_request_assign"] = Entry(REQUEST_UTAMA, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["ppid:staff_request_extend"] = Entry(REQUEST_HANDLING, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["ppid:staff_request_notice"] = Entry(REQUEST_HANDLING, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["ppid:staff_request_deliver"] = Entry(REQUEST_HANDLING, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["ppid:staff_request_receipt"] = Entry(REQUEST_HANDLING, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
#: The draft letter: read by whoever handles the request; approved and signed by the kind's signatory only
#: (the PPID Utama: its signing fails without a certificate and comes back as a message); discarded by a handler.
T["ppid:staff_request_letter_draft"] = Entry(REQUEST_ROW, case=DRAFTED_REQUEST, kwargs=lambda r: {"pk": r.pk})
REQUEST_SIGNER = REQUEST_HANDLING | roles_only(ppid_pembantu_a=(FORBIDDEN, HIDDEN))
T["ppid:staff_request_sign_letter"] = Entry(REQUEST_SIGNER, case=DRAFTED_REQUEST, kwargs=lambda r: {"pk": r.pk},
                                            methods=POST)  # fmt: skip
T["ppid:staff_request_discard_letter"] = Entry(REQUEST_HANDLING, case=DRAFTED_REQUEST, kwargs=lambda r: {"pk": r.pk},
                                               methods=POST)  # fmt: skip
T["ppid:staff_request_pay"] = Entry(REQUEST_HANDLING, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["ppid:staff_request_to_report"] = Entry(REQUEST_UTAMA, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["ppid:staff_request_document"] = Entry(REQUEST_ROW, case=REQUEST_DOCUMENT,
                                         kwargs=lambda d: {"pk": d.request_id, "doc_pk": d.pk})  # fmt: skip
#: The Atasan PPID opens a KTP only for a request with an objection pending before them (issue #15).
IDENTITY_FILE_ROW = REQUEST_ROW | roles_only(atasan_ppid=(OK, FORBIDDEN))
T["ppid:staff_request_identity_file"] = Entry(IDENTITY_FILE_ROW, case=REQUEST_IDENTITY,
                                              kwargs=lambda r: {"pk": r.pk, "kind": "identity"})  # fmt: skip
T["ppid:staff_request_action"] = Entry(REQUEST_HANDLING, case=REQUEST, methods=POST,
                                       kwargs=lambda r: {"pk": r.pk, "action": "tutup"})  # fmt: skip

# --- PPID: objections, disputes, annual report -------------------------------------------------------
#: The objection form of a decided request: shown to anyone (the secret or the account proves it on POST).
T["ppid:objection_file"] = Entry(roles(OK), case=DECIDED_REQUEST, kwargs=lambda r: {"number": r.number})
T["ppid:objection_track"] = Entry(OWN_FILE_ONLY, case=OBJECTION, kwargs=lambda o: {"pk": o.pk})
T["ppid:objection_receipt"] = Entry(OWN_FILE_ONLY, case=OBJECTION, kwargs=lambda o: {"pk": o.pk})
T["ppid:objection_receipt_send"] = Entry(OWN_FILE_ONLY, case=OBJECTION, kwargs=lambda o: {"pk": o.pk}, methods=POST)
#: The signed answer: its requester only (the disputed objection's answer is signed; a draft is never served).
T["ppid:objection_answer"] = Entry(OWN_FILE_ONLY, case=DISPUTED, kwargs=lambda o: {"pk": o.pk})
T["ppid:objection_respond"] = Entry(OWN_FILE_ONLY, case=OBJECTION, kwargs=lambda o: {"pk": o.pk}, methods=POST)
OBJECTION_ROW = PPID_HANDLER_OF_CASE
#: Recording on an objection (the requester's response, a dispute): the PPID Utama only.
UTAMA_RECORDS = OBJECTION_ROW | roles_only(atasan_ppid=FORBIDDEN, ppid_pembantu_a=(FORBIDDEN, HIDDEN))
T["ppid:staff_objections"] = Entry(PPID_STAFF)
T["ppid:staff_objections_csv"] = Entry(PPID_STAFF)
T["ppid:staff_objections_xlsx"] = Entry(PPID_STAFF)
T["ppid:staff_objection_create"] = Entry(PPID_STAFF | roles_only(ppid_pembantu_a=BOUNCE, atasan_ppid=BOUNCE,
                                         system_admin=BOUNCE), methods=GET_POST)  # fmt: skip
T["ppid:staff_objection_detail"] = Entry(OBJECTION_ROW, case=OBJECTION, kwargs=lambda o: {"pk": o.pk})
#: Only the Atasan PPID decides an objection.
T["ppid:staff_objection_decide"] = Entry(
    OBJECTION_ROW | roles_only(ppid_utama=FORBIDDEN, ppid_pembantu_a=(FORBIDDEN, HIDDEN)),
    case=OBJECTION,
    kwargs=lambda o: {"pk": o.pk},
    methods=POST,
)
#: The draft answer: read by whoever sees the objection; signed and discarded by the Atasan PPID only (its
#: signing fails without a certificate in the world and comes back as a message).
ATASAN_SIGNS = OBJECTION_ROW | roles_only(ppid_utama=FORBIDDEN, ppid_pembantu_a=(FORBIDDEN, HIDDEN))
T["ppid:staff_objection_letter_draft"] = Entry(OBJECTION_ROW, case=ANSWER_DRAFTED, kwargs=lambda o: {"pk": o.pk})
T["ppid:staff_objection_sign_letter"] = Entry(ATASAN_SIGNS, case=ANSWER_DRAFTED, kwargs=lambda o: {"pk": o.pk},
                                              methods=POST)  # fmt: skip
T["ppid:staff_objection_discard_letter"] = Entry(ATASAN_SIGNS, case=ANSWER_DRAFTED, kwargs=lambda o: {"pk": o.pk},
                                                 methods=POST)  # fmt: skip
T["ppid:staff_objection_respond"] = Entry(UTAMA_RECORDS, case=OBJECTION, kwargs=lambda o: {"pk": o.pk}, methods=POST)
T["ppid:staff_objection_dispute"] = Entry(UTAMA_RECORDS, case=OBJECTION, kwargs=lambda o: {"pk": o.pk}, methods=POST)
T["ppid:staff_objection_dispute_step"] = Entry(UTAMA_RECORDS, case=DISPUTED, kwargs=lambda o: {"pk": o.pk},
                                               methods=POST)  # fmt: skip
T["ppid:staff_disputes"] = Entry(PPID_STAFF)
T["ppid:staff_annual"] = Entry(PPID_STAFF)
T["ppid:staff_annual_pdf"] = Entry(PPID_STAFF)
T["ppid:staff_annual_xlsx"] = Entry(PPID_STAFF)
T["ppid:staff_annual_publish"] = Entry(PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN, atasan_ppid=FORBIDDEN,
                                       system_admin=FORBIDDEN), methods=POST)  # fmt: skip
#: Sending a published report to the Komisi Informasi: every PPID role reads it (an empty POST names no action:
#: 400); the actions' own rules (the PPID Utama drafts and records, the signatory signs) are in tests/ppid/annual.
#: A report not yet published has no such page.
PUBLISHED_ANNUAL = PPID_STAFF | roles_only(ppid_utama=(OK, HIDDEN), ppid_pembantu_a=(OK, HIDDEN),
                                           atasan_ppid=(OK, HIDDEN), system_admin=(OK, HIDDEN))  # fmt: skip
T["ppid:staff_annual_sending"] = Entry(PUBLISHED_ANNUAL, case=ANNUAL, kwargs=lambda a: {"pk": a.pk},
                                       methods=GET_POST)  # fmt: skip
T["ppid:staff_annual_letter"] = Entry(PUBLISHED_ANNUAL, case=ANNUAL_COVER,
                                      kwargs=lambda letter: {"pk": letter.case_id, "letter_pk": letter.pk})  # fmt: skip

# --- interop: machine endpoints (signed, no session) and the admin instansi's pages -------------------
#: Unknown gateway / endpoint slug: 404 for everyone before any signature is looked at (tests/interop
#: covers signatures, replays and the real slugs).
T["interop:gateway"] = Entry(roles(HIDDEN), kwargs={"slug": "no-such-gateway"}, methods=POST)
T["interop:callback"] = Entry(roles(HIDDEN), kwargs={"slug": "no-such-endpoint"}, methods=POST)
T["interop:staff_overview"] = Entry(ADMIN_INSTANSI_ONLY)
#: A delivery / subscription that does not exist: the admin instansi gets 404, everyone else 403 first.
T["interop:staff_delivery"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(admin_instansi=HIDDEN), kwargs={"pk": 999999})
T["interop:staff_resend"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(admin_instansi=HIDDEN), kwargs={"pk": 999999},
                                  methods=POST)  # fmt: skip
T["interop:staff_subscription"] = Entry(ADMIN_INSTANSI_ONLY | roles_only(admin_instansi=HIDDEN),
                                        kwargs={"pk": 999999})  # fmt: skip

# --- URL patterns that are not Pintu's views, with the reason they are left out ----------------------
SKIPPED_NAMESPACES = {
    "admin": "Django admin: its own permission system (is_staff + model permissions), tested by Django",
}
SKIPPED_NAMES = {
    "set_language": "django.views.i18n.set_language: changes only the visitor's language",
    "sitemap": "django.contrib.sitemaps; its content (public reports only) is tested in tests/complaints",
}

# --- REST API (/api/; docs/api.md) ---------------------------------------------------------------------
#: The API answers an anonymous caller of a signed-in endpoint with 401 (and WWW-Authenticate), not a redirect.
UNAUTHORIZED = "401"
REFUSALS = REFUSALS | {UNAUTHORIZED}
API_SIGNED_IN = roles(OK, anonymous=UNAUTHORIZED)
API_OWN_REPORT = roles(HIDDEN, citizen=(OK, HIDDEN))  # the account's own report; a guest needs the secret header
API_STAFF_REPORTS = STAFF_REPORTS | roles_only(anonymous=UNAUTHORIZED)
API_REPORT_ROW = HANDLER_OF_CASE | roles_only(anonymous=UNAUTHORIZED)
#: An action on a report: read-only roles are refused (403) on what they see, hidden (404) what they do not.
_API_ACTION = API_REPORT_ROW | roles_only(pimpinan=(FORBIDDEN, HIDDEN), kepala_opd_a=(FORBIDDEN, HIDDEN))
API_ADMIN_ACTION = _API_ACTION | roles_only(penghubung_a=(FORBIDDEN, HIDDEN), inspektorat=(FORBIDDEN, HIDDEN))
API_OPD_ACTION = _API_ACTION | roles_only(admin_instansi=FORBIDDEN)
API_SHARED_ACTION = _API_ACTION  # forward out, close: the admin instansi and the handling OPD
API_PPID_STAFF = PPID_STAFF | roles_only(anonymous=UNAUTHORIZED)
API_REQUEST_ROW = PPID_HANDLER_OF_CASE | roles_only(anonymous=UNAUTHORIZED)
API_REQUEST_HANDLING = REQUEST_HANDLING | roles_only(anonymous=UNAUTHORIZED)
API_REQUEST_UTAMA = REQUEST_UTAMA | roles_only(anonymous=UNAUTHORIZED)
T["api:schema"] = Entry(PUBLIC_PAGE)
T["api:docs"] = Entry(PUBLIC_PAGE)
T["api:redoc"] = Entry(PUBLIC_PAGE)
for _name in ("categories", "agencies", "areas", "reports", "ppid_dip"):
    T[f"api:{_name}"] = Entry(PUBLIC_PAGE)
T["api:report_submit"] = Entry(PUBLIC_PAGE, methods=POST)  # an empty body: 400 with the errors
T["api:ppid_request_submit"] = Entry(PUBLIC_PAGE, methods=POST)
T["api:report_detail"] = Entry(roles((OK, HIDDEN)), case=REPORT, kwargs=lambda r: {"code": r.code})
T["api:ppid_dip_detail"] = Entry(roles((OK, HIDDEN)), case=DIP_PUBLIC, kwargs=lambda d: {"pk": d.pk})
T["api:my_reports"] = Entry(API_SIGNED_IN)
T["api:ppid_my_requests"] = Entry(API_SIGNED_IN)
T["api:ppid_my_objections"] = Entry(API_SIGNED_IN)
T["api:track_report"] = Entry(API_OWN_REPORT, case=REPORT, kwargs=lambda r: {"code": r.code})
for _name in ("reply", "rate", "reopen", "stop_phone"):
    T[f"api:track_report_{_name}"] = Entry(API_OWN_REPORT, case=REPORT, kwargs=lambda r: {"code": r.code},
                                           methods=POST)  # fmt: skip
T["api:ppid_track_request"] = Entry(API_OWN_REPORT, case=REQUEST, kwargs=lambda r: {"slug": r.slug})
T["api:ppid_track_request_stop_phone"] = Entry(API_OWN_REPORT, case=REQUEST, kwargs=lambda r: {"slug": r.slug},
                                               methods=POST)
T["api:ppid_track_objection"] = Entry(API_OWN_REPORT, case=REQUEST, kwargs=lambda r: {"slug": r.slug}, methods=POST)
T["api:staff_reports"] = Entry(API_STAFF_REPORTS)
T["api:staff_report_detail"] = Entry(API_REPORT_ROW, case=REPORT, kwargs=lambda r: {"code": r.code})
T["api:staff_report_reveal"] = Entry(API_ADMIN_ACTION, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
for _names, _expect in (
    (("verify", "edit", "privacy", "public_text", "pengawasan", "hold", "resume", "archive", "disposition",
      "external_answer", "admin_close", "reopen", "merge", "split"), API_ADMIN_ACTION),
    (("accept", "request_info", "follow_up", "send_back"), API_OPD_ACTION),
    (("forward_out", "close"), API_SHARED_ACTION),
):  # fmt: skip
    for _name in _names:
        T[f"api:staff_report_{_name}"] = Entry(_expect, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=POST)
T["api:staff_ppid_requests"] = Entry(API_PPID_STAFF)
T["api:staff_ppid_request_detail"] = Entry(API_REQUEST_ROW, case=REQUEST, kwargs=lambda r: {"pk": r.pk})
for _name, _expect in (("assign", API_REQUEST_UTAMA), ("mark_incomplete", API_REQUEST_UTAMA),
                       ("complete", API_REQUEST_UTAMA), ("extend", API_REQUEST_HANDLING),
                       ("notice", API_REQUEST_HANDLING), ("payment", API_REQUEST_HANDLING),
                       ("close", API_REQUEST_HANDLING), ("notice_receipt", API_REQUEST_HANDLING)):  # fmt: skip
    T[f"api:staff_ppid_request_{_name}"] = Entry(_expect, case=REQUEST, kwargs=lambda r: {"pk": r.pk}, methods=POST)
T["api:staff_ppid_objections"] = Entry(API_PPID_STAFF)
T["api:staff_ppid_berkala_overdue"] = Entry(API_PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN))
T["api:staff_ppid_objection_detail"] = Entry(OBJECTION_ROW | roles_only(anonymous=UNAUTHORIZED), case=OBJECTION,
                                             kwargs=lambda o: {"pk": o.pk})  # fmt: skip
T["api:staff_ppid_objection_letter_draft"] = Entry(OBJECTION_ROW | roles_only(anonymous=UNAUTHORIZED),
                                                   case=ANSWER_DRAFTED, kwargs=lambda o: {"pk": o.pk})  # fmt: skip
for _name in ("sign_letter", "discard_letter"):
    T[f"api:staff_ppid_objection_{_name}"] = Entry(ATASAN_SIGNS | roles_only(anonymous=UNAUTHORIZED),
                                                   case=ANSWER_DRAFTED, kwargs=lambda o: {"pk": o.pk},
                                                   methods=POST)  # fmt: skip
T["api:staff_ppid_objection_decide"] = Entry(
    OBJECTION_ROW | roles_only(anonymous=UNAUTHORIZED, ppid_utama=FORBIDDEN, ppid_pembantu_a=(FORBIDDEN, HIDDEN)),
    case=OBJECTION,
    kwargs=lambda o: {"pk": o.pk},
    methods=POST,
)

# --- statistics: leaders' dashboard, public statistics, open data (pintu.insights, issue #6) ---
INSIGHTS_DASHBOARD = roles(OK, anonymous=LOGIN, citizen=FORBIDDEN)
T["insights:dashboard"] = Entry(INSIGHTS_DASHBOARD)
T["insights:report_pdf"] = Entry(INSIGHTS_DASHBOARD, kwargs={"kind": "bulanan", "period": "2026-03"})
# complaint figures: not for the PPID-only roles (their table list has no "volume_month": 404)
T["insights:download"] = Entry(INSIGHTS_DASHBOARD | roles_only(ppid_utama=HIDDEN, ppid_pembantu_a=HIDDEN,
                                                              atasan_ppid=HIDDEN),
                               kwargs={"key": "volume_month", "fmt": "csv"})  # fmt: skip
# drill-down lists: only roles with a case list (system admin sees figures, opens no case)
T["insights:cases"] = Entry(INSIGHTS_DASHBOARD | roles_only(system_admin=HIDDEN))
T["insights:public"] = Entry(PUBLIC_PAGE)
T["insights:open_data_all"] = Entry(PUBLIC_PAGE)
T["insights:open_data"] = Entry(PUBLIC_PAGE, kwargs={"key": "volume_month", "fmt": "csv"})
T["insights_api:summary"] = Entry(PUBLIC_PAGE)
T["insights_api:table"] = Entry(PUBLIC_PAGE, kwargs={"key": "volume_month"})

# --- the citizen's own data and the privacy page (pintu.mydata, issue #8 item 5) ---------------------
T["mydata:privacy"] = Entry(PUBLIC_PAGE)
T["mydata:home"] = Entry(SIGNED_IN)  # everyone sees their own account; officers get no erase form
T["mydata:export"] = Entry(SIGNED_IN, methods=POST)  # the ZIP of one's own data only
T["mydata:summary"] = Entry(SIGNED_IN)  # the ZIP's readable summary as a page: one's own data only
T["mydata:erase"] = Entry(SIGNED_IN, methods=POST)  # empty body: 400, password asked again; officers: 400 refused
T["mydata:erased"] = Entry(PUBLIC_PAGE)
API_REQUEST_SIGNER = REQUEST_SIGNER | roles_only(anonymous=UNAUTHORIZED)
T["api:staff_ppid_request_sign_letter"] = Entry(API_REQUEST_SIGNER, case=DRAFTED_REQUEST, kwargs=lambda r: {"pk": r.pk},
                                                methods=POST)  # fmt: skip
T["api:staff_ppid_request_discard_letter"] = Entry(API_REQUEST_HANDLING, case=DRAFTED_REQUEST,
                                                   kwargs=lambda r: {"pk": r.pk}, methods=POST)  # fmt: skip
T["api:staff_ppid_request_deliver"] = Entry(API_REQUEST_HANDLING, case=REQUEST, kwargs=lambda r: {"pk": r.pk},
                                            methods=POST)  # fmt: skip
T["api:staff_ppid_dip"] = Entry(API_PPID_STAFF)
T["api:staff_ppid_dip_draft"] = Entry(API_PPID_STAFF | roles_only(atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN),
                                      methods=POST)  # fmt: skip
T["api:staff_ppid_dip_detail"] = Entry(REGISTER_ROW | roles_only(anonymous=UNAUTHORIZED), case=DIP_DRAFT,
                                       kwargs=lambda d: {"pk": d.pk})  # fmt: skip
T["api:staff_ppid_dip_update"] = Entry(REGISTER_ACTION | roles_only(anonymous=UNAUTHORIZED), case=DIP_DRAFT,
                                       kwargs=lambda d: {"pk": d.pk}, methods=POST)  # fmt: skip
for _name in ("publish", "withdraw"):  # the PPID Utama decides; tests/api/test_ppid_more.py
    T[f"api:staff_ppid_dip_{_name}"] = Entry(UTAMA_DECIDES | roles_only(anonymous=UNAUTHORIZED), case=DIP_DRAFT,
                                             kwargs=lambda d: {"pk": d.pk}, methods=POST)  # fmt: skip
#: As the web page ppid:staff_request_from_report (the fixture reports are pengaduan: hidden from the PPID Utama).
T["api:staff_ppid_request_from_report"] = Entry(
    roles(FORBIDDEN, anonymous=UNAUTHORIZED, admin_instansi=OK, ppid_utama=HIDDEN),
    case=REPORT,
    kwargs=lambda r: {"code": r.code},
    methods=POST,
)
T["api:staff_ppid_request_to_report"] = Entry(API_REQUEST_UTAMA, case=REQUEST, kwargs=lambda r: {"pk": r.pk},
                                              methods=POST)  # fmt: skip
#: As the web's ppid:staff_request_create: the PPID Utama only (an empty body is a 400 for it).
T["api:staff_ppid_request_register"] = Entry(API_PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN,
                                             atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN), methods=POST)  # fmt: skip
T["api:staff_ppid_dik"] = Entry(API_PPID_STAFF)
T["api:staff_ppid_dik_draft"] = Entry(API_PPID_STAFF | roles_only(atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN),
                                      methods=POST)  # fmt: skip
T["api:staff_ppid_dik_detail"] = Entry(REGISTER_ROW | roles_only(anonymous=UNAUTHORIZED), case=DIK,
                                       kwargs=lambda d: {"pk": d.pk})  # fmt: skip
T["api:staff_ppid_dik_update"] = Entry(REGISTER_ACTION | roles_only(anonymous=UNAUTHORIZED), case=DIK,
                                       kwargs=lambda d: {"pk": d.pk}, methods=POST)  # fmt: skip
T["api:staff_ppid_dik_letter_draft"] = Entry(REGISTER_ROW | roles_only(anonymous=UNAUTHORIZED), case=DIK_DRAFTED,
                                             kwargs=lambda d: {"pk": d.pk})  # fmt: skip
for _name in ("sign_letter", "discard_letter"):
    T[f"api:staff_ppid_dik_{_name}"] = Entry(UTAMA_DECIDES | roles_only(anonymous=UNAUTHORIZED), case=DIK_DRAFTED,
                                             kwargs=lambda d: {"pk": d.pk}, methods=POST)  # fmt: skip
for _name in ("decide", "lift"):
    T[f"api:staff_ppid_dik_{_name}"] = Entry(UTAMA_DECIDES | roles_only(anonymous=UNAUTHORIZED), case=DIK,
                                             kwargs=lambda d: {"pk": d.pk}, methods=POST)  # fmt: skip
for _name, _case in (("respond", OBJECTION), ("dispute", OBJECTION), ("dispute_step", DISPUTED)):
    T[f"api:staff_ppid_objection_{_name}"] = Entry(UTAMA_RECORDS | roles_only(anonymous=UNAUTHORIZED), case=_case,
                                                   kwargs=lambda o: {"pk": o.pk}, methods=POST)  # fmt: skip
#: As the web's staff_dip_refresh / add_files / remove_file: the row's keepers (an empty body: 400, or the
#: file removed); the Atasan PPID and the system admin only read.
for _name in ("refresh", "add_files"):
    T[f"api:staff_ppid_dip_{_name}"] = Entry(REGISTER_ACTION | roles_only(anonymous=UNAUTHORIZED), case=DIP_DRAFT,
                                             kwargs=lambda d: {"pk": d.pk}, methods=POST)  # fmt: skip
T["api:staff_ppid_dip_remove_file"] = Entry(REGISTER_ACTION | roles_only(anonymous=UNAUTHORIZED),
                                            case=DIP_DRAFT_FILE, methods=POST,
                                            kwargs=lambda f: {"pk": f.item_id, "file_pk": f.pk})  # fmt: skip
#: As the web's staff_objection_create, where other roles are bounced: the PPID Utama only (403 here).
T["api:staff_ppid_objection_register"] = Entry(
    API_PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN, atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN),
    methods=POST,
)
T["api:staff_ppid_disputes"] = Entry(API_PPID_STAFF)
#: As the web's ppid:objection_respond: the requester (account here; a guest needs the secret header).
T["api:ppid_track_objection_respond"] = Entry(API_OWN_REPORT, case=OBJECTION, methods=POST,
                                              kwargs=lambda o: {"slug": o.request.slug, "pk": o.pk})  # fmt: skip
#: As the web's ppid:objection_answer: the signed answer, for its requester only.
T["api:ppid_track_objection_answer"] = Entry(API_OWN_REPORT, case=DISPUTED,
                                             kwargs=lambda o: {"slug": o.request.slug, "pk": o.pk})  # fmt: skip
#: As the web's ppid:staff_annual (figures for every PPID role) and its narrative form (the PPID Utama, or a
#: Pembantu for its own OPD: an empty POST is the Pemkab report, so 403) and staff_annual_publish.
T["api:staff_ppid_annual"] = Entry(API_PPID_STAFF)
T["api:staff_ppid_annual_narrative"] = Entry(
    API_PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN, atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN),
    methods=POST,
)
T["api:staff_ppid_annual_publish"] = Entry(
    API_PPID_STAFF | roles_only(ppid_pembantu_a=FORBIDDEN, atasan_ppid=FORBIDDEN, system_admin=FORBIDDEN),
    methods=POST,
)

# --- Open311 GeoReport v2 (pintu.open311, docs/open311.md): public reads, creation only with an api_key ---------
T["open311:root"] = Entry(roles(MOVED))  # to discovery.xml
T["open311:discovery"] = Entry(PUBLIC_PAGE, kwargs={"fmt": "json"})
T["open311:services"] = Entry(PUBLIC_PAGE, kwargs={"fmt": "xml"})
T["open311:service_definition"] = Entry(PUBLIC_PAGE, kwargs={"service_code": "INFRASTRUKTUR", "fmt": "json"})
#: POST without api_key: 403 for every role (a session is no key) and nothing stored; the public GET list
#: and the api_key cases are tested in tests/open311.
T["open311:requests"] = Entry(roles(FORBIDDEN), kwargs={"fmt": "json"}, methods=POST)
T["open311:request"] = Entry(roles((OK, HIDDEN)), case=REPORT, kwargs=lambda r: {"service_request_id": r.code,
                                                                                   "fmt": "xml"})  # fmt: skip
T["open311:token"] = Entry(roles(HIDDEN), kwargs={"token": "no-such-token", "fmt": "json"})
T["mydata:report_erase"] = Entry(OWN_REPORT_ONLY, case=REPORT, kwargs=lambda r: {"code": r.code}, methods=GET_POST)
# the breach register (issue #18): kept by the system admin, read by the PPID Utama, who signs the notice letters
BREACH_REGISTER = roles(FORBIDDEN, anonymous=LOGIN, ppid_utama=OK, system_admin=OK)
T["mydata:breach_list"] = Entry(BREACH_REGISTER)
T["mydata:breach_detail"] = Entry(BREACH_REGISTER, case=BREACH, kwargs=lambda b: {"pk": b.pk}, methods=GET_POST)
T["mydata:breach_letter"] = Entry(BREACH_REGISTER, case=BREACH_LETTER,
                                  kwargs=lambda letter: {"pk": letter.case_id, "letter_pk": letter.pk})  # fmt: skip

# --- official letters (pintu.letters, docs/letters.md): an unknown token is hidden from everyone; a real
#: letter's page (valid, revoked, superseded, tampered file) is tested in tests/letters.
T["letters:verify"] = Entry(roles(HIDDEN), kwargs={"token": "abcdefghjkmnpqrs"}, methods=GET_POST)

# --- practice mode (pintu.practice, issue #19 item 3, docs/practice.md) -------------------------------------
#: The trainee's page and the way in and out of practice mode: anyone signed in (without a seat: "none yet";
#: entering a seat that is not one's own is refused with a message and a redirect to the page).
T["practice:home"] = Entry(SIGNED_IN)
T["practice:enter"] = Entry(SIGNED_IN, kwargs={"pk": 999999}, methods=POST)
T["practice:leave"] = Entry(SIGNED_IN, methods=POST)
#: The trainer's pages: PPID Utama, admin instansi, system admin; an unknown round is 404 for them.
PRACTICE_TRAINERS = roles(FORBIDDEN, anonymous=LOGIN, admin_instansi=OK, ppid_utama=OK, system_admin=OK)
T["practice:rounds"] = Entry(PRACTICE_TRAINERS, methods=GET_POST)
T["practice:round"] = Entry(PRACTICE_TRAINERS | roles_only(admin_instansi=HIDDEN, ppid_utama=HIDDEN,
                                                            system_admin=HIDDEN), kwargs={"pk": 999999},
                            methods=GET_POST)  # fmt: skip
T["practice:round_reset"] = Entry(T["practice:round"].expect, kwargs={"pk": 999999}, methods=POST)

# --- API endpoints added per area, each in its own file (they register into T on import) --------------
from tests.security import (  # noqa: E402, F401
    access_api_account,
    access_api_files,
    access_api_operations,
    access_api_public_reads,
)
