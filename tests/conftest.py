"""Shared fixtures: the Ogan Ilir demo data and its accounts."""

import pytest
from django.conf import settings
from django.utils import translation

from pintu.accounts.models import User
from pintu.demo.loader import load_demo


@pytest.fixture
def demo(db):
    """The full demo: areas, agencies, categories, calendars 2025-2027, one account per role."""
    load_demo()


@pytest.fixture
def user_named(demo):
    def get(username: str) -> User:
        return User.objects.get(username=username)

    return get


@pytest.fixture(autouse=True)
def _official_language_after_each_test():
    """A request in English leaves English active in the thread; start every test from the default."""
    yield
    translation.activate(settings.LANGUAGE_CODE)
