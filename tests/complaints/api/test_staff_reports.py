"""Staff report endpoints: who may see what (401, 403, 404), the inbox's order and filters, revealing an
anonim reporter, CSRF on session writes."""

import pytest

from pintu.complaints.models import Report
from pintu.complaints.services import admin
from pintu.history.models import Event
from tests.factories.complaints import ADMIN, BUPATI, DINKES, KEPALA_PUPR, PUPR, WARGA


def url(report, action=""):
    return f"/api/v1/staff/reports/{report.code}/" + (f"{action}/" if action else "")


def test_anonymous_gets_401_and_citizens_403(anon, client_for, report):
    assert anon.get("/api/v1/staff/reports/").status_code == 401
    assert anon.get("/api/v1/staff/reports/").json()["detail"]
    assert client_for(WARGA).get("/api/v1/staff/reports/").status_code == 403
    assert client_for(WARGA).post(url(report, "verify"), {}, format="json").status_code == 403


def test_other_agency_sees_404_and_read_only_roles_get_403(client_for, report, user_named, agency):
    report = admin.disposition(report, user=user_named(ADMIN), agency=agency("PUPR"))
    assert client_for(DINKES).get(url(report)).status_code == 404
    assert client_for(DINKES).post(url(report, "accept"), {}, format="json").status_code == 404
    kepala = client_for(KEPALA_PUPR)
    assert kepala.get(url(report)).status_code == 200
    refused = kepala.post(url(report, "accept"), {}, format="json")
    assert refused.status_code == 403 and refused.json()["detail"] == "Anda hanya dapat melihat laporan ini."
    assert client_for(BUPATI).post(url(report, "verify"), {}, format="json").status_code == 403
    # an OPD may never verify (403); an admin action not possible now is a 400
    assert client_for(PUPR).post(url(report, "verify"), {}, format="json").status_code == 403
    assert client_for(ADMIN).post(url(report, "verify"), {}, format="json").status_code == 400


def test_reveal_identity_is_admin_only_and_logged(client_for, submit):
    report = submit(privacy="anonim", name="Rahasia Sekali").report
    admin_api = client_for(ADMIN)
    assert admin_api.get(url(report)).json()["contact"]["hidden"] is True
    missing = admin_api.post(url(report, "reveal-identity"), {}, format="json")
    assert missing.status_code == 400
    revealed = admin_api.post(url(report, "reveal-identity"), {"reason": "Dugaan ancaman."}, format="json")
    assert revealed.status_code == 200 and revealed.json()["contact"]["name"] == "Rahasia Sekali"
    assert revealed["Cache-Control"] == "private, no-store"
    assert Event.objects.filter(case_id=report.pk, kind="identity_revealed", visibility="internal").count() == 1
    assert client_for(BUPATI).post(url(report, "reveal-identity"), {"reason": "x"}, format="json").status_code == 403


@pytest.mark.parametrize("page_size", [2])
def test_inbox_cursor_pagination_is_due_first_and_complete(client_for, submit, user_named, agency, page_size):
    reports = [submit().report for _ in range(5)]
    for r in reports[:2]:
        admin.disposition(r, user=user_named(ADMIN), agency=agency("PUPR"))  # resets to a later clock
    admin_api, seen, next_url = client_for(ADMIN), [], f"/api/v1/staff/reports/?page_size={page_size}"
    while next_url:
        page = admin_api.get(next_url).json()
        assert len(page["results"]) <= page_size
        seen += page["results"]
        next_url = page["next"]
    assert sorted(r["code"] for r in seen) == sorted(r.code for r in reports)  # nothing lost, nothing twice
    keys = [(r["current_due"] or "9999-12-31", Report.objects.get(code=r["code"]).pk) for r in seen]
    assert keys == sorted(keys)
    only_pupr = admin_api.get("/api/v1/staff/reports/?agency=PUPR").json()["results"]
    assert {r["code"] for r in only_pupr} == {r.code for r in reports[:2]}
    assert admin_api.get("/api/v1/staff/reports/?overdue=true").json()["results"] == []


def test_session_authentication_enforces_csrf(user_named, report):
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(user_named(ADMIN))
    assert client.get(url(report)).status_code == 200
    refused = client.post(url(report, "verify"), {}, format="json")
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
