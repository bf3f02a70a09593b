"""The letter kinds: importing this package registers every kind (see base.py for what a kind is)."""

from pintu.letters.kinds import annual, exemptions, objections, privacy, requests  # noqa: F401 (registers the kinds)
from pintu.letters.kinds.base import (
    Addressee,
    LetterKind,
    Party,
    Row,
    all_kinds,
    check_addressee,
    get_kind,
    kind_choices,
    register,
)

__all__ = [
    "Addressee",
    "LetterKind",
    "Party",
    "Row",
    "all_kinds",
    "check_addressee",
    "get_kind",
    "kind_choices",
    "register",
]
