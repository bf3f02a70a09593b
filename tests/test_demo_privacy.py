"""Stranger finding: a demo report about "kekerasan anak" (child abuse) was public. Reports on sensitive topics
(violence against children and women, domestic violence, child marriage: category GENDER_ANAK) are always rahasia
in the demo, whatever the reporter chose, and so never reach a public page or a public event."""

from datetime import date

import pytest

from pintu.accounts.roles import Role
from pintu.complaints.models import Report
from pintu.complaints.selectors import public_reports
from pintu.demo.year import build
from pintu.demo.year.reports import SENSITIVE_CATEGORIES
from pintu.history.models import Event

REFERENCE = date(2026, 11, 2)


@pytest.mark.django_db
def test_every_planned_report_on_a_sensitive_topic_is_rahasia(demo):
    world = build.make_world(11, build.reference_until(REFERENCE))
    sims = build.plan_reports(world, 11, 600, list(range(1, 800)), build.staffed(Role.PEJABAT_PENGHUBUNG))
    sensitive_ids = {c.pk for c in world.categories if c.code in SENSITIVE_CATEGORIES}
    sensitive = [s for s in sims if s.row["category_id"] in sensitive_ids]
    assert len(sensitive) >= 5  # the topic is in the demo, just never public
    assert all(s.row["rahasia"] for s in sensitive)
    assert any(s.row["anonim"] for s in sensitive) or len(sensitive) < 20  # the reporter's own choice is kept
    assert not any(e["visibility"] == "public" for s in sensitive for e in s.events)
    others = [s for s in sims if s.row["category_id"] not in sensitive_ids]
    assert sum(not s.row["rahasia"] for s in others) > len(others) * 0.8  # other topics stay mostly public


@pytest.mark.django_db
def test_the_loaded_demo_shows_no_report_about_violence_against_children(demo):
    build.load_year(seed=11, reference=REFERENCE, reports=240, requests=50)
    sensitive = Report.objects.filter(category__code__in=SENSITIVE_CATEGORIES)
    assert sensitive.exists() and not sensitive.filter(rahasia=False).exists()
    assert not public_reports().filter(title__icontains="kekerasan").exists()
    assert not public_reports().filter(category__code__in=SENSITIVE_CATEGORIES).exists()
    public_events = Event.objects.filter(case_type="report", case_id__in=sensitive.values("pk"), visibility="public")
    assert not public_events.exists()
