"""The transition table: every (status, action, actor) combination, allowed or refused."""

import itertools

import pytest

from pintu.ppid.requests.workflow import (
    TRANSITIONS,
    Action,
    Actor,
    Decision,
    Status,
    TransitionError,
    allowed_actions,
    reason_required,
    target_for_decision,
    transition,
)

S, A = Status, Action
ALLOWED = {
    (S.DITERIMA, A.MARK_INCOMPLETE, Actor.UTAMA): S.PERLU_DILENGKAPI,
    (S.PERLU_DILENGKAPI, A.COMPLETE, Actor.UTAMA): S.DITERIMA,
    (S.DITERIMA, A.ASSIGN, Actor.UTAMA): S.DIPROSES,
    (S.DIPROSES, A.ASSIGN, Actor.UTAMA): S.DIPROSES,
    (S.DIPROSES, A.EXTEND, Actor.UTAMA): S.DIPERPANJANG,
    (S.DIPROSES, A.EXTEND, Actor.PEMBANTU): S.DIPERPANJANG,
    **{
        (s, A.ISSUE_NOTICE, who): S.DIPUTUSKAN
        for s in (S.DITERIMA, S.DIPROSES, S.DIPERPANJANG)
        for who in (Actor.UTAMA, Actor.PEMBANTU)
    },
    **{
        (s, A.FORWARD, who): S.DIALIHKAN
        for s in (S.DITERIMA, S.DIPROSES, S.DIPERPANJANG)
        for who in (Actor.UTAMA, Actor.PEMBANTU)
    },
    **{(s, A.DELIVER, who): S.SELESAI for s in (S.DIPUTUSKAN, S.SELESAI) for who in (Actor.UTAMA, Actor.PEMBANTU)},
    **{
        (s, A.CLOSE, who): S.SELESAI
        for s in (S.PERLU_DILENGKAPI, S.DIPUTUSKAN, S.DIALIHKAN)
        for who in (Actor.UTAMA, Actor.PEMBANTU)
    },
    **{(s, A.CONVERT_TO_REPORT, Actor.UTAMA): S.SELESAI for s in (S.DITERIMA, S.PERLU_DILENGKAPI, S.DIPROSES)},
}
ALL = list(itertools.product(Status, Action, Actor))


@pytest.mark.parametrize(("status", "action", "actor"), ALL)
def test_every_combination(status, action, actor):
    expected = ALLOWED.get((status, action, actor))
    if expected is None:
        with pytest.raises(TransitionError):
            transition(status, action, actor)
    else:
        assert transition(status, action, actor) == expected


def test_table_has_no_unlisted_rules():
    listed = {(s, a, who) for s, a, who in ALL if ALLOWED.get((s, a, who))}
    from_table = {(s, a, who) for a, rule in TRANSITIONS.items() for s in rule.sources for who in rule.actors}
    assert listed == from_table


def test_every_status_is_reachable_and_closed_is_final():
    targets = {rule.target for rule in TRANSITIONS.values()} | {S.DITERIMA}
    assert targets == set(Status)
    assert allowed_actions(S.SELESAI, Actor.PEMBANTU) == [A.DELIVER]  # a later batch of files only


def test_nobody_acts_as_system_yet():
    assert all(allowed_actions(s, Actor.SYSTEM) == [] for s in Status)


def test_unknown_action_or_status_is_refused():
    with pytest.raises(TransitionError):
        transition("diterima", "publish", Actor.UTAMA)
    with pytest.raises(TransitionError):
        transition("hilang", A.ASSIGN, Actor.UTAMA)


def test_reasons_and_decisions():
    assert reason_required(A.EXTEND) and reason_required(A.CLOSE) and reason_required(A.MARK_INCOMPLETE)
    assert not reason_required(A.ASSIGN)
    assert target_for_decision(Decision.FORWARDED) == A.FORWARD
    assert {target_for_decision(d) for d in Decision if d != Decision.FORWARDED} == {A.ISSUE_NOTICE}
