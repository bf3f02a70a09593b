"""Reading letters. Who may see a case's letters is who may see the case: the caller starts from its own
visibility queryset (e.g. PPID's requests_handled_by(user)) and only then asks for the case's letters."""

from django.db.models import QuerySet

from pintu.history.registry import case_type_of
from pintu.letters.models import Letter, Signatory, Status


def letters_of_case(case) -> QuerySet[Letter]:
    """Every letter attached to `case`, drafts included (for the staff handling it), newest first."""
    return Letter.objects.filter(case_type=case_type_of(case).label, case_id=case.pk).select_related("agency")


def issued_letters_of_case(case) -> QuerySet[Letter]:
    """What the addressee may receive: signed letters (issued, and revoked/superseded ones for the record)."""
    return letters_of_case(case).signed()


def current_letter(case, kind: str) -> Letter | None:
    """The letter of `kind` in force for `case` (issued, neither revoked nor superseded)."""
    return letters_of_case(case).filter(kind=kind, status=Status.ISSUED).order_by("-signed_at").first()


def officers_by_agency(role: str) -> dict[int, Signatory]:
    """The active named signatory of `role` per unit (e.g. each unit's PPID Pembantu), for directories."""
    found: dict[int, Signatory] = {}
    for signatory in Signatory.objects.filter(role=role, active=True).order_by("name", "pk"):
        found.setdefault(signatory.agency_id, signatory)
    return found
