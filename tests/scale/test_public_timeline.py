"""history.selectors.public_timeline: the fast path of the public report page gives the same events."""

import pytest
from django.contrib.auth.models import AnonymousUser

from pintu.complaints.models import Privacy
from pintu.complaints.services import admin
from pintu.history.selectors import events_visible_to, public_timeline
from tests.complaints.conftest import agency, area, draft, submit  # noqa: F401 (fixtures)


def general(report):
    return list(events_visible_to(AnonymousUser()).filter(case_type="report", case_id=report.pk).order_by("pk"))


@pytest.mark.django_db
def test_public_timeline_equals_the_general_selector(submit, user_named, agency):  # noqa: F811
    coordinator = user_named("admin.kominfo")
    public = submit(idempotency_key="pub").report
    admin.verify(public, user=coordinator)
    admin.disposition(public, user=coordinator, agency=agency("PUPR"))
    secret = submit(idempotency_key="rah", privacy=Privacy.RAHASIA).report
    admin.verify(secret, user=coordinator)
    waiting = submit(idempotency_key="new").report  # not verified: not public yet

    events = list(public_timeline("report", public.pk).order_by("pk"))
    assert events and events == general(public)
    assert all(e.visibility == "public" for e in events)
    for hidden in (secret, waiting):
        assert list(public_timeline("report", hidden.pk)) == [] == general(hidden)
    assert list(public_timeline("no-such-type", public.pk)) == []
