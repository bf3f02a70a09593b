"""Objections (keberatan, UU 14/2008 art. 35-36) and disputes at the Komisi Informasi (art. 37-48):
statuses, the statutory grounds and THE transition tables (each a pintu.cases.machine.Machine). Plain
Python, no Django.

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

from enum import StrEnum

from pintu.cases.machine import Machine, TransitionError, rule  # noqa: F401 (TransitionError: callers catch it here)

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
#: The grounds as choices: "a. penolakan atas permintaan informasi ...".
GROUND_CHOICES = [(letter, f"{letter}. {text}") for letter, text in GROUNDS.items()]
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


TRANSITIONS = {
    Action.DECIDE: rule({Status.REGISTERED}, Status.ANSWERED, Actor.ATASAN),
    Action.ACCEPT: rule({Status.ANSWERED}, Status.CLOSED, Actor.REQUESTER, Actor.UTAMA),
    Action.GO_TO_KI: rule({Status.REGISTERED, Status.ANSWERED}, Status.DISPUTED, Actor.REQUESTER, Actor.UTAMA),
}
MACHINE = Machine(TRANSITIONS, status=Status, action=Action, actor=Actor)
#: The table's answers, as module functions (callers and tests use these names).
transition, allowed_actions = MACHINE.transition, MACHINE.allowed_actions
OPEN = frozenset({Status.REGISTERED})


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


class DisputeActor(StrEnum):
    UTAMA = "utama"  # the PPID Utama records each stage the Komisi Informasi or a court reached


DS, SA = DisputeStatus, StageAction
DISPUTE_TRANSITIONS = {
    SA.MEDIATION: rule({DS.FILED}, DS.MEDIATION, DisputeActor.UTAMA),
    SA.AGREEMENT: rule({DS.MEDIATION}, DS.CLOSED, DisputeActor.UTAMA),
    SA.MEDIATION_FAILED: rule({DS.MEDIATION}, DS.ADJUDICATION, DisputeActor.UTAMA),
    SA.ADJUDICATION: rule({DS.FILED}, DS.ADJUDICATION, DisputeActor.UTAMA),
    SA.DECISION: rule({DS.ADJUDICATION}, DS.DECIDED, DisputeActor.UTAMA),
    SA.FINAL: rule({DS.DECIDED}, DS.CLOSED, DisputeActor.UTAMA),
    SA.COURT_APPEAL: rule({DS.DECIDED}, DS.COURT, DisputeActor.UTAMA),
    SA.COURT_DECISION: rule({DS.COURT}, DS.CLOSED, DisputeActor.UTAMA),
    SA.DISMISSED: rule({DS.FILED}, DS.CLOSED, DisputeActor.UTAMA),
    SA.WITHDRAWN: rule({DS.FILED, DS.MEDIATION, DS.ADJUDICATION}, DS.CLOSED, DisputeActor.UTAMA),
}
DISPUTE_MACHINE = Machine(DISPUTE_TRANSITIONS, status=DisputeStatus, action=StageAction, actor=DisputeActor)
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
    """The dispute stage after `action`; raises TransitionError when the table does not allow it."""
    return DISPUTE_MACHINE.transition(status, action)


def dispute_actions(status: str) -> list[str]:
    """The stages that may be recorded next (the PPID Utama records every stage)."""
    return DISPUTE_MACHINE.allowed_actions(status, DisputeActor.UTAMA)
