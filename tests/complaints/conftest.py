"""Fixtures for the complaint service: a submitted report and the demo officers."""

import pytest
from django.core import mail

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.services.intake import ReportDraft, submit_report


@pytest.fixture
def area(demo):
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya
    return kecamatan, kecamatan.children.order_by("code").first()


@pytest.fixture
def agency(demo):
    return lambda code: Agency.objects.get(code=code)


@pytest.fixture
def draft(area):
    kecamatan, desa = area

    def make(**overrides) -> ReportDraft:
        values = {
            "title": "Jalan berlubang di depan pasar",
            "text": "Jalan di depan pasar Indralaya berlubang besar sejak sebulan, sudah ada pengendara jatuh.",
            "kecamatan": kecamatan,
            "desa": desa,
            "category": Category.objects.get(code="INFRASTRUKTUR"),
            "name": "Siti Aminah",
            "email": "siti.aminah@example.com",
            "phone": "0812-3456-7890",
            "consent": True,
        }
        values.update(overrides)
        return ReportDraft(**values)

    return make


@pytest.fixture
def submit(draft):
    def make(**overrides):
        return submit_report(draft(**overrides))

    return make


@pytest.fixture
def report(submit):
    result = submit()
    mail.outbox.clear()
    return result.report
