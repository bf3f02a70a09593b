"""Verifying several reports of the admin instansi's queue at once (the inbox's bulk action, and the API).

Each report is verified on its own, through `admin.verify` and its own transaction: one report that
cannot be verified (already moved on, not in the queue) does not stop the others. The outcome lists
what was verified and, per failed code, why, for the caller to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pintu.complaints.selectors import verification_queue
from pintu.complaints.services import admin
from pintu.complaints.services.base import require_admin

#: At most one inbox page of codes per call.
MAX_CODES = 50


@dataclass(frozen=True)
class Failure:
    code: str
    message: str  # a whole sentence naming the code, as the inbox shows it


@dataclass
class BulkOutcome:
    verified: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)


def normalised_codes(codes: Iterable[str]) -> list[str]:
    """Upper-cased, blanks and repeats dropped, order kept, at most MAX_CODES."""
    return list(dict.fromkeys(c.strip().upper() for c in codes if c and c.strip()))[:MAX_CODES]


def bulk_verify(user, codes: Iterable[str]) -> BulkOutcome:
    """Verify each code found in `verification_queue(user)`. Raises PermissionDenied for anyone but the admin
    instansi, ValidationError when no code is given; per-report failures go into the outcome."""
    require_admin(user)
    codes = normalised_codes(codes)
    if not codes:
        raise ValidationError({"codes": _("Pilih paling sedikit satu laporan untuk diverifikasi.")})
    found = {r.code: r for r in verification_queue(user).filter(code__in=codes)}
    outcome = BulkOutcome()
    for code in codes:
        report = found.get(code)
        if report is None:
            outcome.failed.append(Failure(code, _("%(code)s: laporan tidak ditemukan di antrean.") % {"code": code}))
            continue
        try:
            admin.verify(report, user=user)
        except ValidationError as exc:
            outcome.failed.append(Failure(code, f"{code}: {' '.join(exc.messages)}"))
            continue
        outcome.verified.append(code)
    return outcome
