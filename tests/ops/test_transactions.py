"""Multi-step writes found outside one transaction by the issue #8 audit, each with the test of its fix."""

import pytest

from pintu.history.models import Event
from pintu.ppid.requests import identity

pytestmark = pytest.mark.django_db


def test_opening_an_identity_file_writes_its_event_and_audit_entry_together(realistic_data, user_named, monkeypatch):
    """The history event "identity_document_opened" and its audit entry: both or neither."""
    request = realistic_data["request"]

    def audit_fails(*args, **kwargs):
        raise RuntimeError("audit chain unavailable")

    monkeypatch.setattr(identity, "audit", audit_fails)
    with pytest.raises(RuntimeError):
        identity.open_identity_file(request, "identity", user=user_named("ppid.utama"))
    assert not Event.objects.filter(kind="identity_document_opened").exists()
