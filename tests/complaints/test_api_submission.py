"""A citizen's report through the API: stored in the request through the one intake path (submit_report).

The queue runs for real here (django-q2's ORM broker): the `queued` fixture turns off the inline mode the test
suite uses elsewhere, so the test sees what is done in the request and what is left to the worker (the e-mail).
"""

import pytest
from django.core import mail
from django.utils.module_loading import import_string
from django_q.conf import Conf
from django_q.models import OrmQ
from rest_framework.test import APIClient

from pintu.audit.models import AuditEntry
from pintu.cases.tracking import secret_matches
from pintu.complaints.models import Channel, Report
from pintu.history.models import Event
from tests.api.conftest import png_upload

SUBMIT = "/api/v1/reports/submit/"


@pytest.fixture
def queued(settings, monkeypatch):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr(Conf, "SYNC", False)


def _payload(area, **extra):
    kecamatan, desa = area
    return {
        "title": "Jembatan kayu lapuk", "text": "Papan jembatan kayu di dusun dua lapuk dan berlubang, berbahaya.",
        "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Siti Aminah", "email": "siti@example.org",
        "nik": "1610014101900001", "consent": True, **extra,
    }  # fmt: skip


def _run_queued_tasks() -> None:
    """Play the worker: run every queued task once, as qcluster would."""
    for task in OrmQ.objects.all():
        import_string(task.task["func"])(*task.task["args"], **task.task["kwargs"])
        task.delete()


def test_the_api_stores_the_report_in_the_request(queued, area):
    response = APIClient().post(SUBMIT, _payload(area), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["processing"] is False and body["status"] == "diterima" and body["created"] is True
    report = Report.objects.get(code=body["code"])
    assert report.channel == Channel.API and report.contact.name == "Siti Aminah"
    assert report.contact.nik == "1610014101900001"
    assert secret_matches(report, body["secret"])
    assert Event.objects.filter(case_type="report", case_id=report.pk, kind="submitted").count() == 1
    assert AuditEntry.objects.filter(target_type="complaints.report", target_id=str(report.pk)).exists()
    tracked = APIClient().get(f"/api/v1/track/reports/{report.code}/", HTTP_X_TRACKING_SECRET=body["secret"])
    assert tracked.status_code == 200  # trackable at once
    _run_queued_tasks()  # the e-mail is a task of its own
    assert len(mail.outbox) == 1 and body["secret"] in mail.outbox[0].body
    assert mail.outbox[0].to == ["siti@example.org"]


def test_a_retried_submission_returns_the_same_code(area):
    client = APIClient()
    first = client.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="retry-1")
    again = client.post(SUBMIT, _payload(area), format="json", HTTP_IDEMPOTENCY_KEY="retry-1")
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == {**first.json(), "secret": None, "created": False}
    assert again.json() == {"code": first.json()["code"], "secret": None, "created": False, "processing": False,
                            "status": "diterima"}  # fmt: skip
    assert Report.objects.filter(code=first.json()["code"]).count() == 1


def test_invalid_submissions_are_refused_and_nothing_is_stored(queued, area):
    response = APIClient().post(SUBMIT, _payload(area, text="pendek", kecamatan=0), format="json")
    assert response.status_code == 400 and set(response.json()["errors"]) >= {"text", "kecamatan"}
    assert not Report.objects.exists()


def test_attachments_take_the_same_path(queued, area):
    response = APIClient().post(SUBMIT, {**_payload(area), "files": [png_upload()]}, format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["processing"] is False and response.json()["status"] == "diterima"
    assert Report.objects.get(code=response.json()["code"]).attachments.count() == 1


@pytest.mark.parametrize("wrong", ["1", True, -3, 2**40])
def test_an_area_id_that_is_not_an_active_area_is_refused(area, wrong):
    response = APIClient().post(SUBMIT, _payload(area, desa=wrong), format="json")
    assert response.status_code == 400 and "desa" in response.json()["errors"]
    assert not Report.objects.exists()


def test_a_deactivated_desa_is_refused_at_once(area):
    _kecamatan, desa = area
    type(desa).objects.filter(pk=desa.pk).update(active=False)
    response = APIClient().post(SUBMIT, _payload(area), format="json")
    assert response.status_code == 400 and "desa" in response.json()["errors"]
