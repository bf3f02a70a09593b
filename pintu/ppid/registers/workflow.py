"""The register lifecycles: a DIP item and a DIK exemption, each THE table of allowed transitions.

Plain Python, no Django. "A PPID Pembantu drafts, the PPID Utama publishes": drafting and editing are
not transitions (registers.permissions says who keeps a register and what may still be edited); the
PPID Utama publishes, withdraws, puts an exemption in force and lifts it; the sweep (the system) sends
an exemption past its end date to review.

    DIP:  draft/withdrawn --publish--> published --withdraw--> withdrawn
    DIK:  draft/review --decide--> in_force --expire (sweep)--> review
          draft/in_force/review --lift--> lifted
"""

from enum import StrEnum

from pintu.cases.machine import Machine, TransitionError, rule


class Actor(StrEnum):
    UTAMA = "ppid_utama"
    SYSTEM = "system"  # the sweep, or the command line


class DipStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


class DipAction(StrEnum):
    PUBLISH = "publish"
    WITHDRAW = "withdraw"


class DikStatus(StrEnum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    REVIEW = "review"
    LIFTED = "lifted"


class DikAction(StrEnum):
    DECIDE = "decide"
    EXPIRE = "expire"
    LIFT = "lift"


DIP_TRANSITIONS = {
    DipAction.PUBLISH: rule({DipStatus.DRAFT, DipStatus.WITHDRAWN}, DipStatus.PUBLISHED, Actor.UTAMA, Actor.SYSTEM),
    DipAction.WITHDRAW: rule({DipStatus.PUBLISHED}, DipStatus.WITHDRAWN, Actor.UTAMA, Actor.SYSTEM),
}
DIK_TRANSITIONS = {
    DikAction.DECIDE: rule({DikStatus.DRAFT, DikStatus.REVIEW}, DikStatus.IN_FORCE, Actor.UTAMA, Actor.SYSTEM),
    DikAction.EXPIRE: rule({DikStatus.IN_FORCE}, DikStatus.REVIEW, Actor.SYSTEM),
    DikAction.LIFT: rule({DikStatus.DRAFT, DikStatus.IN_FORCE, DikStatus.REVIEW}, DikStatus.LIFTED, Actor.UTAMA,
                         Actor.SYSTEM),
}  # fmt: skip
DIP = Machine(DIP_TRANSITIONS, status=DipStatus, action=DipAction, actor=Actor, reason_required={DipAction.WITHDRAW})
DIK = Machine(DIK_TRANSITIONS, status=DikStatus, action=DikAction, actor=Actor, reason_required={DikAction.LIFT})

#: Statuses in which a PPID Pembantu may still edit a DIP item (a published one only the PPID Utama edits).
DIP_EDITABLE_BY_AGENCY = frozenset({DipStatus.DRAFT, DipStatus.WITHDRAWN})
#: Statuses in which an exemption may be edited (a draft, or an expired one under review).
DIK_EDITABLE = frozenset({DikStatus.DRAFT, DikStatus.REVIEW})


def target_of(machine: Machine, action: str, status: str) -> str | None:
    """The status `action` leads to from `status`, or None when the table does not allow it."""
    try:
        return machine.transition(status, action)
    except TransitionError:
        return None
