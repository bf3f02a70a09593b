"""A state machine built from a transition table: the one mechanism every case type's workflow uses.

Plain Python, no Django. A case type gives its table (action -> Rule) and the actions whose reason
text is required; `Machine` answers "what status follows", "which actions may this actor take now"
and "is a reason required". Each workflow module keeps its own enums and table:

    TRANSITIONS = {Action.VERIFY: rule({Status.DITERIMA}, Status.TERVERIFIKASI, Actor.ADMIN), ...}
    MACHINE = Machine(TRANSITIONS, status=Status, action=Action, actor=Actor, reason_required={...})
    transition, allowed_actions, reason_required = MACHINE.transition, MACHINE.allowed_actions, ...
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Rule:
    sources: frozenset
    target: StrEnum
    actors: frozenset


def rule(sources: Iterable, target, *actors) -> Rule:
    return Rule(frozenset(sources), target, frozenset(actors))


class TransitionError(Exception):
    """The action is not allowed from this status or for this actor."""

    def __init__(self, status: str, action: str, actor: str | None = None):
        self.status, self.action, self.actor = status, action, actor
        who = f" by {actor}" if actor else ""
        super().__init__(f"{action!s}{who} is not allowed from {status!s}")


class Machine:
    """The allowed transitions of one case type, checked on every status change."""

    def __init__(
        self,
        table: Mapping,
        *,
        status: type[StrEnum],
        action: type[StrEnum],
        actor: type[StrEnum],
        reason_required: Iterable = (),
    ):
        self.table = dict(table)
        self.status, self.action, self.actor = status, action, actor
        self.reasons = frozenset(action(a) for a in reason_required)
        for name, r in self.table.items():  # a typo in a table fails at import, not at the first click
            action(name), status(r.target)
            for s in r.sources:
                status(s)
            for a in r.actors:
                actor(a)

    def transition(self, status: str, action: str, actor: str | None = None):
        """The status after `action` from `status`; raises TransitionError when not allowed."""
        try:
            r = self.table[self.action(action)]
            current = self.status(status)
            who = self.actor(actor) if actor is not None else None
        except (KeyError, ValueError):
            raise TransitionError(status, action, actor) from None
        if current not in r.sources or (who is not None and who not in r.actors):
            raise TransitionError(status, action, actor)
        return r.target

    def allowed_actions(self, status: str, actor: str) -> list:
        """Actions `actor` may take now, in table order (drives the buttons a handler sees)."""
        try:
            current, who = self.status(status), self.actor(actor)
        except ValueError:
            return []
        return [a for a, r in self.table.items() if current in r.sources and who in r.actors]

    def reason_required(self, action: str) -> bool:
        try:
            return self.action(action) in self.reasons
        except ValueError:
            return False

    def reachable(self, start: Iterable) -> frozenset:
        """Every status reachable from `start` (tests use it to find statuses no transition reaches)."""
        seen, todo = set(start), list(start)
        while todo:
            current = todo.pop()
            for r in self.table.values():
                if current in r.sources and r.target not in seen:
                    seen.add(r.target)
                    todo.append(r.target)
        return frozenset(seen)
