"""Objections' part of the tracking proof (pintu.cases.tracking): an objection is followed with the secret
of the information request it concerns, so the number names the objection and the proof is the request's.
"""

import re

from pintu.cases import tracking
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.services import NUMBER_PREFIX

NUMBER_RE = re.compile(rf"^\s*{NUMBER_PREFIX}\s*[/\-\s]?\s*(\d{{4}})\s*[/\-\s]?\s*(\d{{1,6}})\s*$", re.IGNORECASE)


def parse_objection_number(text: str) -> str | None:
    """KEB/2026/000012 typed in any case, with slashes, dashes or spaces -> the canonical number."""
    match = NUMBER_RE.match(text or "")
    return f"{NUMBER_PREFIX}/{match.group(1)}/{int(match.group(2)):06d}" if match else None


def prove_objection_requester(request, text: str, secret: str) -> Objection | None:
    """The objection if `secret` is its request's tracking secret; raises tracking.TrackingLocked."""
    number = parse_objection_number(text)
    found: dict[str, Objection | None] = {}

    def find():
        objection = Objection.objects.select_related("request").filter(number=number).first() if number else None
        found["objection"] = objection
        return objection.request if objection is not None and objection.request_id else None

    info = tracking.prove(request, number or text, secret, find)
    return found.get("objection") if info is not None else None
