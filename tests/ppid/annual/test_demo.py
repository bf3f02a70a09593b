"""The demo publishes last year's annual report once, so /ppid/ links a report from the start (issue #18)."""

from django.urls import reverse
from django.utils import timezone

from pintu.ppid.annual.demo import publish_demo_report
from pintu.ppid.annual.services import find_report


def test_the_demo_report_is_published_once_and_linked_from_ppid(demo, client):
    assert publish_demo_report() is True
    report = find_report(timezone.localdate().year - 1, None)
    assert report.is_published
    published_at = report.published_at
    assert publish_demo_report() is False  # idempotent: the frozen figures stay
    report.refresh_from_db()
    assert report.published_at == published_at
    body = client.get(reverse("ppid:landing")).content.decode()
    assert reverse("ppid:annual_pdf", args=[report.pk]) in body and reverse("ppid:annual_list") in body
