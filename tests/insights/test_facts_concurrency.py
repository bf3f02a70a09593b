"""Facts written by two writers at once: rebuilds on several workers, or a rebuild beside a service.

A calendar change queues a rebuild (pintu.workdays.services.calendar_changed); several changes queue
several, and the workers of a cluster run them at the same time. They used to delete a key range and
insert it again, so on PostgreSQL the second writer found the first one's new rows and failed on the
primary key: the failed task stayed in django-q's queue (tests/scale found it), and a service's sync of
one case running beside a rebuild could fail the officer's request the same way.
"""

import threading

import pytest
from django.db import connection

from pintu.insights import facts
from pintu.insights.models import ReportFact, RequestFact
from tests.insights.world import make_reports, make_requests

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL (SQLite: one writer at a time)"
)


def values(model) -> list[tuple]:
    names = [f.attname for f in model._meta.concrete_fields if f.name != "updated_at"]
    return list(model.objects.order_by("pk").values_list(*names))


@pytest.mark.django_db
def test_a_rebuild_overwrites_rows_in_place_and_keeps_each_case_once(demo):
    make_reports()
    make_requests()
    facts.rebuild_all(batch_size=7)
    first = values(ReportFact), values(RequestFact)
    ReportFact.objects.update(status="salah", rating=None)  # a stale table: the rebuild must overwrite it
    RequestFact.objects.update(status="salah")
    counts = facts.rebuild_all(batch_size=7)
    assert (values(ReportFact), values(RequestFact)) == first
    assert counts == {"reports": len(first[0]), "requests": len(first[1])} and counts["reports"] > 7


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_rebuilds_and_syncs_running_at_once_all_succeed(demo):
    reports, requests = make_reports(), make_requests()
    facts.rebuild_all()
    expected = values(ReportFact), values(RequestFact)
    rounds, errors = 4, []
    workers = 4
    barrier = threading.Barrier(workers)

    def rebuild():
        facts.rebuild_all(batch_size=5)

    def sync():
        for report in reports[:20]:
            facts.sync_report(report)
        for request in requests[:10]:
            facts.sync_request(request)

    def run(job):
        try:
            for _ in range(rounds):
                barrier.wait(timeout=60)
                job()
        except Exception as error:  # reported below; a thread must not die silently
            errors.append(error)
            barrier.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in (rebuild, rebuild, rebuild, sync)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    assert (values(ReportFact), values(RequestFact)) == expected
