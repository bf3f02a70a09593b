"""Case histories show words, never codes (issue #19 item 5): one walk over the whole event registry.

The per-app tests (tests/complaints/test_events.py, tests/ppid/test_events.py) read each app's own services;
this one looks across apps: every registered case type has a vocabulary, every label is words in Indonesian
and in English (English falls back to the Indonesian source until translated: still words), every kind
recorded anywhere in pintu is labelled, the kinds one app records on another's cases (erasure, restriction,
a citizen's claim) are labelled on every case type they reach, and a staff history page holding one event
of every kind its case type knows shows the labels and none of the codes.
"""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from pintu.cases.events import UNKNOWN, is_registered, label_for, registered_kinds
from pintu.history.models import Event, Visibility
from pintu.history.registry import case_types
from pintu.mydata.anonymise import ERASED_EVENT
from pintu.mydata.claims import LINKED
from pintu.mydata.restriction import RESTRICTED_EVENT

ROOT = Path(__file__).resolve().parents[1] / "pintu"
CODE = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")  # what a raw kind looks like: "disposition_note"


def _labels():
    return [(ct, kind, label) for ct, kinds in registered_kinds().items() for kind, label in kinds.items()]


def test_every_case_type_of_the_history_has_a_vocabulary():
    labels = {case_type.label for case_type in case_types()}
    assert {"report", "info_request", "objection", "dip_item", "dik_item", "annual_report", "pdp_breach"} <= labels
    for case_type in labels:
        assert registered_kinds(case_type), f"case type {case_type!r} records history but labels no kind"


@pytest.mark.parametrize(("case_type", "kind", "label"), _labels(), ids=lambda v: str(v)[:40])
def test_every_label_is_words_in_both_languages(case_type, kind, label):
    for language in ("id", "en"):
        with translation.override(language):
            text = str(label).strip()
        assert text, (case_type, kind, language)
        assert text != kind and not CODE.match(text), f"{case_type}: {kind} is labelled with a code ({text!r})"
        assert text != str(UNKNOWN), (case_type, kind, language)


def _literal_kinds_anywhere() -> set[str]:
    """Every string constant given as the kind to record_event / note / _event / apply_transition(kind=)."""
    found = set()
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in ("record_event", "note", "_event", "apply_transition"):
                continue
            if name != "apply_transition" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                found.add(node.args[1].value)
            for keyword in node.keywords:
                if keyword.arg == "kind" and isinstance(keyword.value, ast.Constant):
                    found.add(keyword.value.value)
    return {kind for kind in found if isinstance(kind, str)}


def test_every_kind_recorded_anywhere_has_a_label():
    kinds = _literal_kinds_anywhere()
    assert {"submitted", "narrative_saved", "breach_recorded", "identity_files_deleted", "filed"} <= kinds
    everywhere = {kind for kinds_of in registered_kinds().values() for kind in kinds_of}
    assert not kinds - everywhere, f"recorded but labelled for no case type: {sorted(kinds - everywhere)}"


@pytest.mark.parametrize(
    ("kind", "case_type"),
    [
        *[(ERASED_EVENT, ct) for ct in ("report", "info_request", "objection")],  # mydata.anonymise
        *[(RESTRICTED_EVENT, ct) for ct in ("report", "info_request", "objection")],  # mydata.restriction
        ("identity_files_deleted", "info_request"),  # mydata.anonymise.delete_identity_files
        *[(LINKED, ct) for ct in ("report", "info_request")],  # mydata.claims
        ("interop_resent", "report"),  # interop.services
    ],
)
def test_kinds_one_app_records_on_anothers_cases_are_labelled_there(kind, case_type):
    assert is_registered(case_type, kind), f"{kind} is recorded on {case_type} but shows there as 'Catatan'"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.chunks.append(data)


def _words_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.chunks)


def _one_event_of_every_kind(case_type: str, case_id: int) -> dict[str, str]:
    labels = {}
    for kind, label in registered_kinds(case_type).items():
        Event(case_type=case_type, case_id=case_id, kind=kind, visibility=Visibility.INTERNAL).save()
        labels[kind] = str(label)
    return labels


def _assert_words_not_codes(page: str, labels: dict[str, str]) -> None:
    text = _words_of(page)
    tokens = set(re.findall(r"[a-z0-9_]+", text))
    codes = {kind for kind in labels if "_" in kind}  # "close", "accept" are words too; codes have underscores
    assert not codes & tokens, f"raw event codes in the history: {sorted(codes & tokens)}"
    missing = [label for label in labels.values() if label not in text]
    assert not missing, f"labels missing from the history: {missing}"


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_report_history_shows_every_kind_in_words(demo, client, user_named, language):
    from tests.factories.complaints import ADMIN, make_report

    report = make_report()
    labels = _one_event_of_every_kind("report", report.pk)
    client.force_login(user_named(ADMIN))
    with translation.override(language):
        labels = {kind: str(label_for("report", kind)) for kind in labels}
        response = client.get(reverse("complaints:staff_detail", args=[report.code]), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    _assert_words_not_codes(response.content.decode(), labels)


def test_an_information_request_and_an_objection_history_show_every_kind_in_words(demo, client, user_named):
    from pintu.agencies.models import Agency
    from tests.factories.ppid import make_objection, make_request

    request = make_request(Agency.objects.get(code="PUPR"))
    objection = make_objection(request)
    client.force_login(user_named("ppid.utama"))
    for case_type, case, url in [
        ("info_request", request, reverse("ppid:staff_request_detail", args=[request.pk])),
        ("objection", objection, reverse("ppid:staff_objection_detail", args=[objection.pk])),
    ]:
        labels = _one_event_of_every_kind(case_type, case.pk)
        response = client.get(url)
        assert response.status_code == 200, (case_type, response.status_code)
        _assert_words_not_codes(response.content.decode(), labels)
