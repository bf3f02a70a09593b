"""The one tracking proof (pintu.cases.tracking) that every case type and both faces use (issue #20 item 3)."""

import ast
from pathlib import Path

import pytest
from django.test import RequestFactory

from pintu.cases import tracking
from pintu.privacy.tracking import DUMMY_HASH

ROOT = Path(__file__).resolve().parents[2] / "pintu"


class Case:
    def __init__(self, secret: str):
        self.secret_hash = tracking.hash_secret(secret)


def test_secrets_are_made_normalised_and_matched_in_one_place():
    secret = tracking.new_secret()
    assert len(secret) == 9 and secret[4] == "-" and set(secret.replace("-", "")) <= set(tracking.CODE_ALPHABET)
    case = Case(secret)
    assert tracking.secret_matches(case, secret.lower().replace("-", " "))
    assert not tracking.secret_matches(case, "") and not tracking.secret_matches(case, "AAAA-BBBB")
    assert case.secret_hash.startswith("hmac-sha256$") and secret not in case.secret_hash


@pytest.fixture
def request_(db):
    return RequestFactory().post("/lapor/lacak/", REMOTE_ADDR="10.1.2.3")


def test_a_missing_case_costs_the_same_check_against_the_dummy_hash(request_, monkeypatch):
    checked = []
    real = tracking.tracking_secret_matches
    monkeypatch.setattr(tracking, "tracking_secret_matches", lambda s, h: checked.append(h) or real(s, h))
    assert tracking.prove(request_, "LPR-2026-AAAAA", "ABCD-EFGH", lambda: None) is None
    case = Case("ABCD-EFGH")
    assert tracking.prove(request_, "LPR-2026-BBBBB", "abcd efgh", lambda: case) is case
    assert checked == [DUMMY_HASH, case.secret_hash]


def test_a_locked_client_is_refused_before_anything_is_looked_up(request_, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"client": "100/h", "ip": "100/h", "identity": "2/h"}}
    for _ in range(2):
        assert tracking.prove(request_, "LPR-2026-CCCCC", "AAAA-BBBB", lambda: None) is None

    def must_not_look_up():
        raise AssertionError("looked up while locked")

    with pytest.raises(tracking.TrackingLocked) as locked:
        tracking.prove(request_, "lpr 2026 ccccc", "AAAA-BBBB", must_not_look_up)  # typed otherwise: one code
    assert locked.value.retry_after >= 1


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


SECRET_NAMES = {"hash_secret", "new_secret", "secret_matches", "normalize_secret", "random_chars", "CODE_ALPHABET"}


def test_ppid_takes_its_secrets_from_the_case_core_not_from_complaints():
    for path in (ROOT / "ppid").rglob("*.py"):
        from_complaints = {i.rsplit(".", 1)[-1] for i in _imports(path) if i.startswith("pintu.complaints.")}
        assert not from_complaints & SECRET_NAMES, path


TRACKING_FACES = [
    "complaints/views/public_track.py", "complaints/api/tracking.py", "ppid/requests/views/public.py",
    "ppid/requests/api/public.py", "ppid/objections/views/public.py", "ppid/objections/api/public.py",
    "mydata/claims.py",
]  # fmt: skip


@pytest.mark.parametrize("module", TRACKING_FACES)
def test_no_face_checks_a_secret_or_counts_a_failure_itself(module):
    names = {i.rsplit(".", 1)[-1] for i in _imports(ROOT / module)}
    assert not names & {"secret_matches", "tracking_secret_matches", "DUMMY_HASH", "count_failure", "failure_wait",
                        "pending_for"}  # fmt: skip
