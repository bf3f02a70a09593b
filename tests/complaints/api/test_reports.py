"""The public register through the API: only public reports, never a map point or a reporter."""

from pintu.complaints.services import admin
from tests.factories.complaints import ADMIN


def test_public_list_and_detail_show_only_public_reports(anon, submit, user_named):
    waiting = submit().report  # not yet verified: not public
    secret = submit(privacy="rahasia").report
    public = submit().report
    for report in (secret, public):
        admin.verify(report, user=user_named(ADMIN))
    codes = {r["code"] for r in anon.get("/api/v1/reports/").json()["results"]}
    assert codes == {public.code}
    assert anon.get(f"/api/v1/reports/{waiting.code}/").status_code == 404
    assert anon.get(f"/api/v1/reports/{secret.code}/").status_code == 404
    detail = anon.get(f"/api/v1/reports/{public.code}/").json()
    assert [e["kind"] for e in detail["timeline"]] == ["submitted", "verify"]
    assert "contact" not in detail and "privacy" not in detail


def test_the_public_detail_has_no_map_point_but_the_reporter_sees_it(anon, submit, user_named):
    from decimal import Decimal

    result = submit(latitude=Decimal("-3.2431"), longitude=Decimal("104.6532"))
    admin.verify(result.report, user=user_named(ADMIN))
    public = anon.get(f"/api/v1/reports/{result.report.code}/").json()
    assert "latitude" not in public and "104.6532" not in str(public)
    own = anon.get(f"/api/v1/track/reports/{result.report.code}/", HTTP_X_TRACKING_SECRET=result.secret).json()
    assert own["longitude"] == "104.653200"
