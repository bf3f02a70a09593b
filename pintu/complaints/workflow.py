"""The SP4N-LAPOR! report lifecycle: statuses and the one table of allowed transitions.

Plain Python, no Django. Every status change in pintu.complaints.services goes through
`transition(status, action)`; a status change that is not in TRANSITIONS cannot happen.
"""

from dataclasses import dataclass
from enum import StrEnum


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


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status]
    target: Status
    actors: frozenset[Actor]


def _rule(sources, target, *actors) -> Rule:
    return Rule(frozenset(sources), target, frozenset(actors))


TRANSITIONS: dict[Action, Rule] = {
    A.VERIFY: _rule({S.DITERIMA}, S.TERVERIFIKASI, Actor.ADMIN),
    A.DISPOSITION: _rule({S.DITERIMA, S.TERVERIFIKASI, S.DIBUKA_KEMBALI}, S.DIDISPOSISIKAN, Actor.ADMIN),
    A.HOLD: _rule({S.DITERIMA, S.TERVERIFIKASI}, S.DITUNDA, Actor.ADMIN),
    A.RESUME: _rule({S.DITUNDA}, S.TERVERIFIKASI, Actor.ADMIN),
    A.ARCHIVE: _rule({S.DITERIMA, S.TERVERIFIKASI, S.DITUNDA}, S.DIARSIPKAN, Actor.ADMIN),
    A.FORWARD_OUT: _rule(
        {S.DITERIMA, S.TERVERIFIKASI, S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI},
        S.DILIMPAHKAN,
        Actor.ADMIN,
        Actor.OPD,
    ),
    A.ACCEPT: _rule({S.DIDISPOSISIKAN, S.DIBUKA_KEMBALI}, S.DIPROSES, Actor.OPD),
    A.REQUEST_INFO: _rule({S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI}, S.PERLU_INFO, Actor.OPD),
    A.REPORTER_REPLY: _rule({S.PERLU_INFO}, S.DIPROSES, Actor.REPORTER),
    A.POST_FOLLOW_UP: _rule(
        {S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI, S.DITINDAKLANJUTI}, S.DITINDAKLANJUTI, Actor.OPD
    ),
    A.SEND_BACK: _rule({S.DIDISPOSISIKAN, S.DIPROSES, S.DIBUKA_KEMBALI}, S.TERVERIFIKASI, Actor.OPD),
    A.CLOSE: _rule({S.DITINDAKLANJUTI}, S.SELESAI, Actor.OPD, Actor.ADMIN),
    A.AUTO_CLOSE: _rule({S.DITINDAKLANJUTI}, S.SELESAI, Actor.SYSTEM),
    A.REOPEN: _rule({S.DITINDAKLANJUTI, S.SELESAI}, S.DIBUKA_KEMBALI, Actor.REPORTER, Actor.ADMIN),
    A.RECORD_EXTERNAL_ANSWER: _rule({S.DILIMPAHKAN}, S.DITINDAKLANJUTI, Actor.ADMIN),
}


class TransitionError(Exception):
    """The action is not allowed from this status or for this actor."""

    def __init__(self, status: str, action: str, actor: str | None = None):
        self.status, self.action, self.actor = status, action, actor
        who = f" by {actor}" if actor else ""
        super().__init__(f"{action!s}{who} is not allowed from {status!s}")


def transition(status: str, action: str, actor: str | None = None) -> Status:
    """The status after `action` from `status`; raises TransitionError when not allowed."""
    try:
        rule = TRANSITIONS[Action(action)]
    except (KeyError, ValueError):
        raise TransitionError(status, action, actor) from None
    if Status(status) not in rule.sources or (actor is not None and Actor(actor) not in rule.actors):
        raise TransitionError(status, action, actor)
    return rule.target


def allowed_actions(status: str, actor: str) -> list[Action]:
    """Actions `actor` may take now, in table order (drives the buttons a handler sees)."""
    return [
        action for action, rule in TRANSITIONS.items() if Status(status) in rule.sources and Actor(actor) in rule.actors
    ]


def reason_required(action: str) -> bool:
    return Action(action) in REASON_REQUIRED
