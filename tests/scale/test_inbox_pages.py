"""Keyset pages in the staff inbox and the public list: every row once, in order, constant queries."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pintu import pagecache
from pintu.complaints.models import Report
from pintu.complaints.services import admin
from pintu.complaints.views import public_pages, staff_inbox
from tests.complaints.conftest import area, draft, submit  # noqa: F401 (fixtures)

NEXT = re.compile(r'sesudah=([\w-]+)" rel="next"')


def walk(client, url, params, row_pattern):
    """Follow the "Berikutnya" links from the first page; returns the row ids of every page and queries."""
    client.get(url, params)  # first request of a session fills per-process caches (calendar, settings)
    pages, queries, cursor = [], [], None
    while True:
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url, {**params, **({"sesudah": cursor} if cursor else {})}).content.decode()
        queries.append(len(captured))
        pages.append(re.findall(row_pattern, html))
        match = NEXT.search(html)
        if not match:
            return pages, queries
        cursor = match.group(1)


@pytest.mark.django_db
def test_verification_queue_pages_due_first_with_undated_last(client, submit, user_named, monkeypatch):  # noqa: F811
    monkeypatch.setattr(staff_inbox, "PAGE_SIZE", 3)
    reports = [submit(idempotency_key=f"inbox-{i}").report for i in range(8)]
    Report.objects.filter(pk__in=[reports[1].pk, reports[4].pk]).update(verify_due=None)  # e.g. paused
    for i, report in enumerate(reports[5:]):
        Report.objects.filter(pk=report.pk).update(verify_due=report.verify_due.replace(day=1) if i else None)
    undated_last = sorted(Report.objects.all(), key=lambda r: (r.verify_due or date.max, r.submitted_at, r.id))
    expected = [r.code for r in undated_last]
    client.force_login(user_named("admin.kominfo"))
    pages, queries = walk(client, reverse("complaints:staff_inbox"), {"tab": "verifikasi"}, r'id="row-([\w-]+)"')
    assert [code for page in pages for code in page] == expected
    assert [len(p) for p in pages] == [3, 3, 2]
    assert len(set(queries)) == 1, f"queries per page differ: {queries}"


@pytest.mark.django_db
def test_whole_inbox_and_public_list_page_newest_first(client, submit, user_named, monkeypatch):  # noqa: F811
    monkeypatch.setattr(staff_inbox, "PAGE_SIZE", 2)
    monkeypatch.setattr(public_pages, "PAGE_SIZE", 2)
    coordinator = user_named("admin.kominfo")
    reports = [submit(idempotency_key=f"list-{i}").report for i in range(5)]
    for report in reports:
        admin.verify(report, user=coordinator)
    Report.objects.filter(pk__in=[r.pk for r in reports[:3]]).update(submitted_at=reports[0].submitted_at)  # ties
    expected = [r.code for r in Report.objects.order_by("-submitted_at", "-id")]
    with pagecache.bypassed():  # every page rendered, so its queries are counted (the cache: tests/site)
        pages, queries = walk(client, reverse("complaints:public_list"), {}, r'href="/laporan/([\w-]+)/"')
    assert [code for page in pages for code in page] == expected and len(set(queries)) == 1
    assert "Lebih dari" not in client.get(reverse("complaints:public_list")).content.decode()
    client.force_login(coordinator)
    pages, queries = walk(client, reverse("complaints:staff_inbox"), {"tab": "semua"}, r'id="row-([\w-]+)"')
    assert [code for page in pages for code in page] == expected and len(set(queries)) == 1


@pytest.mark.django_db
def test_ppid_request_register_pages_due_first_or_newest_first(client, user_named, monkeypatch, settings, tmp_path):
    from pintu.files.validation import clean_upload
    from pintu.ppid.requests import intake
    from pintu.ppid.requests.models import InformationRequest
    from pintu.ppid.requests.views import staff as requests_staff
    from tests.factories.ppid import make_draft, png_bytes

    settings.MEDIA_ROOT = tmp_path  # identity files of the filed requests
    monkeypatch.setattr(requests_staff, "PAGE_SIZE", 2)
    for i in range(6):
        intake._submit(make_draft(clean_upload("ktp.png", png_bytes()), information=f"Dokumen anggaran {i}"))
    first = InformationRequest.objects.order_by("pk").first()
    InformationRequest.objects.filter(pk=first.pk).update(due_date=None)
    day = lambda r: timezone.localdate(r.received_at)  # noqa: E731
    undated_last = sorted(InformationRequest.objects.all(), key=lambda r: (r.due_date or date.max, day(r), r.number))
    client.force_login(user_named("ppid.utama"))
    rows = r'href="/ppid/staf/permohonan/(\d+)/"'
    pages, queries = walk(client, reverse("ppid:staff_requests"), {"urut": "tenggat"}, rows)
    assert [int(pk) for page in pages for pk in page] == [r.pk for r in undated_last]
    # the undated one shares the last page with a dated one: same rows, same per-page lookups
    assert [len(p) for p in pages] == [2, 2, 2] and len(set(queries)) == 1, queries
    newest_first = sorted(InformationRequest.objects.all(), key=lambda r: (day(r), r.number), reverse=True)
    pages, queries = walk(client, reverse("ppid:staff_requests"), {}, rows)  # the default order
    assert [int(pk) for page in pages for pk in page] == [r.pk for r in newest_first] and len(set(queries)) == 1
