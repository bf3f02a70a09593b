"""Per-case limits: a case (a report, a request) collects files over its whole life, a few at a time
(the reporter's replies, an officer's follow-ups). Each submission is checked by clean_uploads; this
checks what the case would hold afterwards, so nobody fills the disk five files at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .errors import CleanFile, reject
from .limits import DEFAULT_POLICY, UploadPolicy


def check_case_quota(
    existing_sizes: Iterable[int], new_files: Sequence[CleanFile], policy: UploadPolicy = DEFAULT_POLICY
) -> None:
    """Raise UploadRejected ("case_too_many" / "case_total_too_large") when the case would hold more
    than `policy.max_case_files` files or `policy.max_case_bytes` bytes with `new_files` added."""
    if not new_files:
        return
    sizes = list(existing_sizes)
    if len(sizes) + len(new_files) > policy.max_case_files:
        raise reject("case_too_many", policy, existing=len(sizes), adding=len(new_files))
    if sum(sizes) + sum(f.size for f in new_files) > policy.max_case_bytes:
        raise reject("case_total_too_large", policy, existing_bytes=sum(sizes))
