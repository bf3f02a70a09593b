"""The signed-in person's own account through the API: summary, export, erasure, e-mail preferences, and a
guest reporter erasing their identity from one report. Same services and audit entries as the web pages."""

import io
import json
import zipfile

import pytest
from django.core import mail
from rest_framework.test import APIClient

from pintu.accounts.models import User
from pintu.apikit.models import issue_token
from pintu.audit.models import AuditEntry
from pintu.complaints.models import ReporterContact
from pintu.history.models import Event
from pintu.notifications.models import Preference
from tests.api.conftest import ADMIN, PUPR
from tests.privacy.conftest import NIK, PASSWORD, Citizen, make_report, make_request

ME, EXPORT, ERASE, PREFS = "/api/v1/me/", "/api/v1/me/export/", "/api/v1/me/erase/", "/api/v1/me/notifications/"


@pytest.fixture
def citizen(demo, settings, tmp_path) -> Citizen:
    """A citizen account with one report and one information request (tests/privacy's citizen, simpler)."""
    user = User.objects.create_user("warga.siti", email="siti.aminah@example.com", password=PASSWORD,
                                    full_name="Siti Aminah", phone="+6281234567890")  # fmt: skip
    citizen = Citizen(user, make_report(user), make_request(user))
    mail.outbox.clear()
    return citizen


@pytest.fixture
def bystander(demo):
    """Someone else's report."""
    return make_report(None, name="Budi Santoso", email="budi.santoso@example.com", phone="0813-1111-2222",
                       nik=NIK[:-1] + "9", title="Lampu jalan mati")  # fmt: skip


def token_client(user) -> APIClient:
    _token, raw = issue_token(user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return client


def test_me_shows_own_counts_with_contact_masked(citizen, bystander, client_for):
    response = token_client(citizen.user).get(ME)
    assert response.status_code == 200
    body = response.json()
    assert body["username"] == "warga.siti" and body["email_masked"] == "s***@example.com"
    assert (body["report_count"], body["request_count"], body["objection_count"]) == (1, 1, 0)
    assert body["may_erase"] is True and "no-store" in response["Cache-Control"]
    assert citizen.email not in response.content.decode() and "81234567890" not in response.content.decode()
    staff = client_for(ADMIN).get(ME).json()
    assert staff["may_erase"] is False and staff["report_count"] == 0


def test_me_refuses_anonymous_callers(anon, demo):
    for method, url in (("get", ME), ("post", EXPORT), ("post", ERASE), ("get", PREFS), ("patch", PREFS)):
        response = getattr(anon, method)(url, {}, format="json")
        assert response.status_code == 401, (method, url)
        assert set(response.json()) == {"detail"}
    assert not AuditEntry.objects.filter(action__startswith="mydata.").exists()


def test_export_is_the_web_zip_of_own_data_and_audited(citizen, bystander):
    response = token_client(citizen.user).post(EXPORT, REMOTE_ADDR="10.7.7.7")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="data-saya-')
    assert "no-store" in response["Cache-Control"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("data.json"))
    assert [r["code"] for r in data["reports"]] == [citizen.report.code]
    assert data["reports"][0]["contact"]["nik"] == citizen.nik  # the subject's own data, decrypted
    assert bystander.code not in json.dumps(data) and "Budi" not in json.dumps(data)
    entry = AuditEntry.objects.get(action="mydata.export")
    assert entry.actor_id == citizen.user.pk and entry.ip == "10.7.7.7"
    assert entry.details == {"reports": 1, "information_requests": 1, "objections": 0, "files": 1}
    assert token_client(citizen.user).get(EXPORT).status_code == 405


def test_erase_asks_for_the_password_and_writes_nothing_when_wrong(citizen):
    client = token_client(citizen.user)
    events = Event.objects.count()
    refused = client.post(ERASE, {"password": "salah", "confirm": False}, format="json")
    assert refused.status_code == 400
    errors = refused.json()["errors"]
    assert errors["password"] == ["Kata sandi salah."] and "confirm" in errors
    assert User.objects.get(pk=citizen.user.pk).is_active
    assert ReporterContact.objects.get(report=citizen.report).name == citizen.name
    assert Event.objects.count() == events and not AuditEntry.objects.filter(action="mydata.erase").exists()


def test_officers_cannot_erase_their_account_here(demo, user_named, client_for):
    refused = client_for(PUPR).post(ERASE, {"password": "whatever", "confirm": True}, format="json")
    assert refused.status_code == 400
    assert refused.json()["detail"] == "Akun petugas tidak dapat dihapus di sini. Hubungi admin sistem."
    assert user_named(PUPR).is_active


def test_erase_through_the_service_revokes_the_token(citizen, bystander):
    client = token_client(citizen.user)
    mail.outbox.clear()
    done = client.post(ERASE, {"password": PASSWORD, "confirm": True}, format="json")
    assert done.status_code == 200, done.content
    assert done.json()["reports"] == 1 and done.json()["requests"] == 1
    user = User.objects.get(pk=citizen.user.pk)
    assert not user.is_active and user.email == ""
    assert ReporterContact.objects.get(report=citizen.report).name == "[dihapus]"
    assert ReporterContact.objects.get(report=bystander).name == "Budi Santoso"
    assert AuditEntry.objects.get(action="mydata.erase").actor_id == citizen.user.pk
    assert [m.to for m in mail.outbox] == [[citizen.email]]  # the confirmation, to the address captured before
    assert client.get(ME).status_code == 401  # the token died with the account


def test_erase_with_a_session_signs_out(citizen):
    client = APIClient()
    client.force_login(citizen.user)
    assert client.post(ERASE, {"password": PASSWORD, "confirm": True}, format="json").status_code == 200
    assert client.get(ME).status_code in (401, 403)


def test_notification_preferences_read_and_change_only_own_rows(citizen, user_named, client_for):
    client = token_client(citizen.user)
    assert client.get(PREFS).json() == {"own_cases": True, "assignments": True, "case_activity": True,
                                        "escalations": True, "system": True}  # fmt: skip
    changed = client.patch(PREFS, {"system": False, "escalations": False}, format="json")
    assert changed.status_code == 200
    assert changed.json()["system"] is False and changed.json()["escalations"] is True  # mandatory stays on
    assert set(Preference.objects.values_list("user_id", "topic", "email")) == {(citizen.user.pk, "system", False)}
    assert client_for(ADMIN).get(PREFS).json()["system"] is True  # another account: untouched


def test_notification_preferences_bad_input_writes_nothing(citizen):
    client = token_client(citizen.user)
    unknown = client.patch(PREFS, {"system": False, "sms": True}, format="json")
    assert unknown.status_code == 400
    assert unknown.json()["detail"] == "Topik pemberitahuan tidak dikenal: sms."
    partial_put = client.put(PREFS, {"system": False}, format="json")
    assert partial_put.status_code == 400 and "own_cases" in partial_put.json()["errors"]
    assert not Preference.objects.exists()
    full = {"own_cases": True, "assignments": False, "case_activity": False, "system": False}
    assert client.put(PREFS, full, format="json").json() == {**full, "escalations": True}


def test_guest_erases_identity_from_one_report_with_the_secret(anon, submit):
    result = submit()
    report, url = result.report, f"/api/v1/track/reports/{result.report.code}/erase/"
    mail.outbox.clear()
    assert anon.post(url, {"confirm": True}, format="json").status_code == 404  # no proof
    assert anon.post(url, {"confirm": True}, format="json", HTTP_X_TRACKING_SECRET="AAAA-BBBB").status_code == 404
    unconfirmed = anon.post(url, {}, format="json", HTTP_X_TRACKING_SECRET=result.secret)
    assert unconfirmed.status_code == 400 and list(unconfirmed.json()["errors"]) == ["confirm"]
    assert ReporterContact.objects.get(report=report).name == "Siti Aminah"
    done = anon.post(url, {"confirm": True}, format="json", HTTP_X_TRACKING_SECRET=result.secret)
    assert done.status_code == 200 and done.json()["code"] == report.code
    assert ReporterContact.objects.get(report=report).name == "[dihapus]"
    assert AuditEntry.objects.filter(action="mydata.erase_case", target_id=str(report.pk)).count() == 1
    assert [m.to for m in mail.outbox] == [["siti.aminah@example.com"]]


def test_report_erase_by_account_only_for_own_report(citizen, bystander, client_for):
    own = f"/api/v1/track/reports/{citizen.report.code}/erase/"
    assert token_client(citizen.user).post(f"/api/v1/track/reports/{bystander.code}/erase/", {"confirm": True},
                                           format="json").status_code == 404  # fmt: skip
    assert client_for(ADMIN).post(own, {"confirm": True}, format="json").status_code == 404  # staff: not the reporter
    assert ReporterContact.objects.get(report=bystander).name == "Budi Santoso"
    assert token_client(citizen.user).post(own, {"confirm": True}, format="json").status_code == 200
    assert AuditEntry.objects.get(action="mydata.erase_case").actor_id == citizen.user.pk


def test_web_page_and_api_share_the_preferences(citizen):
    from django.test import Client
    from django.urls import reverse

    web = Client()
    web.force_login(citizen.user)
    assert web.post(reverse("notifications:preferences"), {"own_cases": "on"}).status_code == 302
    assert token_client(citizen.user).get(PREFS).json() == {"own_cases": True, "assignments": False,
                                                            "case_activity": False, "escalations": True,
                                                            "system": False}  # fmt: skip
    token_client(citizen.user).patch(PREFS, {"own_cases": False}, format="json")
    form = web.get(reverse("notifications:preferences")).context["form"]
    assert form["own_cases"].initial is False
    # issue #16: the page offers a citizen only the topics that apply to citizens (officers' topics hidden)
    assert "system" not in form.fields and "assignments" not in form.fields
