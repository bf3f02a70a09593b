"""Asynchronous intake (pintu.complaints.services.accept): the API answers after one write, the worker builds.

The queue runs for real here (django-q2's ORM broker, a row in the same database): the `queued` fixture turns
off the inline mode the test suite uses elsewhere, so a submission waits in the queue until the test plays the
worker by calling the task, exactly as `qcluster` would.
"""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.conf import Conf
from django_q.models import OrmQ
from rest_framework.test import APIClient

from pintu.agencies.models import Area
from pintu.audit.models import AuditEntry
from pintu.cases import tracking
from pintu.complaints import catalogue
from pintu.complaints.models import Channel, PendingReport, Report
from pintu.complaints.services import accept, base, builder
from pintu.history.models import Event
from tests.api.conftest import png_upload

SUBMIT = "/api/v1/reports/submit/"


@pytest.fixture
def queued(settings, monkeypatch):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setattr(accept, "_last_wake", 0.0)  # no drain task queued by an earlier test
    monkeypatch.setattr(accept, "_trailing", None)
    armed = []

    def arm(delay):  # the trailing timer, recorded instead of started (see the last test for a real one)
        armed.append(delay)
        accept._trailing = "armed"

    monkeypatch.setattr(accept, "_arm_trailing", arm)
    return armed


def _payload(area, **extra):
    kecamatan, desa = area
    return {
        "title": "Jembatan kayu lapuk", "text": "Papan jembatan kayu di dusun dua lapuk dan berlubang, berbahaya.",
        "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Siti Aminah", "email": "siti@example.org",
        "nik": "1610014101900001", "consent": True, **extra,
    }  # fmt: skip


BUILD = "pintu.complaints.services.builder.build_waiting"


def _builds() -> list[OrmQ]:
    return [task for task in OrmQ.objects.all() if task.task["func"] == BUILD]


def _run_queued_tasks() -> list[int]:
    """Play the worker: run every queued drain task once, as qcluster would, and take it off the queue."""
    results = []
    for task in _builds():
        results.append(builder.build_waiting(*task.task["args"]))
        task.delete()
    return results


def _run_other_queued_tasks() -> None:
    for task in OrmQ.objects.all():
        import_string(task.task["func"])(*task.task["args"], **task.task["kwargs"])
        task.delete()


def test_the_api_accepts_in_one_write_and_the_worker_builds_the_report(queued, area):
    response = APIClient().post(SUBMIT, _payload(area), format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["processing"] is True and body["status"] is None and body["created"] is True
    code, secret = body["code"], body["secret"]
    assert not Report.objects.filter(code=code).exists()
    row = PendingReport.objects.get(code=code)
    with connection.cursor() as cursor:  # personal data and the secret are encrypted at rest
        cursor.execute("SELECT payload FROM complaints_pendingreport WHERE id = %s", [row.pk])
        stored = cursor.fetchone()[0]
    assert stored.startswith("fernet:")
    assert "Siti" not in stored and "1610014101900001" not in stored and secret not in stored
    assert [t.task["args"] for t in _builds()] == [()]  # a drain task: it builds whatever is waiting
    assert mail.outbox == []  # the acknowledgement goes out when the report exists

    assert _run_queued_tasks() == [1]
    report = Report.objects.get(code=code)
    assert not PendingReport.objects.exists()
    assert report.submitted_at == row.received_at  # deadlines count from acceptance, not from the build
    assert report.channel == Channel.API and report.contact.name == "Siti Aminah"
    assert report.contact.nik == "1610014101900001"
    assert tracking.secret_matches(report, secret)
    assert Event.objects.filter(case_type="report", case_id=report.pk, kind="submitted").count() == 1
    assert AuditEntry.objects.filter(target_type="complaints.report", target_id=str(report.pk)).exists()
    _run_other_queued_tasks()  # the e-mail is a task of its own
    assert len(mail.outbox) == 1 and secret in mail.outbox[0].body and mail.outbox[0].to == ["siti@example.org"]


def test_tracking_answers_being_processed_until_the_report_is_built(queued, area):
    client = APIClient()
    body = client.post(SUBMIT, _payload(area), format="json").json()
    code, secret = body["code"], body["secret"]
    track = f"/api/v1/track/reports/{code}/"
    pending = client.get(track, HTTP_X_TRACKING_SECRET=secret)
    assert pending.status_code == 202
    assert pending.json()["processing"] is True and "sedang diproses" in pending.json()["detail"]
    assert client.get(track, HTTP_X_TRACKING_SECRET="AAAA-BBBB").status_code == 404  # the secret still counts
    reply = client.post(f"{track}reply/", {"text": "Tambahan: sudah ada yang jatuh."}, format="json",
                        HTTP_X_TRACKING_SECRET=secret)  # fmt: skip
    assert reply.status_code == 409 and "sedang diproses" in reply.json()["detail"]
    web = Client().post("/lapor/lacak/", {"code": code, "secret": secret})
    assert web.status_code == 200 and "sedang diproses" in web.content.decode()
    assert "salah" not in web.content.decode()

    _run_queued_tasks()
    assert client.get(track, HTTP_X_TRACKING_SECRET=secret).status_code == 200
    assert Client().post("/lapor/lacak/", {"code": code, "secret": secret}).status_code == 302


def test_a_retried_submission_returns_the_same_code_while_pending_and_after(queued, area):
    client = APIClient()
    first = client.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="retry-1")
    again = client.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="retry-1")
    assert first.status_code == 202 and again.status_code == 200
    assert again.json() == {**first.json(), "secret": None, "created": False}
    assert PendingReport.objects.count() == 1 and len(_builds()) == 1
    _run_queued_tasks()
    built = client.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="retry-1")
    assert built.status_code == 200
    assert built.json() == {"code": first.json()["code"], "secret": None, "created": False, "processing": False,
                            "status": "diterima"}  # fmt: skip
    assert Report.objects.filter(code=first.json()["code"]).count() == 1


def test_invalid_submissions_are_refused_before_anything_is_queued(queued, area):
    response = APIClient().post(SUBMIT, _payload(area, text="pendek", consent=False), format="json")
    errors = response.json()["errors"]
    assert response.status_code == 400 and "text" in errors and "consent" not in errors  # consent: issue #18
    assert not PendingReport.objects.exists() and not _builds()


def test_attachments_take_the_synchronous_path(queued, area):
    response = APIClient().post(SUBMIT, {**_payload(area), "files": [png_upload()]}, format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["processing"] is False and response.json()["status"] == "diterima"
    assert Report.objects.get(code=response.json()["code"]).attachments.count() == 1
    assert not PendingReport.objects.exists()


def test_inline_jobs_build_at_once(area):
    """The suite's default (PINTU_JOBS_SYNC): the task runs in the request, the answer is the built report."""
    response = APIClient().post(SUBMIT, _payload(area), format="json")
    assert response.status_code == 201
    assert response.json()["processing"] is False and Report.objects.filter(code=response.json()["code"]).exists()


def test_the_sweep_builds_what_a_lost_task_left_and_leaves_young_rows_to_their_task(queued, area):
    client = APIClient()
    code = client.post(SUBMIT, _payload(area), format="json").json()["code"]
    OrmQ.objects.filter(pk__in=[t.pk for t in _builds()]).delete()  # the task is lost (say, a crash before it)
    assert builder.build_stale_pending(timezone.now()) == 0  # too young: its task may still come
    later = timezone.now() + builder.STALE_AFTER + datetime.timedelta(seconds=1)
    assert builder.build_stale_pending(later) == 1
    assert Report.objects.filter(code=code).exists() and not PendingReport.objects.exists()


def test_a_failing_build_keeps_the_row_with_its_error_and_stops_after_the_limit(queued, area):
    code = APIClient().post(SUBMIT, _payload(area), format="json").json()["code"]
    row = PendingReport.objects.get(code=code)
    PendingReport.objects.filter(pk=row.pk).update(payload="not json")  # stands for any cause of failure
    with pytest.raises(ValueError):
        builder.build_pending(row.pk)
    row.refresh_from_db()
    assert row.attempts == 1 and "JSONDecodeError" in row.last_error
    assert not Report.objects.filter(code=code).exists()
    PendingReport.objects.filter(pk=row.pk).update(attempts=builder.MAX_ATTEMPTS)
    later = timezone.now() + builder.STALE_AFTER * 2
    assert builder.build_stale_pending(later) == 0  # waits for an operator (Django admin)
    assert PendingReport.objects.get(pk=row.pk).attempts == builder.MAX_ATTEMPTS


def test_a_new_code_never_takes_one_a_pending_report_holds(queued, area, monkeypatch):
    code = APIClient().post(SUBMIT, _payload(area), format="json").json()["code"]
    draws = iter([code.rsplit("-", 1)[1], "ABCDE"])  # the first draw repeats the pending code, the second is free
    monkeypatch.setattr(base, "random_chars", lambda n: next(draws))
    assert base.new_code().endswith("-ABCDE")


@pytest.mark.django_db(transaction=True)
def test_two_workers_building_the_same_row_make_one_report(queued, area):
    if connection.vendor != "postgresql":
        pytest.skip("row locks (SELECT ... FOR UPDATE SKIP LOCKED) are PostgreSQL's; SQLite serialises writers")
    code = APIClient().post(SUBMIT, _payload(area), format="json").json()["code"]
    pk = PendingReport.objects.get(code=code).pk
    results, barrier = [], threading.Barrier(2)

    def worker():
        barrier.wait()
        try:
            results.append(builder.build_pending(pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results, key=str) == sorted([code, None], key=str)
    assert Report.objects.filter(code=code).count() == 1 and not PendingReport.objects.exists()


def test_one_drain_task_serves_a_burst_and_the_timer_takes_the_tail(queued, area):
    client = APIClient()
    codes = [client.post(SUBMIT, _payload(area, title=f"Jembatan {i}"), format="json").json()["code"] for i in range(3)]
    assert len(_builds()) == 1  # within WAKE_SECONDS one queued task stands for all three
    assert len(queued) == 1 and 0 < queued[0] <= accept.WAKE_SECONDS  # ... and one timer for what follows it
    assert _run_queued_tasks() == [3]
    assert Report.objects.filter(code__in=codes).count() == 3
    tail = client.post(SUBMIT, _payload(area), format="json").json()["code"]  # still inside the interval
    assert _builds() == [] and len(queued) == 1  # the armed timer covers it
    accept.fire_trailing()  # the timer fires at the end of the interval
    assert _run_queued_tasks() == [1]
    assert Report.objects.filter(code=tail).exists()
    assert builder.build_waiting() == 0  # what the minute schedule (pintu-intake) runs: nothing left


def test_a_row_that_cannot_be_read_does_not_block_the_others(queued, area):
    client = APIClient()
    bad = client.post(SUBMIT, _payload(area), format="json").json()["code"]
    good = client.post(SUBMIT, _payload(area, title="Jalan berlubang"), format="json").json()["code"]
    with connection.cursor() as cursor:  # e.g. encrypted under a key no longer in PINTU_FIELD_KEYS
        cursor.execute("UPDATE complaints_pendingreport SET payload = 'fernet:not-a-token' WHERE code = %s", [bad])
    assert builder.build_waiting() == 1
    assert Report.objects.filter(code=good).exists() and not Report.objects.filter(code=bad).exists()
    stuck = PendingReport.objects.only("attempts", "last_error").get(code=bad)
    assert stuck.attempts == 1 and "DecryptionError" in stuck.last_error


def test_the_catalogue_snapshot_serves_areas_until_it_expires(settings, area):
    settings.PINTU_CATALOGUE_SECONDS = 60
    catalogue.clear()
    try:
        kecamatan, desa = area
        assert catalogue.active_area(kecamatan.pk) == kecamatan
        Area.objects.filter(pk=desa.pk).update(active=False)
        assert catalogue.active_area(desa.pk) == desa  # the snapshot, for up to PINTU_CATALOGUE_SECONDS
        catalogue.clear()  # = the snapshot expired
        assert catalogue.active_area(desa.pk) is None
        for wrong in ("1", True, 0, -3, 2**40, None):
            assert catalogue.active_area(wrong) is None and catalogue.active_category(wrong) is None
    finally:
        catalogue.clear()


@pytest.mark.django_db(transaction=True)
def test_the_trailing_timer_really_queues_a_drain_task(settings, monkeypatch, area):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setattr(accept, "_last_wake", 0.0)
    monkeypatch.setattr(accept, "_trailing", None)
    monkeypatch.setattr(accept, "WAKE_SECONDS", 0.3)
    client = APIClient()
    for i in range(2):
        assert client.post(SUBMIT, _payload(area, title=f"Jembatan {i}"), format="json").status_code == 202
    assert len(_builds()) == 1
    timer = accept._trailing
    assert timer is not None
    timer.join(5)
    assert len(_builds()) == 2 and accept._trailing is None
    assert sum(_run_queued_tasks()) == 2 and PendingReport.objects.count() == 0


def test_acceptance_draws_again_when_a_report_or_a_pending_row_holds_the_code(queued, area, report, monkeypatch):
    client = APIClient()
    pending = client.post(SUBMIT, _payload(area), format="json").json()["code"]
    draws = iter([report.code, pending, "LPR-2026-FRESH"])  # a built report's code, a pending one's, a free one
    monkeypatch.setattr(accept, "random_code", lambda: next(draws))
    response = client.post(SUBMIT, _payload(area, title="Lampu padam"), format="json")
    assert response.status_code == 202 and response.json()["code"] == "LPR-2026-FRESH"
    assert PendingReport.objects.filter(code="LPR-2026-FRESH").count() == 1
