"""The SP4N-LAPOR! report lifecycle: statuses and the one table of allowed transitions.

Plain Python, no Django. The table builds the report's `Machine` (pintu.cases.machine); every status
change in pintu.complaints.services goes through it (pintu.cases.transitions.apply_transition with the
complaints' Lifecycle, services/base.py), so a status change that is not in TRANSITIONS cannot happen.
"""

from enum import StrEnum

from pintu.cases.machine import (
    Machine,
    Rule,
    TransitionError,  # noqa: F401 (callers catch it from here)
    rule,
)


class Status(StrEnum):
    DITERIMA = "diterima"  # submitted, awaiting verification
    TERVERIFIKASI = "terverifikasi"  # verified, with the admin instansi for disposition
    DIDISPOSISIKAN = "didisposisikan"  # at an OPD, not yet accepted
    DIPROSES = "diproses"  # OPD accepted / working
    PERLU_INFO = "perlu_info"  # waiting for the reporter; SLA clock paused
    DITINDAKLANJUTI = "ditindaklanjuti"  # official follow-up posted
    SELESAI = "selesai"  # closed
    DILIMPAHKAN = "dilimpahkan"  # forwarded to an instansi outside the Pemkab
    DITUNDA = "ditunda"  # held by the admin with reason
    DIARSIPKAN = "diarsipkan"  # not actionable (spam, vague, out of scope, duplicate, split)
    DIBUKA_KEMBALI = "dibuka_kembali"  # reopened by reporter or admin


class Action(StrEnum):
    VERIFY = "verify"
    DISPOSITION = "disposition"
    HOLD = "hold"
    RESUME = "resume"
    ARCHIVE = "archive"
    FORWARD_OUT = "forward_out"
    ACCEPT = "accept"
    REQUEST_INFO = "request_info"
    REPORTER_REPLY = "reporter_reply"
    POST_FOLLOW_UP = "post_follow_up"
    SEND_BACK = "send_back"
    CLOSE = "close"
    AUTO_CLOSE = "auto_close"
    REOPEN = "reopen"
    RECORD_EXTERNAL_ANSWER = "record_external_answer"


class Actor(StrEnum):
    ADMIN = "admin"  # admin instansi (complaints coordinator)
    OPD = "opd"  # pejabat penghubung of the assigned agency (or the Inspektorat for pengawasan)
    REPORTER = "reporter"
    SYSTEM = "system"


S, A = Status, Action
OPEN_AT_ADMIN = frozenset({S.DITERIMA, S.TERVERIFIKASI})
AT_OPD = frozenset({S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI})
CLOSED = frozenset({S.SELESAI, S.DIARSIPKAN})
#: Statuses in which somebody inside the Pemkab must act (the clocks run).
OPEN = frozenset(Status) - CLOSED - {S.DILIMPAHKAN}

#: Actions whose reason text is required (DOMAIN.md: archive, hold, send back, forward out, reopen, close).
REASON_REQUIRED = frozenset({A.ARCHIVE, A.HOLD, A.SEND_BACK, A.FORWARD_OUT, A.REOPEN, A.CLOSE, A.REQUEST_INFO})


TRANSITIONS: dict[Action, Rule] = {
    A.VERIFY: rule({S.DITERIMA}, S.TERVERIFIKASI, Actor.ADMIN),
    A.DISPOSITION: rule({S.DITERIMA, S.TERVERIFIKASI, S.DIBUKA_KEMBALI}, S.DIDISPOSISIKAN, Actor.ADMIN),
    A.HOLD: rule({S.DITERIMA, S.TERVERIFIKASI}, S.DITUNDA, Actor.ADMIN),
    A.RESUME: rule({S.DITUNDA}, S.TERVERIFIKASI, Actor.ADMIN),
    A.ARCHIVE: rule({S.DITERIMA, S.TERVERIFIKASI, S.DITUNDA}, S.DIARSIPKAN, Actor.ADMIN),
    A.FORWARD_OUT: rule(
        {S.DITERIMA, S.TERVERIFIKASI, S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI},
        S.DILIMPAHKAN,
        Actor.ADMIN,
        Actor.OPD,
    ),
    A.ACCEPT: rule({S.DIDISPOSISIKAN, S.DIBUKA_KEMBALI}, S.DIPROSES, Actor.OPD),
    A.REQUEST_INFO: rule({S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI}, S.PERLU_INFO, Actor.OPD),
    A.REPORTER_REPLY: rule({S.PERLU_INFO}, S.DIPROSES, Actor.REPORTER),
    A.POST_FOLLOW_UP: rule(
        {S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI, S.DITINDAKLANJUTI}, S.DITINDAKLANJUTI, Actor.OPD
    ),
    A.SEND_BACK: rule({S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI}, S.TERVERIFIKASI, Actor.OPD),
    A.CLOSE: rule({S.DITINDAKLANJUTI}, S.SELESAI, Actor.OPD, Actor.ADMIN),
    A.AUTO_CLOSE: rule({S.DITINDAKLANJUTI}, S.SELESAI, Actor.SYSTEM),
    A.REOPEN: rule({S.DITINDAKLANJUTI, S.SELESAI}, S.DIBUKA_KEMBALI, Actor.REPORTER, Actor.ADMIN),
    A.RECORD_EXTERNAL_ANSWER: rule({S.DILIMPAHKAN}, S.DITINDAKLANJUTI, Actor.ADMIN),
}


#: The one machine of the report lifecycle (pintu.cases.machine); the functions below are its methods.
MACHINE = Machine(TRANSITIONS, status=Status, action=Action, actor=Actor, reason_required=REASON_REQUIRED)

#: The status after `action` from `status`; raises TransitionError when not allowed.
transition = MACHINE.transition
#: Actions `actor` may take now, in table order (drives the buttons a handler sees).
allowed_actions = MACHINE.allowed_actions
reason_required = MACHINE.reason_required
