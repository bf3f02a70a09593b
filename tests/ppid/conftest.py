"""Fixtures of every PPID slice's tests: media in a temporary folder, agencies, API clients, register rows
(the data itself: tests/factories/ppid.py)."""

import pytest

from pintu.agencies.models import Agency
from pintu.ppid.registers import services
from tests.api.conftest import anon, client_for  # noqa: F401 (fixtures of the API tests in the slices)
from tests.factories.letters import decide_and_sign
from tests.factories.letters import letters_ready as ready
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
            item = services.seed_in_force(user_named("ppid.utama"), item, "Kepala Diskominfo, PPID Utama")
        return item

    return make


# --- official letters: decisions and extensions are signed letters (pintu.ppid.requests.decisions) -----------


@pytest.fixture(scope="session")
def letter_cert_store(tmp_path_factory):
    return tmp_path_factory.mktemp("ppid-letter-certificates")


@pytest.fixture
def letters_ready(demo, settings, letter_cert_store):
    """The demo's kop, numbering and signatories, with demo-CA certificates in a temporary directory."""
    return ready(settings, letter_cert_store)


@pytest.fixture
def decide(letters_ready, user_named):
    """Decide `request` as `username` (a draft letter), then approve and sign it as `signer`: the decision in
    force. A delivering decision gets the form the information is held in unless told."""

    def make(username, request, decision, *, signer="ppid.utama", now=None, **values):
        return decide_and_sign(request, decision, drafter=user_named(username), signer=user_named(signer), now=now,
                               **values)  # fmt: skip

    return make


@pytest.fixture
def extend(letters_ready, user_named):
    """Extend (a draft extension notice) and sign it as `signer` (`now` for both)."""
    from pintu.ppid.requests import decisions

    def make(username, request, reason, days=7, *, signer="ppid.utama", now=None):
        decisions.extend(user_named(username), request, reason, days, now=now)
        request.refresh_from_db()
        decisions.sign(user_named(signer), request, now=now)
        request.refresh_from_db()
        return request

    return make
