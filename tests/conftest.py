"""Shared fixtures: the Ogan Ilir demo data and its accounts."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from pintu.accounts.models import User
from tests import demo_snapshot

# Property tests assert results, never speed: on a 2-core CI machine shared by two test processes a
# generated example may take longer than Hypothesis's 200 ms deadline or trip its "too slow" health
# check without anything being wrong. Tests that set their own settings still override these.
hypothesis_settings.register_profile("pintu", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("pintu")


@pytest.fixture(scope="session")
def _demo_recorded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        demo_snapshot.record()


@pytest.fixture
def demo(_demo_recorded, db):
    """The full demo: areas, agencies, categories, calendars 2025-2027, one account per role.

    The rows `load_demo()` writes, recorded once per test process and copied into this test when that
    gives the same database (tests/demo_snapshot.py), else a real `load_demo()`."""
    demo_snapshot.load()


@pytest.fixture(scope="session", autouse=True)
def _media_root_of_this_process(tmp_path_factory):
    """Uploaded files of tests that set no MEDIA_ROOT of their own go to this process's temporary
    directory, never to var/media: parallel test processes (pytest-xdist) must not share one."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture
def user_named(demo):
    def get(username: str) -> User:
        return User.objects.get(username=username)

    return get


@pytest.fixture(autouse=True)
def _test_logins_pass_second_factor(monkeypatch):
    """`client.force_login` / `client.login` mean "fully signed in": for roles that need a second factor
    the session also counts as verified (pintu.security.testing). tests/security_auth walks the real
    password + code flow through the pages instead."""
    from django.contrib.auth import SESSION_KEY
    from django.test import Client

    from pintu.security.testing import mark_verified

    force_login, login = Client.force_login, Client.login

    def force_login_verified(self, user, backend=None):
        force_login(self, user, backend)
        mark_verified(self, user)

    def login_verified(self, **credentials):
        ok = login(self, **credentials)
        if ok:
            mark_verified(self, User.objects.get(pk=self.session[SESSION_KEY]))
        return ok

    monkeypatch.setattr(Client, "force_login", force_login_verified)
    monkeypatch.setattr(Client, "login", login_verified)


@pytest.fixture(autouse=True)
def _no_page_fragments_from_another_test():
    """pintu.pagecache keeps rendered fragments in each process's memory, keyed by versions that live in
    the database cache; a test's rolled-back database can meet a version another test left there. The
    fragments go with the test (the tests of the cache itself: tests/site/test_pagecache.py)."""
    from django.core.cache import caches

    caches["pages"].clear()
    yield


@pytest.fixture(autouse=True)
def _official_language_after_each_test():
    """A request in English leaves English active in the thread; start every test from the default."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def phone_outbox():
    """A fake phone sender at the boundary (pintu.security.code_delivery): the messages it was given.

    The real WhatsApp/SMS senders register themselves the same way; each message is a PhoneCode."""
    from pintu.security.code_delivery import register_phone_sender

    sent = []
    previous = register_phone_sender(sent.append)
    yield sent
    register_phone_sender(previous)
