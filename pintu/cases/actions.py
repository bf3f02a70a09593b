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
    ACTIONS.check("verify", user, report)                          # before reading any input
    outcome = ACTIONS.perform("verify", user=user, case=report, data={}, files=[])

Two refusals, so a face can tell them apart: PermissionDenied when the action is not this person's at all
(their role never may: a 403), ActionNotAvailable (a ValidationError) when it is theirs but not in the
case's present state (a 400, or a message on the page). An action says which with `permitted`; without
it, every refusal is PermissionDenied (worded by `refusal` when given).

A case type whose services explain a wrong state themselves (PPID: a 400 with the service's own sentence)
keeps `offered` to "who" and puts "when" in `applies`: the buttons (`available`) ask both, `check` and
`perform` ask `offered` only and let the service refuse.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


@dataclass(frozen=True)
class Outcome:
    """What a face tells the person after an action: a message, and codes of cases it created."""

    message: str
    created: Sequence[str] = ()
    case: Any = None  # the case as the action left it (services return a fresh copy), or another one to show next
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
    #: (user, case) -> may this user's role ever take it on this case (whatever its state); None: = offered.
    #: May raise PermissionDenied itself with a sentence of its own (e.g. "you may only read this case").
    permitted: Callable[[Any, Any], bool] | None = None
    #: The refusal when permitted but not offered now: a sentence (with %(status)s), or (user, case) -> a
    #: sentence; the ActionSet's sentence if None.
    not_now: object = None
    #: (case) -> does the case's state call for it now (buttons only; see the module's docstring).
    applies: Callable[[Any], bool] | None = None
    #: What a refused person reads (PermissionDenied): a sentence, or (user, case) -> a sentence; generic if None.
    refusal: object = None
    #: Facts about the case that `offered` and `applies` take as keywords when a face has already read them
    #: (`ActionSet.available(..., known=...)`); without them the rules read for themselves.
    needs: tuple[str, ...] = ()

    def shown(self, user, case, known: Mapping[str, Any] | None = None) -> bool:
        given = {name: known[name] for name in self.needs if known and name in known}
        return self.offered(user, case, **given) and (self.applies is None or self.applies(case, **given))

    @property
    def slug(self) -> str:
        return self.name.replace("_", "-")


class ActionNotAvailable(ValidationError):
    """The action is this person's, but not in the case's present state (e.g. verifying a verified report)."""


NOT_NOW = gettext_lazy("Tindakan ini tidak tersedia untuk kasus berstatus %(status)s.")


class ActionSet:
    """The actions of one case type, in the order they are offered.

    `not_now` is the sentence of ActionNotAvailable, formatted with the case's `status_label`.
    """

    def __init__(self, case_type: str, actions: Iterable[CaseAction], *, not_now=NOT_NOW):
        self.case_type = case_type
        self._actions = {a.name: a for a in actions}
        self.not_now = not_now

    def __iter__(self):
        return iter(self._actions.values())

    def __contains__(self, name: str) -> bool:
        return name in self._actions

    def get(self, name: str) -> CaseAction | None:
        return self._actions.get(name) or self._actions.get(name.replace("-", "_"))

    def available(self, user, case, *, known: Mapping[str, Any] | None = None) -> list[CaseAction]:
        """The actions shown to `user` on `case` now. `known`: facts the face has already read for its page
        (e.g. the phone consent from the contact row it shows), handed to the rules that name them in `needs`,
        so a page reads each row once; passed explicitly, never kept between calls."""
        return [a for a in self._actions.values() if a.shown(user, case, known)]

    def check(self, name: str, user, case) -> CaseAction:
        """The action if `user` may take it on `case` now; else PermissionDenied or ActionNotAvailable.

        Faces call it before reading any input, so a refusal never depends on what was sent.
        """
        action = self.get(name)
        if action is None:
            raise PermissionDenied(_("Tindakan ini tidak tersedia untuk Anda pada kasus ini sekarang."))
        if action.offered(user, case):
            return action
        if action.permitted is not None and action.permitted(user, case):
            not_now = action.not_now or self.not_now
            if callable(not_now) and not isinstance(not_now, str | Promise):
                raise ActionNotAvailable(not_now(user, case))
            status = getattr(case, "status_label", getattr(case, "status", ""))
            raise ActionNotAvailable(str(not_now) % {"status": status})
        refusal = action.refusal
        if callable(refusal) and not isinstance(refusal, str | Promise):
            refusal = refusal(user, case)
        if not refusal:
            refusal = (
                _("Tindakan ini bukan wewenang Anda.")
                if action.permitted is not None
                else _("Tindakan ini tidak tersedia untuk Anda pada kasus ini sekarang.")
            )
        raise PermissionDenied(refusal)

    def perform(self, name: str, *, user, case, data: dict | None = None, files=None, request=None) -> Outcome:
        """Run `name` if it is offered to `user` on `case` now (see `check` for the refusals).

        The service called by `run` still has the last word (it raises ValidationError or PermissionDenied).
        The service and its follow-on steps run in one transaction: a failing follow-on undoes the action.
        """
        action = self.check(name, user, case)
        context = Context(user=user, case=case, data=dict(data or {}), files=list(files or []), request=request)
        with transaction.atomic():
            return action.run(context)
