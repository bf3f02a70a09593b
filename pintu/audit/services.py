"""Writing the audit log: ``audit()`` is the only way entries are appended.

Appends are serialised on the chain-head row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite
transactions are already IMMEDIATE, i.e. one writer at a time), so two writers can never both
link to the same previous entry. The entry joins the caller's transaction: if the audited
write rolls back, so does its audit entry.

``details`` must never hold personal data (no NIK, names, e-mail addresses, phone numbers):
ids, field names and counts only.
"""

from __future__ import annotations

from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from pintu.accounts.access import scope_of
from pintu.audit.chain import GENESIS, entry_hash
from pintu.audit.clientip import client_ip
from pintu.audit.models import AuditEntry, AuditHead

__all__ = ["audit", "client_ip", "target_key"]

_USER_AGENT_MAX = 300


def target_key(target: models.Model | None) -> tuple[str, str]:
    """("app_label.model", "pk") for any model instance; ("", "") for none."""
    if target is None:
        return "", ""
    meta = target._meta
    return f"{meta.app_label}.{meta.model_name}", str(target.pk)


def _actor_fields(actor) -> tuple[int | None, str]:
    """The actor's id, and a username snapshot for officers (and Django staff) only.

    Citizens' usernames are personal data that erasure must remove, and audit rows can never be
    edited, so for them the log keeps only the id.
    """
    if actor is None or not getattr(actor, "is_authenticated", False):
        return None, ""
    officer = getattr(actor, "is_staff", False) or scope_of(actor).is_staff_member
    return actor.pk, actor.get_username()[:150] if officer else ""


def _json_ready(details: dict[str, Any] | None) -> dict[str, Any]:
    """Exactly what the JSON column will give back, so the hash recomputes identically later."""
    import json

    return json.loads(json.dumps(details or {}, cls=DjangoJSONEncoder))


def _locked_head() -> AuditHead:
    head = AuditHead.objects.select_for_update().filter(pk=1).first()
    if head is not None:
        return head
    try:
        with transaction.atomic():
            AuditHead.objects.create(pk=1, seq=0, hash=GENESIS)
    except IntegrityError:  # another writer created it first; its row is now committed
        pass
    return AuditHead.objects.select_for_update().get(pk=1)


def audit(
    action: str,
    *,
    actor=None,
    target: models.Model | None = None,
    details: dict[str, Any] | None = None,
    request=None,
    target_ref: tuple[str, str] | None = None,
) -> AuditEntry:
    """Append one entry to the audit chain (inside the caller's transaction, if any).

    `target_ref` ("app_label.model", "pk") names a target that no longer exists as an instance
    (an object deleted in the admin).
    """
    if actor is None and request is not None:
        actor = getattr(request, "user", None)
    actor_id, actor_username = _actor_fields(actor)
    target_type, target_id = target_ref if target_ref is not None else target_key(target)
    user_agent = ""
    if request is not None:
        user_agent = str(getattr(request, "META", {}).get("HTTP_USER_AGENT", ""))[:_USER_AGENT_MAX]
    with transaction.atomic():
        head = _locked_head()
        entry = AuditEntry(
            seq=head.seq + 1,
            at=timezone.now(),
            actor_id=actor_id,
            actor_username=actor_username,
            action=action,
            target_type=target_type,
            target_id=target_id,
            details=_json_ready(details),
            ip=client_ip(request),
            user_agent=user_agent,
            prev_hash=head.hash,
        )
        entry.hash = entry_hash(entry.hashed_fields())
        entry.save()
        AuditHead.objects.filter(pk=1).update(seq=entry.seq, hash=entry.hash)
    return entry
