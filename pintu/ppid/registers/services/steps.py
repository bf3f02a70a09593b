"""What the use cases of both registers (DIP items and DIK entries) share: the entry locked for the step,
its history (an event, or a status change through the table, pintu.cases.transitions), an edit's changed
fields saved, and the steps only the PPID Utama takes (deciding and lifting an exemption,
publishing and withdrawing a DIP item): only from a status the table (registers.workflow) allows, an ending
(lift, withdraw) with a written reason."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from pintu.cases.transitions import Lifecycle, apply_transition
from pintu.history.services import record_event
from pintu.ppid.permissions import actor_of, require_utama
from pintu.ppid.registers import workflow as wf
from pintu.ppid.registers.permissions import actor_role, role_of


def locked(item):
    """The entry (DipItem or DikItem) read again, locked for the step, with its agency."""
    return type(item).objects.select_for_update().select_related("agency").get(pk=item.pk)


def record(item, kind: str, user, *, reason: str = "", payload=None) -> None:
    """An event that is not a status change (drafted, updated, refreshed, a file added or removed)."""
    record_event(item, kind, actor=actor_of(user), actor_role=role_of(user), agency=item.agency, reason=reason,
                 payload=payload)  # fmt: skip


def move(lifecycle: Lifecycle, item, action: str, user, *, kind: str, reason: str = "", payload=None) -> None:
    """A status change by the table of `lifecycle`, recorded with its event."""
    apply_transition(lifecycle, item, action, actor=actor_role(user), user=actor_of(user), reason=reason, kind=kind,
                     agency=item.agency, payload=payload)  # fmt: skip


def require_utama_step(user, item, graph, action: str, *, forbidden: str, refused: str) -> None:
    """PermissionDenied(`forbidden`) unless `user` is the PPID Utama; ValidationError(`refused`) when
    `action` is not allowed from the item's status in `graph`."""
    require_utama(user, forbidden)
    if wf.target_of(graph, action, item.status) is None:
        raise ValidationError(refused)


def written_reason(reason: str | None, missing: str) -> str:
    """The reason, trimmed; ValidationError on the `reason` field with `missing` when it is blank."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": [missing]})
    return reason


def save_changes(item, cleaned: dict, *, derive=None) -> list[str]:
    """Write the cleaned values that differ from the entry's and save (nothing when none changed; `derive(item)`
    recomputes derived columns first): the names of the changed fields, for the caller's "updated" event."""
    changed = sorted(name for name, value in cleaned.items() if getattr(item, name) != value)
    for name in changed:
        setattr(item, name, cleaned[name])
    if changed:
        if derive is not None:
            derive(item)
        item.save()
    return changed


def end_with_reason(
    lifecycle: Lifecycle,
    graph,
    item,
    action: str,
    user,
    reason: str | None,
    *,
    kind: str,
    stamp: tuple[str, str],
    forbidden: str,
    refused: str,
    missing: str,
):
    """An ending (lifting an exemption, withdrawing a DIP item): the entry locked, the PPID Utama only and from
    a status `graph` allows, with a written reason (`missing` when blank); the moment and the reason go into
    the entry's `stamp` columns (time, reason), then the status change with its event `kind`."""
    item = locked(item)
    require_utama_step(user, item, graph, action, forbidden=forbidden, refused=refused)
    reason = written_reason(reason, missing)
    at_column, reason_column = stamp
    setattr(item, at_column, timezone.now())
    setattr(item, reason_column, reason)
    move(lifecycle, item, action, user, kind=kind, reason=reason)
    return item
