"""Contact e-mail and phone are encrypted at rest (issue #15), and the migration step for a column that becomes
encrypted (pintu.privacy.column_migration) encrypts what was stored before."""

from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from pintu.complaints.identity import contact_matches
from pintu.complaints.models import ReporterContact
from pintu.interop.models import Delivery
from pintu.interop.outbound.deliveries import queue
from pintu.ppid.requests.models import RequesterIdentity
from pintu.privacy.column_migration import encrypt_existing, fill_blind_index
from pintu.privacy.crypto import blind_index
from tests.privacy.conftest import make_report, make_request


def raw(table: str, columns: str, pk: int) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} WHERE id = %s", [pk])  # noqa: S608 (test constants)
        return cursor.fetchone()


def set_raw(table: str, assignments: dict, pk: int) -> None:
    columns = ", ".join(f"{name} = %s" for name in assignments)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {columns} WHERE id = %s", [*assignments.values(), pk])  # noqa: S608


def run_migration_step(app_label: str, model_name: str, fields: list[str], *, backwards: bool = False) -> None:
    """The encrypt_existing step a migration would hold, run on the test database."""
    step = encrypt_existing(app_label, model_name, fields)
    (step.reverse_code if backwards else step.code)(apps, SimpleNamespace(connection=connection))


def test_contacts_are_stored_encrypted_and_read_in_the_clear(demo):
    report, info = make_report(), make_request()
    contact = ReporterContact.objects.get(report=report)
    assert all(value.startswith("fernet:") for value in raw("complaints_reportercontact", "email, phone", contact.pk))
    identity = RequesterIdentity.objects.get(request=info)
    assert all(value.startswith("fernet:") for value in raw("ppid_requesteridentity", "email, phone", identity.pk))
    assert (contact.email, contact.phone) == ("siti.aminah@example.com", "+6281234567890")
    # inbound threading still recognises the sender (it compares after reading the report's own contact)
    assert contact_matches(report, email="SITI.AMINAH@example.com") and contact_matches(report, phone="+6281234567890")
    assert not contact_matches(report, email="orang.lain@example.com")


def test_the_migration_step_encrypts_plaintext_already_stored_and_reverses(demo):
    report = make_report()
    pk = ReporterContact.objects.get(report=report).pk
    set_raw("complaints_reportercontact", {"email": "lama@example.com", "phone": "+6281300001111"}, pk)
    step = ("complaints", "reportercontact", ["email", "phone"])
    run_migration_step(*step)
    email, phone = raw("complaints_reportercontact", "email, phone", pk)
    assert email.startswith("fernet:") and phone.startswith("fernet:")
    contact = ReporterContact.objects.get(pk=pk)
    assert (contact.email, contact.phone) == ("lama@example.com", "+6281300001111")
    run_migration_step(*step)  # again: what is encrypted already stays as it is
    assert raw("complaints_reportercontact", "email, phone", pk) == (email, phone)
    run_migration_step(*step, backwards=True)
    assert raw("complaints_reportercontact", "email, phone", pk) == ("lama@example.com", "+6281300001111")


def test_delivery_payloads_are_encrypted_as_a_whole(demo):
    payload = {"reporter": {"name": "Siti", "email": "siti.aminah@example.com"}, "n": [1, 2]}
    delivery = queue("subscriber", "webhook", payload, attempt_now=False)
    (stored,) = raw("interop_delivery", "payload", delivery.pk)
    assert stored.startswith("fernet:") and "siti" not in stored.lower()
    assert Delivery.objects.get(pk=delivery.pk).payload == payload
    set_raw("interop_delivery", {"payload": '{"reporter": {"email": "lama@example.com"}}'}, delivery.pk)
    run_migration_step("interop", "delivery", ["payload"])
    assert raw("interop_delivery", "payload", delivery.pk)[0].startswith("fernet:")
    assert Delivery.objects.get(pk=delivery.pk).payload == {"reporter": {"email": "lama@example.com"}}


def test_the_migration_fills_the_blind_index_of_phones_already_stored(demo):
    report = make_report()
    contact = ReporterContact.objects.get(report=report)
    set_raw("complaints_reportercontact", {"phone_index": ""}, contact.pk)
    step = fill_blind_index("complaints", "reportercontact", "phone")  # the step a migration would hold
    step.code(apps, SimpleNamespace(connection=connection))
    (index,) = raw("complaints_reportercontact", "phone_index", contact.pk)
    assert index == blind_index("+6281234567890")
