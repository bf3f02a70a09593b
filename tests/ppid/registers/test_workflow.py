"""The register tables (plain Python): what publishing, withdrawing, deciding and lifting lead to."""

from pintu.ppid.registers import workflow as wf


def test_transition_tables():
    assert wf.target_of(wf.DIP, "publish", "draft") == "published"
    assert wf.target_of(wf.DIP, "publish", "withdrawn") == "published"
    assert wf.target_of(wf.DIP, "publish", "published") is None
    assert wf.target_of(wf.DIP, "withdraw", "draft") is None
    assert wf.target_of(wf.DIK, "decide", "review") == "in_force"
    assert wf.target_of(wf.DIK, "expire", "draft") is None
    assert wf.target_of(wf.DIK, "lift", "lifted") is None


def test_only_the_utama_publishes_and_only_the_sweep_expires():
    assert wf.DIP.allowed_actions("draft", wf.Actor.UTAMA) == ["publish"]
    assert wf.DIK.allowed_actions("in_force", wf.Actor.UTAMA) == ["lift"]
    assert wf.DIK.allowed_actions("in_force", wf.Actor.SYSTEM) == ["expire", "lift"]
    assert wf.DIK.reason_required("lift") and wf.DIP.reason_required("withdraw")
