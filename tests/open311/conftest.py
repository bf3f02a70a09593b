"""Fixtures for Open311: a client key, public and private reports, and parsers for both formats."""

import json
import xml.etree.ElementTree as ET

import pytest

from pintu.agencies.models import Area
from pintu.open311.models import issue_client
from tests.factories import complaints as factories

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
def make_report(kecamatan, desa):
    """A report through the intake service; `public=True` dispositions it to PUPR (tests/factories/complaints.py)."""

    def make(*, public=True, follow_up="", **overrides):
        values = {
            "desa": desa,
            "text": "Jalan di depan pasar Indralaya berlubang besar sejak sebulan.",
            "nik": "1610061503900001",
            "latitude": "-3.2345678",
            "longitude": "104.6543219",
            **overrides,
        }
        return factories.make_report(at="PUPR" if public else None, follow_up=follow_up, **values)

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
