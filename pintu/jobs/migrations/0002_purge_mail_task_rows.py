"""Purge the e-mail tasks django-q stored before issue #15.

Until then `pintu.jobs.tasks.send_email` was queued with the recipient's address and the whole message
(an acknowledgement carries the tracking secret) as its arguments, pickled in django-q's tables: the queue
(OrmQ), and up to 1,000 successful and every failed task (Task), readable in the Django admin. E-mail now
goes through pintu.notifications' outbox (the task carries an id only), so those rows are deleted, queued
ones included: stop the web processes and let the worker empty the queue before migrating, or mails still
queued are not sent (docs/operations.md). Not reversible: what is deleted is gone.
"""

from django.db import migrations
from django_q.signing import SignedPackage

MAIL_TASK = "pintu.jobs.tasks.send_email"


def purge(apps, schema_editor):
    OrmQ = apps.get_model("django_q", "OrmQ")
    Task = apps.get_model("django_q", "Task")
    queued = []
    for pk, payload in (
        OrmQ.objects.using(schema_editor.connection.alias).values_list("pk", "payload").iterator(chunk_size=500)
    ):
        try:
            func = SignedPackage.loads(payload).get("func")
        except Exception:  # signed under another SECRET_KEY: no worker can run it, and it may be a mail
            func = MAIL_TASK
        if func == MAIL_TASK:
            queued.append(pk)
    for start in range(0, len(queued), 500):
        OrmQ.objects.using(schema_editor.connection.alias).filter(pk__in=queued[start : start + 500]).delete()
    Task.objects.using(schema_editor.connection.alias).filter(func=MAIL_TASK).delete()


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_initial"), ("django_q", "0018_task_success_index")]

    operations = [migrations.RunPython(purge, migrations.RunPython.noop)]
