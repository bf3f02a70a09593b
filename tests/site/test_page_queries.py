"""The number of queries of the pages rendered per case and per visitor (issue #22 item 1), pinned so that
a gain cannot silently return: the reporter's tracking page, the requester's tracking page and a report's
public page. Each row is read once per page (the contact and the identity with their case, in its query; the
reporter's name for redaction), the calendar at most once, and a page served from its cached parts makes only
the visitor's own queries: the session, the case (with its contact), the cache versions. The site header's
Pemkab and the empty forms' fields come with the cached parts.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pintu.complaints import phone_consent
from pintu.complaints.identity import reporter_contact
from pintu.complaints.services import handling
from tests.factories import complaints as factories
from tests.factories import ppid as ppid_factories
from tests.site.test_pagecache import main, public_report, tracked_client

pytestmark = pytest.mark.django_db


def captured(client, url) -> tuple[list[str], str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return [q["sql"] for q in queries.captured_queries], response.content.decode()


def reading(queries: list[str], table: str) -> int:
    """How many SELECTs read `table` (its name quoted as the FROM of the query)."""
    return sum(1 for q in queries if q.startswith("SELECT") and f'FROM "{table}"' in q)


def joining(queries: list[str], table: str) -> int:
    """How many SELECTs read `table` joined to another one (select_related)."""
    return sum(1 for q in queries if q.startswith("SELECT") and f'JOIN "{table}"' in q)


def followed_up_report(user_named):
    report = public_report(user_named, "Jembatan retak di Pemulutan")
    return handling.post_follow_up(report, user=user_named(factories.PUPR), text="Jembatan sudah diperbaiki.")


def test_reporter_tracking_page_reads_the_contact_with_the_report_and_the_calendar_at_most_once(demo, user_named):
    report = followed_up_report(user_named)  # rate and reopen are offered: their rules run
    client, url = tracked_client(report), reverse("complaints:track_detail", args=[report.code])
    first, _page = captured(client, url)  # the cached parts are built in this one
    assert reading(first, "complaints_reportercontact") == 0 and joining(first, "complaints_reportercontact") == 1
    assert reading(first, "workdays_calendarsettings") == 1
    assert reading(first, "complaints_complaintsettings") == 1
    again, page = captured(client, url)
    assert reading(again, "complaints_reportercontact") == 0 and joining(again, "complaints_reportercontact") == 1
    assert reading(again, "workdays_calendarsettings") == 0  # the reopen rule takes the cached deadline
    assert reading(again, "agencies_agency") == 0  # the header's Pemkab comes with the cached parts
    # session, report with its contact, the cache versions (was 10 before issue #22's second pass: the
    # contact three times, the calendar and the complaint settings for the reopen rule; 5 after it: the
    # contact on its own and the header's Pemkab)
    assert len(again) <= 3, again
    assert reverse("complaints:track_reopen", args=[report.code]) in page  # the reopen form is still offered
    assert 'name="reason"' in page and 'name="rating"' in page  # the forms' fields, from the cached parts


def test_reporter_tracking_page_offers_the_stop_button_from_the_one_contact_read(demo, user_named):
    report = followed_up_report(user_named)
    contact = reporter_contact(report)
    contact.phone = "+6281200001111"
    contact.save()
    client, url = tracked_client(report), reverse("complaints:track_detail", args=[report.code])
    client.get(url)
    stop = reverse("complaints:track_stop_phone", args=[report.code])
    assert stop not in captured(client, url)[1]  # a phone but no consent: no button
    phone_consent.record_consent(reporter_contact(report), ["whatsapp"], via="test")
    queries, page = captured(client, url)
    assert stop in page and joining(queries, "complaints_reportercontact") == 1
    phone_consent.withdraw(report, via="test")
    assert stop not in captured(client, url)[1]  # withdrawn: read live, never from the cached parts


def test_request_tracking_page_reads_the_identity_with_the_request(demo):
    info = ppid_factories.make_request()
    client = Client()
    session = client.session
    session["tracked_info_requests"] = [info.number]
    session.save()
    url = reverse("ppid:request_track_detail", args=[info.slug])
    first, _page = captured(client, url)
    assert reading(first, "ppid_requesteridentity") == 0 and joining(first, "ppid_requesteridentity") == 1
    again, page = captured(client, url)
    assert reading(again, "ppid_requesteridentity") == 0 and joining(again, "ppid_requesteridentity") == 1
    assert reading(again, "ppid_requestdocument") == 0  # the documents come with the cached parts
    assert "Siti Pemohon" in page
    # session, request with its identity, the cache versions (was 7, then 6: the documents, the identity and
    # the site header's Pemkab each on their own)
    assert len(again) <= 3, again


def test_public_report_page_reads_the_reporters_name_once(client, demo, user_named):
    report = followed_up_report(user_named)
    url = reverse("complaints:public_detail", args=[report.code])
    first, page = captured(client, url)
    assert reading(first, "complaints_reportercontact") == 1  # redacting the reasons and the file names
    again, cached = captured(client, url)
    assert "Jembatan sudah diperbaiki." in main(page) and "Jembatan sudah diperbaiki." in main(cached)
    assert reading(again, "complaints_reportercontact") == 0
    assert len(again) <= 2, again  # the report, the cache versions (the header's Pemkab from the cached parts)
