"""Fixtures for Open311: a client key, public and private reports, and parsers for both formats."""

import json
import xml.etree.ElementTree as ET

import pytest
from django.core import mail

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.services import admin, handling
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.open311.models import issue_client

BASE = "/open311/v2"
FORMATS = ["xml", "json"]


@pytest.fixture
def api_key(demo):
    return issue_client("Aplikasi Uji")[1]


@pytest.fixture
def kecamatan(demo):
    return Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya


@pytest.fixture
def desa(kecamatan):
    return kecamatan.children.exclude(code="").order_by("code").first()


@pytest.fixture
def make_report(kecamatan, desa, user_named):
    """A report through the intake service; `public=True` verifies and dispositions it to PUPR."""

    def make(*, public=True, follow_up="", **overrides):
        values = {
            "title": "Jalan berlubang di depan pasar",
            "text": "Jalan di depan pasar Indralaya berlubang besar sejak sebulan.",
            "kecamatan": kecamatan,
            "desa": desa,
            "category": Category.objects.get(code="INFRASTRUKTUR"),
            "name": "Siti Aminah",
            "email": "siti.aminah@example.com",
            "phone": "0812-3456-7890",
            "nik": "1610061503900001",
            "consent": True,
            "latitude": "-3.2345678",
            "longitude": "104.6543219",
        }
        values.update(overrides)
        from decimal import Decimal

        for name in ("latitude", "longitude"):
            if values[name] is not None:
                values[name] = Decimal(values[name])
        report = submit_report(ReportDraft(**values)).report
        if public:
            report = admin.disposition(report, user=user_named("admin.kominfo"), agency=Agency.objects.get(code="PUPR"))
            if follow_up:
                report = handling.post_follow_up(report, user=user_named("penghubung.pupr"), text=follow_up)
        mail.outbox.clear()
        return report

    return make


def items(response, fmt: str, root: str, item: str | None) -> list[dict]:
    """The response as a list of {field: value}; for XML also checks the root and item element names.

    XML values are strings ("" for an empty element); nested lists stay Elements for the caller.
    """
    expected_type = "text/xml; charset=utf-8" if fmt == "xml" else "application/json; charset=utf-8"
    assert response["Content-Type"] == expected_type
    body = response.content
    if fmt == "json":
        data = json.loads(body)
        return data if isinstance(data, list) else [data]
    assert body.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    tree = ET.fromstring(body)  # noqa: S314 (our own server's response)
    assert tree.tag == root, tree.tag
    elements = [tree] if item is None else list(tree)
    if item is not None:
        assert all(child.tag == item for child in elements), [c.tag for c in elements]
    result = []
    for element in elements:
        names = [child.tag for child in element]
        assert len(names) == len(set(names)), f"repeated fields in <{element.tag}>: {names}"
        result.append({child.tag: (child if len(child) else (child.text or "")) for child in element})
    return result


def errors(response, fmt: str, status: int) -> list[dict]:
    assert response.status_code == status, response.content
    found = items(response, fmt, "errors", "error")
    assert found, "an error response lists at least one error"
    for error in found:
        assert set(error) == {"code", "description"}
        assert str(error["code"]) == str(status) and error["description"]
    return found
