"""Audit entries for Django admin changes and for every case-history event, installed from AuditConfig.ready().

Every history event (pintu.history.services.record_event) is announced to `audit_event`, which appends
its entry in the same transaction: the history does not know the audit log, the audit log listens.

Sign-ins, sign-outs, failed attempts and lockouts are audited by pintu.security.audit_hooks (the
auth signals and django-axes), not here, so each happens once in the log.

Django writes a LogEntry for every add, change and delete made in the admin. Single entries are
saved one by one but bulk deletions ("delete selected") go through bulk_create, which sends no
post_save signal, so a post_save receiver on LogEntry would miss them. LogEntryManager.log_actions
is the one method both paths pass through; it is wrapped once here so every admin change is
audited whichever ModelAdmin made it, without a mixin each admin would have to remember.
Details keep the changed field names, never their values.
"""

from __future__ import annotations

import json

from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntryManager

from pintu.audit.history_witness import event_hash
from pintu.audit.services import audit

_FLAGS = {ADDITION: "add", CHANGE: "change", DELETION: "delete"}


def _changed_fields(change_message: str) -> list[str]:
    """Field names from the admin's JSON change message (never the values)."""
    try:
        parts = json.loads(change_message or "[]")
    except ValueError:
        return []
    fields: list[str] = []
    for part in parts if isinstance(parts, list) else []:
        for body in part.values() if isinstance(part, dict) else []:
            fields.extend(str(name) for name in (body or {}).get("fields", []))
    return fields


def audit_log_entry(entry) -> None:
    content_type = entry.content_type
    target_type = f"{content_type.app_label}.{content_type.model}" if content_type else ""
    details = {"log_entry": entry.pk, "flag": _FLAGS.get(entry.action_flag, str(entry.action_flag))}
    fields = _changed_fields(entry.change_message)
    if fields:
        details["fields"] = fields
    audit("admin.change", actor=entry.user, target_ref=(target_type, str(entry.object_id or "")), details=details)


_original_log_actions = LogEntryManager.log_actions


def _audited_log_actions(self, user_id, queryset, action_flag, change_message="", *, single_object=False):
    result = _original_log_actions(self, user_id, queryset, action_flag, change_message, single_object=single_object)
    for entry in [result] if single_object else list(result or []):
        audit_log_entry(entry)
    return result


if not getattr(LogEntryManager.log_actions, "_pintu_audited", False):
    _audited_log_actions._pintu_audited = True
    LogEntryManager.log_actions = _audited_log_actions


def audit_event(event, case) -> None:
    """One audit entry per history event ("event.<kind>"), naming the event, the status it set and the hash of
    its content, which `audit_verify` compares with the row (pintu.audit.history_witness)."""
    details = {"event": event.pk, "status_to": event.status_to, "content": event_hash(event)}
    audit(f"event.{event.kind}", actor=event.actor, target=case, details=details)
