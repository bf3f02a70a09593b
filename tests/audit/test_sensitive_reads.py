"""Sensitive reads are audited with the reader's address and user agent (docs/security.md, Appendix B):
revealing an anonim reporter through the staff page and the API, and every opening of a KTP scan, by staff
(page and API) and by the requester (page and API)."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.apikit.models import issue_token
from pintu.audit.models import AuditEntry
from pintu.complaints.models import Report
from pintu.ppid.requests import services as ppid_services
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.services import hash_secret
from tests.privacy.conftest import make_report, make_request

pytestmark = pytest.mark.django_db
CLIENT = {"REMOTE_ADDR": "10.20.30.40", "HTTP_USER_AGENT": "Mozilla/5.0 (Uji) Firefox/140"}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def api_as(user) -> APIClient:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {issue_token(user)[1]}")
    return api


def only_entry(action: str) -> AuditEntry:
    (entry,) = AuditEntry.objects.filter(action=action)
    return entry


@pytest.fixture
def anonim(demo) -> Report:
    report = make_report(name="Bambang Rahasia", email="bambang@example.com")
    Report.objects.filter(pk=report.pk).update(anonim=True)
    report.refresh_from_db()
    return report


def test_revealing_on_the_staff_page_records_address_and_user_agent(client, anonim, user_named):
    client.force_login(user_named("admin.kominfo"))
    url = reverse("complaints:staff_action", args=[anonim.code, "reveal"])
    response = client.post(url, {"reason": "Ancaman keselamatan pelapor."}, **CLIENT)
    assert response.status_code == 200 and "bambang@example.com" in response.content.decode()
    entry = only_entry("identity.reveal")
    assert (entry.ip, entry.user_agent) == ("10.20.30.40", CLIENT["HTTP_USER_AGENT"])
    assert entry.actor_username == "admin.kominfo" and entry.target_id == str(anonim.pk)


def test_revealing_through_the_api_records_address_and_user_agent(anonim, user_named):
    api = api_as(user_named("admin.kominfo"))
    url = f"/api/v1/staff/reports/{anonim.code}/reveal-identity/"
    response = api.post(url, {"reason": "Dugaan ancaman."}, format="json", **CLIENT)
    assert response.status_code == 200
    entry = only_entry("identity.reveal")
    assert (entry.ip, entry.user_agent) == ("10.20.30.40", CLIENT["HTTP_USER_AGENT"])


@pytest.fixture
def assigned(demo, user_named) -> InformationRequest:
    return ppid_services.assign_request(user_named("ppid.utama"), make_request(), Agency.objects.get(code="PUPR"))


def test_staff_opening_a_ktp_scan_through_the_api_records_address_and_user_agent(assigned, user_named):
    api = api_as(user_named("ppid.pupr"))
    response = api.get(f"/api/v1/staff/ppid/requests/{assigned.pk}/identity/identity/", **CLIENT)
    assert response.status_code == 200 and response.content.startswith(b"\x89PNG")
    entry = only_entry("identity_file.open")
    assert (entry.ip, entry.user_agent, entry.actor_username) == ("10.20.30.40", CLIENT["HTTP_USER_AGENT"], "ppid.pupr")


def test_the_requester_opening_the_own_ktp_scan_is_recorded_the_same_way(client, assigned):
    InformationRequest.objects.filter(pk=assigned.pk).update(secret_hash=hash_secret("ABCD-EFGH"))
    proved = client.post(reverse("ppid:request_track"), {"number": assigned.number, "secret": "ABCD-EFGH"})
    assert proved.status_code == 302
    response = client.get(reverse("ppid:request_identity_file", args=[assigned.slug, "identity"]), **CLIENT)
    assert response.status_code == 200
    entry = only_entry("identity_file.open")
    assert (entry.ip, entry.user_agent, entry.actor_id) == ("10.20.30.40", CLIENT["HTTP_USER_AGENT"], None)
    api = APIClient()
    url = f"/api/v1/track/ppid/requests/{assigned.slug}/identity/identity/"
    assert api.get(url, HTTP_X_TRACKING_SECRET="ABCD-EFGH", **CLIENT).status_code == 200
    entries = AuditEntry.objects.filter(action="identity_file.open")
    assert entries.count() == 2 and {(e.ip, e.user_agent) for e in entries} == {
        ("10.20.30.40", CLIENT["HTTP_USER_AGENT"])
    }
