"""The information-request lifecycle: statuses and the one table of allowed transitions.

Plain Python, no Django. The table builds a `pintu.cases.machine.Machine`; every status change in
pintu.ppid.requests.services goes through it (`pintu.cases.transitions.apply_transition`).

    diterima --mark_incomplete--> perlu_dilengkapi --complete--> diterima
    diterima/diproses --assign--> diproses --extend (once)--> diperpanjang
    diterima/diproses/diperpanjang --issue_notice--> diputuskan --deliver--> selesai
                                   --forward------> dialihkan  --close----> selesai

Refusal is a decision (the `decision` field of the notice), not a status: a refused request is
`diputuskan` and then closed. Decisions where DOMAIN.md is silent:
- only a request not yet assigned can be marked incomplete (the PPID Utama checks completeness at
  registration); completing it returns it to `diterima` and starts (or restarts) the clock;
- the extension is given by whoever handles the request, after assignment;
- a request is closed without delivery only when incomplete (the requester never completed it), after
  a notice that delivers nothing (refused / not held) or after forwarding; delivery closes it.
"""

from enum import StrEnum

from pintu.cases.machine import (  # noqa: F401 (TransitionError: callers catch it here)
    Machine,
    Rule,
    TransitionError,
    rule,
)


class Status(StrEnum):
    DITERIMA = "diterima"  # registered, with the PPID Utama
    PERLU_DILENGKAPI = "perlu_dilengkapi"  # incomplete: the clock has not started (configurable)
    DIPROSES = "diproses"  # assigned to the PPID Pembantu holding the information
    DIPERPANJANG = "diperpanjang"  # the one extension of 7 hari kerja was given
    DIPUTUSKAN = "diputuskan"  # the written notice was issued
    DIALIHKAN = "dialihkan"  # the notice names another public body that holds it
    SELESAI = "selesai"  # information delivered, or closed with a reason


class Action(StrEnum):
    MARK_INCOMPLETE = "mark_incomplete"
    COMPLETE = "complete"
    ASSIGN = "assign"
    EXTEND = "extend"
    ISSUE_NOTICE = "issue_notice"
    FORWARD = "forward"
    DELIVER = "deliver"
    CLOSE = "close"
    CONVERT_TO_REPORT = "convert_to_report"


class Actor(StrEnum):
    UTAMA = "ppid_utama"
    PEMBANTU = "ppid_pembantu"  # the PPID Pembantu of the assigned agency
    SYSTEM = "system"


class Decision(StrEnum):
    GRANTED_WHOLE = "granted_whole"
    GRANTED_PART = "granted_part"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    FORWARDED = "forwarded"
    NOT_DOCUMENTED = "not_documented"  # held but not yet documented: the notice says when it will be


S, A = Status, Action
#: Statuses in which the notice clock runs (somebody inside the Pemkab must decide).
AWAITING_NOTICE = frozenset({S.DITERIMA, S.DIPROSES, S.DIPERPANJANG})
CLOSED = frozenset({S.SELESAI})
#: Decisions under which information is delivered.
DELIVERING = frozenset({Decision.GRANTED_WHOLE, Decision.GRANTED_PART})
#: Decisions that must name the body that holds the information.
NAMES_HOLDER = frozenset({Decision.NOT_HELD, Decision.FORWARDED})
REASON_REQUIRED = frozenset({A.MARK_INCOMPLETE, A.EXTEND, A.CLOSE, A.CONVERT_TO_REPORT})


HANDLERS = (Actor.UTAMA, Actor.PEMBANTU)
TRANSITIONS: dict[Action, Rule] = {
    A.MARK_INCOMPLETE: rule({S.DITERIMA}, S.PERLU_DILENGKAPI, Actor.UTAMA),
    A.COMPLETE: rule({S.PERLU_DILENGKAPI}, S.DITERIMA, Actor.UTAMA),
    A.ASSIGN: rule({S.DITERIMA, S.DIPROSES}, S.DIPROSES, Actor.UTAMA),
    A.EXTEND: rule({S.DIPROSES}, S.DIPERPANJANG, *HANDLERS),
    A.ISSUE_NOTICE: rule(AWAITING_NOTICE, S.DIPUTUSKAN, *HANDLERS),
    A.FORWARD: rule(AWAITING_NOTICE, S.DIALIHKAN, *HANDLERS),
    A.DELIVER: rule({S.DIPUTUSKAN, S.SELESAI}, S.SELESAI, *HANDLERS),
    A.CLOSE: rule({S.PERLU_DILENGKAPI, S.DIPUTUSKAN, S.DIALIHKAN}, S.SELESAI, *HANDLERS),
    A.CONVERT_TO_REPORT: rule({S.DITERIMA, S.PERLU_DILENGKAPI, S.DIPROSES}, S.SELESAI, Actor.UTAMA),
}
MACHINE = Machine(TRANSITIONS, status=Status, action=Action, actor=Actor, reason_required=REASON_REQUIRED)
#: The table's answers, as module functions (callers and tests use these names).
transition, allowed_actions, reason_required = MACHINE.transition, MACHINE.allowed_actions, MACHINE.reason_required


def target_for_decision(decision: str) -> Action:
    """Which action a notice with `decision` is: forwarding ends in `dialihkan`, the rest in `diputuskan`."""
    return A.FORWARD if Decision(decision) == Decision.FORWARDED else A.ISSUE_NOTICE
