import datetime

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency
from tests.factories.ppid import at, make_request


@pytest.fixture
def pupr(demo):
    return Agency.objects.get(code="PUPR")


@pytest.fixture
def decided_request(pupr):
    """A request of PUPR granted in part with a copy fee, decided three working days ago or so."""

    def make(decided_on: datetime.date | None = None, **kwargs):
        decided_on = decided_on or timezone.localdate() - datetime.timedelta(days=5)
        kwargs.setdefault("decision", "granted_part")
        kwargs.setdefault("fee", "150000")
        return make_request(pupr, received=at(decided_on - datetime.timedelta(days=14)), decided=at(decided_on),
                            due=decided_on, **kwargs)  # fmt: skip

    return make


@pytest.fixture(autouse=True)
def _letters(letters_ready):
    """The objection answer is a signed letter: the demo's signatories with demo-CA certificates."""
