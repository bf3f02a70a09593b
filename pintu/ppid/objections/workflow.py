"""Objections (keberatan, UU 14/2008 art. 35-36) and disputes at the Komisi Informasi (art. 37-48):
statuses, the statutory grounds and THE transition tables. Plain Python, no Django.

Objection lifecycle::

    registered --decide (Atasan PPID)--> answered --accept (requester)--> closed
        |                                   |
        +------ go_to_ki (requester) -------+--> disputed

"go_to_ki" is allowed before an answer too: an unanswered objection may go to the Komisi Informasi
(art. 37(1)). The PPID Utama records a requester's response given on paper.

Dispute lifecycle (the KI's stages, recorded by the PPID Utama)::

    filed --mediation--> mediation --agreement--> closed
          |                  +--failed--> adjudication --decision--> decided --final--> closed
          +--adjudication---------------^                            decided --court_appeal--> court
          +--dismissed / withdrawn (also from mediation, adjudication)--> closed    court --court_decision--> closed
"""

from dataclasses import dataclass
from enum import StrEnum

# --- the seven grounds of art. 35(1), letters a-g, in the words of the law ------------------------

GROUNDS: dict[str, str] = {
    "a": "penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17",
    "b": "tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9",
    "c": "tidak ditanggapinya permintaan informasi",
    "d": "permintaan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "tidak dipenuhinya permintaan informasi",
    "f": "pengenaan biaya yang tidak wajar",
    "g": "penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini",
}
#: Grounds that arise when the request is decided (the written notice), and when its due date passes.
GROUNDS_FROM_DECISION = frozenset("adef")
GROUNDS_FROM_DUE_DATE = frozenset("cg")
#: The one ground that needs no request: berkala information not published.
GROUND_WITHOUT_REQUEST = "b"


def normalize_grounds(letters) -> str:
    """Sorted, de-duplicated letters ("fa" -> "af"); raises ValueError on a letter outside a-g."""
    chosen = set(letters or ())
    unknown = chosen - set(GROUNDS)
    if unknown:
        raise ValueError(f"unknown ground(s): {sorted(unknown)}")
    return "".join(sorted(chosen))


# --- objection ------------------------------------------------------------------------------------


class Status(StrEnum):
    REGISTERED = "registered"  # waiting for the Atasan PPID
    ANSWERED = "answered"  # the Atasan PPID decided; waiting for the requester's response
    CLOSED = "closed"  # the requester accepted the answer
    DISPUTED = "disputed"  # the requester went to the Komisi Informasi


class Action(StrEnum):
    DECIDE = "decide"
    ACCEPT = "accept"
    GO_TO_KI = "go_to_ki"


class Actor(StrEnum):
    ATASAN = "atasan"  # Atasan PPID
    UTAMA = "utama"  # PPID Utama (records what came on paper)
    REQUESTER = "requester"


@dataclass(frozen=True)
class Rule:
    sources: frozenset[str]
    target: str
    actors: frozenset[str]


TRANSITIONS: dict[str, Rule] = {
    Action.DECIDE: Rule(frozenset({Status.REGISTERED}), Status.ANSWERED, frozenset({Actor.ATASAN})),
    Action.ACCEPT: Rule(frozenset({Status.ANSWERED}), Status.CLOSED, frozenset({Actor.REQUESTER, Actor.UTAMA})),
    Action.GO_TO_KI: Rule(
        frozenset({Status.REGISTERED, Status.ANSWERED}), Status.DISPUTED, frozenset({Actor.REQUESTER, Actor.UTAMA})
    ),
}
OPEN = frozenset({Status.REGISTERED})


class TransitionError(Exception):
    def __init__(self, status: str, action: str, actor: str | None = None):
        self.status, self.action, self.actor = status, action, actor
        super().__init__(f"{action} by {actor or 'anyone'} is not allowed from {status}")


def _apply(table: dict[str, Rule], status: str, action: str, actor: str | None) -> str:
    rule = table.get(action)
    if rule is None or status not in rule.sources or (actor is not None and actor not in rule.actors):
        raise TransitionError(status, action, actor)
    return rule.target


def transition(status: str, action: str, actor: str | None = None) -> str:
    """The objection status after `action`; raises TransitionError when the table does not allow it."""
    return _apply(TRANSITIONS, status, action, actor)


def allowed_actions(status: str, actor: str) -> list[str]:
    return [a for a, rule in TRANSITIONS.items() if status in rule.sources and actor in rule.actors]


class Decision(StrEnum):
    ACCEPTED = "accepted"  # the objection is upheld: the information (or remedy) is given
    PARTIAL = "partial"
    REFUSED = "refused"


class Response(StrEnum):
    ACCEPTS = "accepts"
    GOES_TO_KI = "goes_to_ki"


RESPONSE_ACTION = {Response.ACCEPTS: Action.ACCEPT, Response.GOES_TO_KI: Action.GO_TO_KI}


# --- dispute at the Komisi Informasi --------------------------------------------------------------


class DisputeStatus(StrEnum):
    FILED = "filed"
    MEDIATION = "mediation"
    ADJUDICATION = "adjudication"
    DECIDED = "decided"  # adjudication decided; a party may still go to court
    COURT = "court"
    CLOSED = "closed"


class StageAction(StrEnum):
    MEDIATION = "mediation"  # mediation starts
    AGREEMENT = "agreement"  # mediation reached an agreement (final)
    MEDIATION_FAILED = "mediation_failed"  # mediation failed: adjudication follows
    ADJUDICATION = "adjudication"  # adjudication starts without mediation (e.g. art. 17 refusals)
    DECISION = "decision"  # adjudication decision (putusan Komisi Informasi)
    FINAL = "final"  # nobody went to court within 14 hari kerja: the KI decision is final
    COURT_APPEAL = "court_appeal"  # a party goes to the PTUN (public body) or PN (private party)
    COURT_DECISION = "court_decision"
    DISMISSED = "dismissed"  # the KI declares the dispute inadmissible
    WITHDRAWN = "withdrawn"


DS, SA = DisputeStatus, StageAction
DISPUTE_TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    SA.MEDIATION: (frozenset({DS.FILED}), DS.MEDIATION),
    SA.AGREEMENT: (frozenset({DS.MEDIATION}), DS.CLOSED),
    SA.MEDIATION_FAILED: (frozenset({DS.MEDIATION}), DS.ADJUDICATION),
    SA.ADJUDICATION: (frozenset({DS.FILED}), DS.ADJUDICATION),
    SA.DECISION: (frozenset({DS.ADJUDICATION}), DS.DECIDED),
    SA.FINAL: (frozenset({DS.DECIDED}), DS.CLOSED),
    SA.COURT_APPEAL: (frozenset({DS.DECIDED}), DS.COURT),
    SA.COURT_DECISION: (frozenset({DS.COURT}), DS.CLOSED),
    SA.DISMISSED: (frozenset({DS.FILED}), DS.CLOSED),
    SA.WITHDRAWN: (frozenset({DS.FILED, DS.MEDIATION, DS.ADJUDICATION}), DS.CLOSED),
}
#: Stage actions that need a result (what was decided or agreed).
RESULT_REQUIRED = frozenset({SA.AGREEMENT, SA.DECISION, SA.COURT_DECISION})
#: The outcome a dispute ends with, by the action that closes it or the last decision before it.
OUTCOME_OF = {
    SA.AGREEMENT: "mediation_agreement",
    SA.FINAL: "adjudication",
    SA.COURT_DECISION: "court",
    SA.DISMISSED: "dismissed",
    SA.WITHDRAWN: "withdrawn",
}


def dispute_transition(status: str, action: str) -> str:
    sources, target = DISPUTE_TRANSITIONS.get(action, (frozenset(), ""))
    if status not in sources:
        raise TransitionError(status, action)
    return target


def dispute_actions(status: str) -> list[str]:
    return [a for a, (sources, _target) in DISPUTE_TRANSITIONS.items() if status in sources]
