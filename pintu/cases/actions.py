"""The actions a person may take on a case, once, below both faces.

A case type declares its actions in one module (`pintu/complaints/actions.py`,
`pintu/ppid/requests/actions.py`, ...): for each, its name, label, the OFFER RULE ("may this user take
it on this case now") and `run`, which calls the service and its follow-on steps (e.g. recording the
routing decision after a disposition). The web face maps an action name to a Django form, the API face
to a DRF serializer; both hand the cleaned data (same keys) to `ActionSet.perform`, which checks the
offer rule again and runs the action. Neither face decides availability or calls a service itself.

    ACTIONS = ActionSet("report", [
        CaseAction("verify", _("Verifikasi"), offered=..., run=_verify, primary=True),
        ...
    ])
    for action in ACTIONS.available(user, report): ...            # buttons / the API's "actions" list
    outcome = ACTIONS.perform("verify", user=user, case=report, data={}, files=[])
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.functional import Promise
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Outcome:
    """What a face tells the person after an action: a message, and codes of cases it created."""

    message: str
    created: Sequence[str] = ()
    case: Any = None  # the case to show next, when it is not the one acted on (e.g. a created one)
    secret: str | None = None  # a created case's tracking secret, shown once to the officer who hands it on


@dataclass(frozen=True)
class Context:
    """Everything `run` receives: who, on what, the cleaned input and the checked files."""

    user: Any
    case: Any
    data: dict
    files: list = field(default_factory=list)
    request: Any = None  # only for what truly needs it (client address for the audit); never for rules


@dataclass(frozen=True)
class CaseAction:
    name: str  # stable id: the web's POST `action`, the API's URL segment (with - for _)
    label: object  # gettext_lazy text for buttons, the API's list and the schema
    offered: Callable[[Any, Any], bool]  # (user, case) -> may this user take it now
    run: Callable[[Context], Outcome]
    primary: bool = False  # a plain button, no fields
    danger: bool = False
    multipart: bool = False  # takes files
    #: (case) -> does the case's state call for it now. Optional: a case type whose services explain a
    #: wrong state themselves (a 400 with their own sentence) keeps `offered` to "who" and puts "when" here;
    #: `available` (the buttons) asks both, `perform` asks `offered` only and lets the service refuse.
    applies: Callable[[Any], bool] | None = None
    #: What a refused person reads (PermissionDenied): a sentence, or (user, case) -> a sentence; generic if None.
    refusal: object = None

    def shown(self, user, case) -> bool:
        return self.offered(user, case) and (self.applies is None or self.applies(case))

    @property
    def slug(self) -> str:
        return self.name.replace("_", "-")


class ActionSet:
    """The actions of one case type, in the order they are offered."""

    def __init__(self, case_type: str, actions: Iterable[CaseAction]):
        self.case_type = case_type
        self._actions = {a.name: a for a in actions}

    def __iter__(self):
        return iter(self._actions.values())

    def __contains__(self, name: str) -> bool:
        return name in self._actions

    def get(self, name: str) -> CaseAction | None:
        return self._actions.get(name) or self._actions.get(name.replace("-", "_"))

    def available(self, user, case) -> list[CaseAction]:
        return [a for a in self._actions.values() if a.shown(user, case)]

    def check(self, name: str, user, case) -> CaseAction:
        """The action if it is offered to `user` on `case`; PermissionDenied otherwise. Faces call it before
        they read any input, so a refused person meets a 403, never a form error."""
        action = self.get(name)
        if action is None or not action.offered(user, case):
            refusal = getattr(action, "refusal", None)
            if callable(refusal) and not isinstance(refusal, str | Promise):
                refusal = refusal(user, case)
            raise PermissionDenied(refusal or _("Tindakan ini tidak tersedia untuk Anda pada kasus ini sekarang."))
        return action

    def perform(self, name: str, *, user, case, data: dict | None = None, files=None, request=None) -> Outcome:
        """Run `name` if it is offered to `user` on `case` now; PermissionDenied otherwise.

        The service called by `run` still has the last word (it raises ValidationError or PermissionDenied).
        """
        action = self.check(name, user, case)
        context = Context(user=user, case=case, data=dict(data or {}), files=list(files or []), request=request)
        return action.run(context)
