"""Discovery, service list and service definitions, in XML and JSON, against the specification's fields."""

import pytest

from pintu.categories.models import Category
from pintu.open311.views import jurisdiction_id
from tests.open311 import spec_fields as spec
from tests.open311.conftest import BASE, FORMATS, errors, items

pytestmark = pytest.mark.django_db


def as_list(value, fmt, item):
    """A nested list: a JSON list, or the children of an XML element (checking their names)."""
    if fmt == "json":
        return value
    if value == "":
        return []
    assert all(child.tag == item for child in value)
    return [{c.tag: (c if len(c) else (c.text or "")) for c in child} for child in value]


@pytest.mark.parametrize("fmt", FORMATS)
def test_discovery_lists_the_v2_endpoint_and_its_formats(client, demo, fmt):
    response = client.get(f"{BASE}/discovery.{fmt}")
    assert response.status_code == 200
    (document,) = items(response, fmt, "discovery", None)
    assert set(document) == spec.DISCOVERY
    (endpoint,) = as_list(document["endpoints"], fmt, "endpoint")
    assert set(endpoint) == spec.ENDPOINT
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2"
    formats = endpoint["formats"] if fmt == "json" else [f.text for f in endpoint["formats"]]
    assert formats == ["text/xml", "application/json"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_services_are_the_active_categories(client, demo, fmt):
    Category.objects.filter(code="LAINNYA").update(active=False)
    response = client.get(f"{BASE}/services.{fmt}")
    assert response.status_code == 200
    services = items(response, fmt, "services", "service")
    for service in services:
        assert set(service) == spec.SERVICE
        assert service["type"] in spec.SERVICE_TYPES
        assert service["metadata"] in (True, "true")
    codes = [s["service_code"] for s in services]
    active = Category.objects.filter(active=True).order_by("sort_order", "name")
    assert codes == list(active.values_list("code", flat=True))
    assert "LAINNYA" not in codes
    infra = next(s for s in services if s["service_code"] == "INFRASTRUKTUR")
    assert infra["service_name"] == Category.objects.get(code="INFRASTRUKTUR").name


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_service_definition_lists_its_attributes(client, demo, kecamatan, fmt):
    response = client.get(f"{BASE}/services/INFRASTRUKTUR.{fmt}")
    assert response.status_code == 200
    (definition,) = items(response, fmt, "service_definition", None)
    assert set(definition) == spec.SERVICE_DEFINITION and definition["service_code"] == "INFRASTRUKTUR"
    attributes = as_list(definition["attributes"], fmt, "attribute")
    assert [a["code"] for a in attributes] == ["kecamatan", "title", "anonim", "rahasia", "privacy"]
    for attribute in attributes:
        assert set(attribute) == spec.ATTRIBUTE
        assert attribute["datatype"] in spec.ATTRIBUTE_DATATYPES
        assert attribute["variable"] in (True, "true") and attribute["required"] in (False, "false")
        for value in as_list(attribute["values"], fmt, "value"):
            assert set(value) == spec.ATTRIBUTE_VALUE
    kecamatan_values = as_list(attributes[0]["values"], fmt, "value")
    assert {"key": kecamatan.code, "name": kecamatan.name} in kecamatan_values
    for flag in attributes[2:4]:  # anonim, rahasia: two independent choices (issue #15)
        assert [v["key"] for v in as_list(flag["values"], fmt, "value")] == ["true", "false"]
    privacy = [v["key"] for v in as_list(attributes[4]["values"], fmt, "value")]  # deprecated, still offered
    assert privacy == ["biasa", "anonim", "rahasia"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unknown_or_inactive_service_code_is_404(client, demo, fmt):
    errors(client.get(f"{BASE}/services/TIDAK-ADA.{fmt}"), fmt, 404)
    Category.objects.filter(code="LAINNYA").update(active=False)
    errors(client.get(f"{BASE}/services/LAINNYA.{fmt}"), fmt, 404)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_foreign_jurisdiction_is_404(client, demo, fmt):
    errors(client.get(f"{BASE}/services.{fmt}", {"jurisdiction_id": "kota-lain.go.id"}), fmt, 404)
    assert client.get(f"{BASE}/services.{fmt}", {"jurisdiction_id": jurisdiction_id()}).status_code == 200


def test_an_unsupported_format_or_method_answers_with_the_error_document(client, demo):
    errors(client.get(f"{BASE}/services.csv"), "xml", 400)
    response = client.post(f"{BASE}/services.json")
    errors(response, "json", 405)
    assert response["Allow"] == "GET"
