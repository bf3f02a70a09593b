"""A readable summary of the export (ringkasan.html in the ZIP, beside data.json).

data.json is for machines and for moving the data elsewhere; a person wants to read what is held about
them. The summary is one self-contained HTML file (no script, no outside request, styles inline),
in the language of the page the export was asked from, printable to PDF from any browser. It is made
from the same `data` as data.json, so the two never disagree.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.translation import get_language

from pintu.complaints.models import Report
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests.models import InformationRequest


def _status(model, code: str) -> str:
    try:
        return model(status=code).status_label if code else ""
    except ValueError:
        return code


def _events(events: list[dict], model) -> list[dict]:
    return [{**event, "status_label": _status(model, event.get("status_to") or "")} for event in events]


def render_summary(data: dict) -> str:
    reports = [
        {**r, "status_label": _status(Report, r["status"]), "events": _events(r["events"], Report)}
        for r in data["reports"]
    ]
    requests = [
        {**r, "status_label": _status(InformationRequest, r["status"]),
         "events": _events(r["events"], InformationRequest)}
        for r in data["information_requests"]
    ]  # fmt: skip
    objections = [
        {**o, "status_label": _status(Objection, o["status"]), "events": _events(o["events"], Objection)}
        for o in data["objections"]
    ]
    context = {"data": data, "reports": reports, "requests": requests, "objections": objections,
               "language": get_language() or "id"}  # fmt: skip
    return render_to_string("mydata/export_summary.html", context)
