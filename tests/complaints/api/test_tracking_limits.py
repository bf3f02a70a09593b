"""Tracking secrets cannot be guessed faster through the API than through the web form."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_tracking(settings):
    settings.PINTU_RATES = {
        **settings.PINTU_RATES,
        "tracking": {"ip": "100/h", "identity": "3/h"},
    }


def test_wrong_secrets_for_one_code_are_limited_from_any_address(anon, submit, tight_tracking):
    result = submit()
    url = f"/api/v1/track/reports/{result.report.code}/"
    for n in range(3):  # three failures from three addresses
        wrong = anon.get(url, HTTP_X_TRACKING_SECRET="AAAA-BBBB", REMOTE_ADDR=f"10.0.0.{n + 1}")
        assert wrong.status_code == 404
    blocked = anon.get(url, HTTP_X_TRACKING_SECRET=result.secret, REMOTE_ADDR="10.0.0.9")
    assert blocked.status_code == 429
    assert "Retry-After" in blocked


def test_successful_lookups_do_not_count(anon, submit, tight_tracking):
    result = submit()
    url = f"/api/v1/track/reports/{result.report.code}/"
    for _ in range(6):
        assert anon.get(url, HTTP_X_TRACKING_SECRET=result.secret).status_code == 200


def test_the_address_limit_counts_failures_on_any_code(anon, submit, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"ip": "2/h", "identity": "100/h"}}
    result = submit()
    for code in ("LPR-2026-AAAAA", "LPR-2026-BBBBB"):
        assert anon.get(f"/api/v1/track/reports/{code}/", HTTP_X_TRACKING_SECRET="X").status_code == 404
    assert anon.get(f"/api/v1/track/reports/{result.report.code}/",
                    HTTP_X_TRACKING_SECRET=result.secret).status_code == 429  # fmt: skip
