"""The transition table: every allowed transition works, every other one is refused."""

import itertools

import pytest

from pintu.complaints.workflow import (
    CLOSED,
    REASON_REQUIRED,
    TRANSITIONS,
    Action,
    Actor,
    Status,
    TransitionError,
    allowed_actions,
    transition,
)

ALL = list(itertools.product(Status, Action, Actor))
ALLOWED = {(s, a, who) for s, a, who in ALL if s in TRANSITIONS[a].sources and who in TRANSITIONS[a].actors}


@pytest.mark.parametrize(("status", "action", "actor"), sorted(ALLOWED))
def test_allowed_transition_reaches_its_target(status, action, actor):
    assert transition(status, action, actor) == TRANSITIONS[action].target


@pytest.mark.parametrize(("status", "action", "actor"), sorted(set(ALL) - ALLOWED))
def test_every_other_transition_is_refused(status, action, actor):
    with pytest.raises(TransitionError):
        transition(status, action, actor)


def test_expected_size_of_the_table():
    assert len(ALLOWED) == 41  # a change here is a change of the law's workflow: review it


def test_every_status_is_reachable_and_every_open_status_has_a_way_out():
    targets = {rule.target for rule in TRANSITIONS.values()} | {Status.DITERIMA}
    assert targets == set(Status)
    for status in set(Status) - CLOSED:
        assert any(status in rule.sources for rule in TRANSITIONS.values()), status


def test_closed_reports_can_only_be_reopened():
    for status in CLOSED:
        actions = {a for a in Action if status in TRANSITIONS[a].sources}
        assert actions <= {Action.REOPEN}


def test_reasons_required_where_the_domain_says():
    for action in [Action.ARCHIVE, Action.HOLD, Action.SEND_BACK, Action.FORWARD_OUT, Action.REOPEN, Action.CLOSE]:
        assert action in REASON_REQUIRED


def test_unknown_action_is_refused():
    with pytest.raises(TransitionError):
        transition("diterima", "teleport")


def test_allowed_actions_for_buttons():
    assert allowed_actions(Status.DITERIMA, Actor.ADMIN) == [
        Action.VERIFY,
        Action.DISPOSITION,
        Action.HOLD,
        Action.ARCHIVE,
        Action.FORWARD_OUT,
    ]
    assert allowed_actions(Status.DIDISPOSISIKAN, Actor.OPD) == [
        Action.FORWARD_OUT,
        Action.ACCEPT,
        Action.REQUEST_INFO,
        Action.POST_FOLLOW_UP,
        Action.SEND_BACK,
    ]
    assert allowed_actions(Status.SELESAI, Actor.OPD) == []
