"""Fixtures: the demo data plus generated reports and requests, facts rebuilt."""

from datetime import date

import pytest

from pintu.insights.facts import rebuild_all
from pintu.insights.filters import Filters
from tests.insights.world import make_reports, make_requests

TODAY = date(2026, 7, 15)  # "now" for running clocks: after every generated case
PERIOD = Filters(start=date(2026, 1, 1), end=date(2026, 6, 30))


@pytest.fixture
def generated(demo):
    reports = make_reports()
    requests = make_requests()
    rebuild_all(batch_size=50)
    return reports, requests
