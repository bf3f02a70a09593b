"""Information requests' part of the tracking proof (pintu.cases.tracking): which request a number names.

Both faces (the tracking page, the objection form and the API) prove the requester through
`prove_requester_secret`, with the shared rate limit (per number and client) and dummy hash. The number
may be typed in any form or be the URL slug; it counts as one key for the limits either way.
"""

from pintu.cases import tracking
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.numbering import parse_number


def request_for_number(text: str) -> InformationRequest | None:
    number = parse_number(text)
    if number is None:
        return None
    return InformationRequest.objects.select_related("assigned_agency").filter(number=number).first()


def prove_requester_secret(request, text: str, secret: str, *, scope: str = tracking.TRACKING):
    """The request if `secret` is its tracking secret, else None; raises tracking.TrackingLocked."""
    subject = parse_number(text) or text
    return tracking.prove(request, subject, secret, lambda: request_for_number(text), scope=scope)
