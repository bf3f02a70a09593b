"""GeoReport v2 documents in XML and JSON from one structure (plain Python, no Django).

A document is a dict (one element with children) or a list (repeated elements). XML element names
for list items follow the specification: <services><service>, <service_requests><request>,
<errors><error>, <attributes><attribute>, <values><value>, <endpoints><endpoint>, <formats><format>.
Every text goes through xml.etree, which escapes it.
"""

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

#: Characters XML 1.0 cannot carry at all (escaping does not help): dropped from XML output.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ITEM_NAMES = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}
CONTENT_TYPES = {"xml": "text/xml; charset=utf-8", "json": "application/json; charset=utf-8"}
FORMATS = tuple(CONTENT_TYPES)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _fill(element: ET.Element, value: Any) -> None:
    if isinstance(value, dict):
        for name, child in value.items():
            _fill(ET.SubElement(element, name), child)
    elif isinstance(value, list):
        item_name = ITEM_NAMES[element.tag]
        for item in value:
            _fill(ET.SubElement(element, item_name), item)
    else:
        element.text = _text(value)


def to_xml(root: str, document: Any) -> bytes:
    element = ET.Element(root)
    _fill(element, document)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(element, encoding="unicode").encode()


def to_json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def render(fmt: str, root: str, document: Any) -> bytes:
    return to_xml(root, document) if fmt == "xml" else to_json(document)
