"""Where routing's texts come from: a small registry the app that owns the cases fills in.

Routing knows nothing of reports. The complaints app registers, in its ``AppConfig.ready()``, a
``CaseSource`` with three functions:

* ``rows(limit)``: the most recent ``limit`` confirmed examples, newest first, as ``TrainingRow``;
* ``count()``: how many confirmed examples exist (the retrain sweep compares it with the active model);
* ``describe(case)``: what the router reads of one case before it is routed (``Described``).

``TrainingRow.corrected`` marks an example whose routing a person had to correct (sent back by an OPD and
dispositioned again, a part of a split report); routing adds its own corrections (a stored suggestion
whose first choice was not the final agency) and weighs all of them more in training.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["CaseSource", "Described", "TrainingRow", "register_case_source", "source"]


@dataclass(frozen=True)
class Described:
    """What the router reads of a case: its text and, when known, the category and kecamatan chosen."""

    text: str
    category: str = ""
    kecamatan: str = ""


@dataclass(frozen=True)
class TrainingRow:
    key: int  # the case's primary key (Suggestion.report_id)
    text: str
    label: str  # the agency code that finally handled it
    category: str = ""
    kecamatan: str = ""
    when: datetime.datetime | None = None
    corrected: bool = False


@dataclass(frozen=True)
class CaseSource:
    rows: Callable[[int], Iterable[TrainingRow]]
    count: Callable[[], int]
    describe: Callable[[object], Described]


def _no_rows(limit: int) -> list[TrainingRow]:
    return []


def _no_count() -> int:
    return 0


def _describe_plainly(case) -> Described:
    return Described(f"{getattr(case, 'title', '')}\n{getattr(case, 'text', '')}".strip())


_EMPTY = CaseSource(rows=_no_rows, count=_no_count, describe=_describe_plainly)
_registered: list[CaseSource] = []


def register_case_source(case_source: CaseSource) -> None:
    """Called once by the app that owns the routed cases (complaints), in its ``AppConfig.ready()``."""
    _registered[:] = [case_source]


def source() -> CaseSource:
    return _registered[0] if _registered else _EMPTY
