"""Fixtures of the complaint API's tests: the API clients (tests/api/conftest.py) beside the complaint
fixtures (tests/complaints/conftest.py: area, agency, draft, submit, report)."""

from tests.api.conftest import _isolated, anon, client_for  # noqa: F401 (fixtures)
