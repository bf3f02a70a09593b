"""Every history event kind a PPID service records is registered once (pintu.cases.events), with an
Indonesian label and its English translation, so no timeline, API answer or export shows a raw code.

The kinds are read from the code itself: every `record_event(case, "<kind>", ...)` (or a slice's
`_event(case, "<kind>", ...)`, the registers' `record(...)`) and every `kind="..."` given to
apply_transition in a slice, plus the actions of each table (apply_transition records the action's name
when no kind is given) and the dispute stages (recorded as "dispute_<stage>").
"""

import ast
from pathlib import Path

import pytest
from django.utils import translation

from pintu.cases.events import UNKNOWN, is_registered, label_for, registered_kinds
from pintu.letters.events import LETTER_EVENT_KINDS
from pintu.mydata.events import CASE_KINDS as MYDATA_KINDS
from pintu.ppid.objections import workflow as objection_workflow
from pintu.ppid.requests import workflow as request_workflow

PPID = Path(__file__).resolve().parents[2] / "pintu" / "ppid"
#: Which history case type a module's events belong to (the first matching path prefix wins).
CASE_TYPE_OF = [
    ("registers/services/dik.py", "dik_item"),
    ("registers/services/determination.py", "dik_item"),  # the DIK determination letter
    ("registers/", "dip_item"),
    ("requests/", "info_request"),
    ("objections/", "objection"),
    ("annual/", "annual_report"),
]


def _case_type(path: Path) -> str:
    relative = path.relative_to(PPID).as_posix()
    return next(case_type for prefix, case_type in CASE_TYPE_OF if relative.startswith(prefix))


def _literal_kinds(tree: ast.AST) -> set[str]:
    kinds = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        recorder = name in ("record_event", "_event", "record")  # record: registers/services/steps.py
        if recorder and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            kinds.add(node.args[1].value)
        for keyword in node.keywords:
            if keyword.arg == "kind" and isinstance(keyword.value, ast.Constant):
                kinds.add(keyword.value.value)
    return kinds


def recorded_kinds() -> set[tuple[str, str]]:
    found = set()
    for path in PPID.rglob("*.py"):
        if "migrations" in path.parts or path.parent == PPID:
            continue
        kinds = _literal_kinds(ast.parse(path.read_text()))
        found |= {(_case_type(path), kind) for kind in kinds if isinstance(kind, str)}
    found |= {("info_request", str(action)) for action in request_workflow.Action}
    found |= {("objection", str(action)) for action in objection_workflow.Action}
    found |= {("info_request", "linked_to_account")}  # recorded by pintu.mydata.claims (a citizen's claim)
    found |= {("objection", f"dispute_{stage}") for stage in objection_workflow.StageAction}
    # the annual report's cover letter: its events are recorded by pintu.letters.services (annual/dispatch.py)
    found |= {("annual_report", kind) for kind in LETTER_EVENT_KINDS}
    # a request's letters (the decision, the extension: requests.decisions) are recorded by pintu.letters
    found |= {("info_request", kind) for kind in LETTER_EVENT_KINDS}
    return found


KINDS = sorted(recorded_kinds())


def test_the_code_records_what_we_expect_to_find():
    """The scan itself works: it finds kinds of every slice, through both ways of recording one."""
    by_case_type = {case_type for case_type, _kind in KINDS}
    assert by_case_type == {"dip_item", "dik_item", "info_request", "objection", "annual_report"}
    for expected in [("dip_item", "published"), ("dik_item", "expired"), ("info_request", "submitted"),
                     ("info_request", "identity_document_opened"), ("objection", "dispute_filed"),
                     ("objection", "dispute_court_decision"), ("annual_report", "narrative_saved")]:  # fmt: skip
        assert expected in KINDS


@pytest.mark.parametrize(("case_type", "kind"), KINDS)
def test_every_recorded_kind_has_an_indonesian_and_an_english_label(case_type, kind):
    assert is_registered(case_type, kind), f"{case_type}: {kind} is recorded but not in pintu.cases.events"
    label = label_for(case_type, kind)
    with translation.override("id"):
        indonesian = str(label)
        assert indonesian and indonesian != str(UNKNOWN)
    with translation.override("en"):
        english = str(label)
    assert english and english != indonesian, f"{case_type}: {kind} ({indonesian!r}) has no English translation"


def test_no_kind_is_registered_that_nothing_records():
    """The registry holds no stale PPID kinds (a renamed kind would leave its old label behind); the kinds
    pintu.mydata records on requests and objections (erasure, restriction) are its own to label."""
    registered = {(case_type, kind) for case_type in ("dip_item", "dik_item", "info_request", "objection",
                  "annual_report") for kind in registered_kinds(case_type)
                  if kind not in MYDATA_KINDS.get(case_type, {})}  # fmt: skip
    assert registered == set(KINDS)
