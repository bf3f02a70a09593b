"""Fixtures for information requests: a PNG "KTP", a draft, a filed request at each stage (tests/factories/ppid)."""

import pytest

from pintu.ppid.requests import intake, services
from tests.factories.ppid import ktp as a_ktp
from tests.factories.ppid import make_draft


@pytest.fixture
def ktp():
    return a_ktp()


@pytest.fixture
def draft(ktp):
    return lambda **overrides: make_draft(ktp, **overrides)


@pytest.fixture
def filed(draft):
    """A request submitted on the web (optionally received at a fixed time)."""

    def make(received_at=None, **overrides):
        d = draft(**overrides)
        d.received_at = received_at
        return intake._submit(d).request

    return make


@pytest.fixture
def assigned(filed, user_named, agency):
    def make(code="PUPR", **kw):
        return services.assign_request(user_named("ppid.utama"), filed(**kw), agency(code))

    return make
