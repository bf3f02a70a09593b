"""Fixtures of every PPID slice's tests: media in a temporary folder, agencies, API clients, register rows
(the data itself: tests/factories/ppid.py)."""

import pytest

from pintu.agencies.models import Agency
from pintu.ppid.registers import services
from tests.api.conftest import anon, client_for  # noqa: F401 (fixtures of the API tests in the slices)
from tests.factories.ppid import dik_fields, dip_fields


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def agency(demo):
    return lambda code: Agency.objects.get(code=code)


@pytest.fixture
def draft_item(user_named, agency):
    def make(username="ppid.pupr", code="PUPR", **overrides):
        return services.draft_dip_item(user_named(username), agency(code), **dip_fields(**overrides))

    return make


@pytest.fixture
def published_item(draft_item, user_named):
    def make(**overrides):
        return services.publish_dip_item(user_named("ppid.utama"), draft_item(**overrides))

    return make


@pytest.fixture
def dik_item(user_named, agency):
    def make(username="ppid.pupr", code="PUPR", decide=False, **overrides):
        item = services.draft_dik_item(user_named(username), agency(code), **dik_fields(**overrides))
        if decide:
            item = services.decide_dik_item(user_named("ppid.utama"), item, "Kepala Diskominfo, PPID Utama")
        return item

    return make
