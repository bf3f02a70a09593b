"""The task queue holds ids only (issue #15): e-mail goes through the encrypted outbox, the worker renders it,
a failure leaves no address behind, successful results are not kept, and only superusers see django-q's pages.

The queue runs as in production here where it matters (`queued`): django-q's own worker and monitor store
what qcluster would store. The mail server is the one fake: a backend that refuses, quoting the address as
a real SMTP refusal does."""

import datetime
import smtplib

import django_q.monitor
import django_q.worker
import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import OrmQ, Schedule, Task
from django_q.signing import SignedPackage
from django_q.tasks import _sync as run_like_the_worker

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.jobs.sweeps import run_sweeps
from pintu.notifications import tasks
from pintu.notifications.models import OutgoingMail
from pintu.notifications.services import Recipient, notify
from tests.privacy.conftest import make_report

pytestmark = pytest.mark.django_db
ADDRESS = "penerima.uji@contoh-antrean.id"


class RefusingBackend(BaseEmailBackend):
    """A mail server that refuses every recipient and says which (smtplib's own error)."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"5.1.1 no such user")})


@pytest.fixture
def queued(settings, monkeypatch):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr(Conf, "SYNC", False)
    for module in (django_q.worker, django_q.monitor):  # keep the test's transaction (see test_database_scan)
        monkeypatch.setattr(module, "close_old_django_connections", lambda: None)


def run_queue() -> None:
    for row in OrmQ.objects.order_by("pk"):
        run_like_the_worker(row.payload)
        row.delete()


def stored_text() -> str:
    """Everything django-q keeps: queued packages (opened) and task rows, as one text."""
    parts = [repr(SignedPackage.loads(row.payload)) for row in OrmQ.objects.all()]
    parts += [repr((t.func, t.args, t.kwargs, t.result)) for t in Task.objects.all()]
    return "\n".join(parts)


def raw_columns(table: str, columns: str, pk: int) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} WHERE id = %s", [pk])  # noqa: S608 (test constants)
        return cursor.fetchone()


def test_the_queued_task_carries_the_outbox_id_only_and_the_row_is_encrypted(demo, queued):
    report = make_report(email=ADDRESS)
    (package,) = [SignedPackage.loads(row.payload) for row in OrmQ.objects.all()]
    (queued_mail,) = OutgoingMail.objects.all()
    assert package["func"] == "pintu.notifications.tasks.send_queued_mail"
    assert package["args"] == (queued_mail.pk,) and package["kwargs"] == {} and package["save"] is False
    recipient, context = raw_columns("notifications_outgoingmail", "recipient, context", queued_mail.pk)
    assert recipient.startswith("fernet:") and context.startswith("fernet:")
    assert queued_mail.template == "report_submitted" and queued_mail.context["report"]["pk"] == report.pk
    assert ADDRESS not in stored_text() and report.code not in stored_text()

    run_queue()
    (sent,) = mail.outbox
    assert sent.to == [ADDRESS] and report.code in sent.subject
    assert report.code in sent.extra_headers["Message-ID"]  # a reply still threads back to the report
    assert not OutgoingMail.objects.exists()  # sent: nothing of it stays
    assert not Task.objects.exists()  # and django-q kept no result


def test_the_message_is_rendered_when_sent_in_the_recipients_language(demo, queued):
    report = make_report(email=ADDRESS)
    run_queue()
    mail.outbox.clear()
    notify([Recipient("reader@contoh-antrean.id", "en")], "own_cases", "report_update", {"report": report})
    Report.objects.filter(pk=report.pk).update(title="Judul yang diubah sebelum dikirim")
    run_queue()
    (sent,) = mail.outbox
    assert "Judul yang diubah sebelum dikirim" in sent.body  # read from the database at sending time
    assert "The status of the report" in sent.body and "See the progress:" in sent.body  # in English


def test_a_refused_mail_is_retried_then_given_up_without_leaving_the_address(demo, queued, settings):
    settings.EMAIL_BACKEND = "tests.privacy.test_task_queue.RefusingBackend"
    make_report(email=ADDRESS)
    (queued_mail,) = OutgoingMail.objects.all()
    package = OrmQ.objects.get().payload
    for attempt in range(1, settings.Q_CLUSTER["max_attempts"] + 1):
        run_like_the_worker(package)  # django-q keeps the failed task queued and runs it again after `retry`
        queued_mail.refresh_from_db()
        assert queued_mail.attempts == attempt
        failure = Task.objects.get()
        assert (
            failure.success is False and "MailNotSent" in failure.result and "SMTPRecipientsRefused" in failure.result
        )
        assert ADDRESS not in failure.result and "no such user" not in failure.result
        assert failure.args == (queued_mail.pk,)
    assert queued_mail.failed_at is not None and queued_mail.last_error == "SMTPRecipientsRefused"
    assert queued_mail.recipient == "" and queued_mail.context == {}  # given up: nothing about the person
    assert ADDRESS not in stored_text() and mail.outbox == []


def test_inline_tasks_keep_no_success_and_raise_without_the_address(demo, settings):
    make_report(email=ADDRESS)  # PINTU_JOBS_SYNC: the task ran inside the call
    assert len(mail.outbox) == 1 and not OutgoingMail.objects.exists() and not Task.objects.exists()
    settings.EMAIL_BACKEND = "tests.privacy.test_task_queue.RefusingBackend"
    with pytest.raises(tasks.MailNotSent) as raised:  # inline, django-q raises into the caller (as before)
        make_report(email=ADDRESS, title="Saluran air tersumbat")
    assert "SMTPRecipientsRefused" in str(raised.value) and ADDRESS not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__  # the refusal is not chained


def test_a_mail_about_a_case_that_is_gone_is_dropped(demo, queued):
    report = make_report(email=ADDRESS)
    Report.objects.filter(pk=report.pk).delete()
    run_queue()
    assert mail.outbox == [] and not OutgoingMail.objects.exists()


def test_the_sweep_gives_up_rows_whose_task_was_lost(demo, queued):
    make_report(email=ADDRESS)
    OrmQ.objects.all().delete()  # the task is lost
    (lost,) = OutgoingMail.objects.all()
    run_sweeps(timezone.now() + datetime.timedelta(days=1), names=["notifications.outbox"])
    lost.refresh_from_db()
    assert lost.failed_at is None  # not stale yet: its task may still come
    run_sweeps(timezone.now() + tasks.STALE_AFTER + datetime.timedelta(minutes=1), names=["notifications.outbox"])
    lost.refresh_from_db()
    assert lost.failed_at is not None and lost.recipient == "" and lost.context == {}
    run_sweeps(timezone.now() + tasks.KEEP_GIVEN_UP + datetime.timedelta(days=1), names=["notifications.outbox"])
    assert not OutgoingMail.objects.exists()


QUEUE_PAGES = ["/admin/django_q/ormq/", "/admin/django_q/success/", "/admin/django_q/failure/",
               "/admin/django_q/schedule/"]  # fmt: skip


def test_only_superusers_see_the_task_queue_pages(demo, client):
    Schedule.objects.create(func="pintu.jobs.tasks.run_all_sweeps", name="pintu-sweeps")
    sysadmin = User.objects.create_user("admin.sistem.biasa", password="x-uji-2026", is_staff=True)  # noqa: S106
    sysadmin.role_assignments.create(role=Role.SYSTEM_ADMIN, agency=Agency.objects.get(code="DISKOMINFO"))
    sysadmin.user_permissions.set(Permission.objects.filter(content_type__app_label="django_q"))  # every one
    client.force_login(sysadmin)
    for url in QUEUE_PAGES:
        assert client.get(url).status_code == 403, url
    index = client.get("/admin/")
    assert index.status_code == 200 and "django_q" not in index.content.decode()
    superuser = User.objects.filter(is_superuser=True).first()
    assert superuser is not None  # the demo's system admin is one
    client.force_login(superuser)
    for url in QUEUE_PAGES:
        assert client.get(url).status_code == 200, url


def test_the_outbox_page_shows_no_recipient_and_no_content(demo, client, queued):
    make_report(email=ADDRESS)  # queued: the acknowledgement waits in the outbox
    client.force_login(User.objects.filter(is_superuser=True).first())
    page = client.get("/admin/notifications/outgoingmail/")
    detail = client.get(f"/admin/notifications/outgoingmail/{OutgoingMail.objects.get().pk}/change/")
    assert page.status_code == detail.status_code == 200
    for response in (page, detail):
        body = response.content.decode()
        assert "report_submitted" in body and ADDRESS not in body and "fernet:" not in body
