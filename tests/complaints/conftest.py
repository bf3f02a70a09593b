"""Fixtures for the complaint service: a submitted report and the demo officers (tests/factories/complaints.py)."""

import pytest

from pintu.agencies.models import Agency
from pintu.complaints.services.intake import submit_report
from tests.factories import complaints as factories


@pytest.fixture
def area(demo):
    kecamatan = factories.kecamatan()
    return kecamatan, factories.desa(kecamatan)


@pytest.fixture
def agency(demo):
    return lambda code: Agency.objects.get(code=code)


@pytest.fixture
def draft(demo):
    """draft(**overrides): a complete ReportDraft (factories.report_draft)."""
    return factories.report_draft


@pytest.fixture
def submit(demo):
    """submit(**overrides): submit_report of a complete draft; its mails stay in the outbox."""

    def make(**overrides):
        return submit_report(factories.report_draft(**overrides))

    return make


@pytest.fixture
def report(demo):
    return factories.make_report()
