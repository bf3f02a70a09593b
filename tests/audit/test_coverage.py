"""What gets audited: sensitive reads (identity reveal, identity documents), exports, every case event,
admin changes; and what the entries hold (ids and field names, never personal data)."""

import pytest
from django.urls import reverse

from pintu.accounts.models import User
from pintu.audit.models import AuditEntry
from pintu.audit.services import audit, client_ip
from pintu.complaints.models import Report
from pintu.complaints.services import admin as complaints_admin
from pintu.history.models import Event
from pintu.ppid.requests import services as ppid_services
from pintu.security.testing import mark_verified
from tests.privacy.conftest import make_report, make_request


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def signed_in(client, user):
    client.force_login(user)
    mark_verified(client, user)
    return client


def test_every_case_event_is_also_an_audit_entry_in_the_same_order(demo):
    report = make_report()
    events = list(Event.objects.for_case("report", report.pk).order_by("pk"))
    entries = list(AuditEntry.objects.filter(target_type="complaints.report", target_id=str(report.pk)))
    assert [e.action for e in entries] == [f"event.{e.kind}" for e in events]
    assert [e.details["event"] for e in entries] == [e.pk for e in events]


def test_revealing_an_anonim_identity_is_audited_without_the_identity(demo, user_named):
    report = make_report(name="Bambang Rahasia", email="bambang@example.com")
    Report.objects.filter(pk=report.pk).update(anonim=True)
    report.refresh_from_db()
    complaints_admin.reveal_identity(report, user=user_named("admin.kominfo"), reason="Ancaman keselamatan")
    entry = AuditEntry.objects.get(action="identity.reveal")
    assert entry.actor_username == "admin.kominfo" and entry.target_id == str(report.pk)
    assert "Bambang" not in str(entry.details) and "bambang@" not in str(entry.details)


def test_opening_an_identity_document_is_audited_with_ip_and_user_agent(client, demo, user_named):
    from pintu.agencies.models import Agency

    info = ppid_services.assign_request(user_named("ppid.utama"), make_request(), Agency.objects.get(code="PUPR"))
    signed_in(client, user_named("ppid.pupr"))
    url = reverse("ppid:staff_request_identity_file", args=[info.pk, "identity"])
    response = client.get(url, HTTP_USER_AGENT="Firefox/140", REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="identity_file.open")
    assert (entry.actor_username, entry.target_type, entry.target_id) == ("ppid.pupr", "ppid.informationrequest",
                                                                           str(info.pk))  # fmt: skip
    assert (entry.ip, entry.user_agent, entry.details["file"]) == ("10.1.2.3", "Firefox/140", "identity")


def test_register_exports_are_audited(client, demo, user_named):
    make_request()
    signed_in(client, user_named("ppid.utama"))
    assert client.get(reverse("ppid:staff_requests_csv")).status_code == 200
    entry = AuditEntry.objects.get(action="export.requests")
    assert entry.details == {"format": "csv", "rows": 1} and entry.actor_username == "ppid.utama"


def test_admin_changes_are_audited_with_field_names_only(rf, demo):
    """Exactly what a ModelAdmin does after saving a change form (log_change), without the form itself."""
    from django.contrib.admin.sites import site

    root = User.objects.create_superuser("root.audit", "root@example.org", "sandi-root-2026")
    target = User.objects.create_user("warga.lain", full_name="Nama Baru", password="x-2026-sandi")
    request = rf.post("/admin/", REMOTE_ADDR="10.9.9.9")
    request.user = root
    site._registry[User].log_change(request, target, [{"changed": {"fields": ["full_name", "phone"]}}])
    entry = AuditEntry.objects.get(action="admin.change")
    assert (entry.actor_username, entry.target_type, entry.target_id) == ("root.audit", "accounts.user", str(target.pk))
    assert entry.details["flag"] == "change" and entry.details["fields"] == ["full_name", "phone"]
    assert "Nama Baru" not in str(entry.details)


def test_bulk_admin_deletions_are_audited_one_entry_per_object(demo):
    from django.contrib.admin.models import DELETION, LogEntry

    root = User.objects.create_superuser("root.bulk", "root@example.org", "sandi-root-2026")
    doomed = [User.objects.create_user(f"hapus.{n}") for n in range(3)]
    LogEntry.objects.log_actions(root.pk, doomed, DELETION)
    entries = AuditEntry.objects.filter(action="admin.change", details__flag="delete")
    assert sorted(e.target_id for e in entries) == sorted(str(u.pk) for u in doomed)


def test_citizen_actors_are_kept_by_id_only(demo):
    citizen = User.objects.create_user("citizen.only", email="c@example.org")
    entry = audit("test.citizen", actor=citizen)
    assert (entry.actor_id, entry.actor_username) == (citizen.pk, "")


def test_client_ip_trusts_forwarded_for_only_behind_configured_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    settings.PINTU_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.9"
    settings.PINTU_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.7"  # the address our proxy saw, not what the client wrote
    settings.PINTU_TRUSTED_PROXY_COUNT = 3
    assert client_ip(request) == "10.0.0.9"  # fewer hops than proxies: someone is lying, use the socket
