"""The objection and dispute tables, every combination (plain Python)."""

import itertools

import pytest

from pintu.ppid.objections import workflow as wf

EXPECTED = {
    # (status, action, actor) -> target; everything else is refused
    ("registered", "decide", "atasan"): "answered",
    ("answered", "accept", "requester"): "closed",
    ("answered", "accept", "utama"): "closed",
    # no ("registered", "go_to_ki"): only after the answer; a lapse is recorded as a dispute, status unchanged
    ("answered", "go_to_ki", "requester"): "disputed",
    ("answered", "go_to_ki", "utama"): "disputed",
}


@pytest.mark.parametrize(("status", "action", "actor"), list(itertools.product(wf.Status, wf.Action, wf.Actor)))
def test_every_objection_transition(status, action, actor):
    expected = EXPECTED.get((status.value, action.value, actor.value))
    if expected is None:
        with pytest.raises(wf.TransitionError):
            wf.transition(status, action, actor)
    else:
        assert wf.transition(status, action, actor) == expected


def test_allowed_actions_drive_the_buttons():
    assert wf.allowed_actions("registered", "atasan") == ["decide"]
    assert wf.allowed_actions("answered", "requester") == ["accept", "go_to_ki"]
    assert wf.allowed_actions("closed", "utama") == []
    assert wf.allowed_actions("disputed", "requester") == []


def test_seven_grounds_in_the_words_of_article_35():
    assert list(wf.GROUNDS) == list("abcdefg")
    assert wf.GROUNDS["f"] == "pengenaan biaya yang tidak wajar"
    assert wf.GROUNDS["c"] == "tidak ditanggapinya permintaan informasi"
    assert wf.normalize_grounds(["f", "a", "f"]) == "af"
    with pytest.raises(ValueError):
        wf.normalize_grounds(["h"])


DISPUTE_EXPECTED = {
    ("filed", "mediation"): "mediation",
    ("filed", "adjudication"): "adjudication",
    ("filed", "dismissed"): "closed",
    ("filed", "withdrawn"): "closed",
    ("mediation", "agreement"): "closed",
    ("mediation", "mediation_failed"): "adjudication",
    ("mediation", "withdrawn"): "closed",
    ("adjudication", "decision"): "decided",
    ("adjudication", "withdrawn"): "closed",
    ("decided", "final"): "closed",
    ("decided", "court_appeal"): "court",
    ("court", "court_decision"): "court_ruled",
    ("court_ruled", "court_final"): "closed",
    ("court_ruled", "kasasi"): "kasasi",
    ("kasasi", "kasasi_decision"): "closed",
}


@pytest.mark.parametrize(("status", "action"), list(itertools.product(wf.DisputeStatus, wf.StageAction)))
def test_every_dispute_transition(status, action):
    expected = DISPUTE_EXPECTED.get((status.value, action.value))
    if expected is None:
        with pytest.raises(wf.TransitionError):
            wf.dispute_transition(status, action)
    else:
        assert wf.dispute_transition(status, action) == expected


def test_every_closing_action_has_an_outcome():
    closing = {a for (_s, a), target in DISPUTE_EXPECTED.items() if target == "closed"}
    assert closing == set(wf.OUTCOME_OF)
