"""What the registers register with the rest of Pintu (called from PpidConfig.ready())."""

from pintu.history.registry import register_case_type
from pintu.jobs.sweeps import register_sweep
from pintu.ppid.registers import (
    events,  # noqa: F401 (registers the event labels)
    selectors,
    sweeps,
)
from pintu.ppid.registers.clocks import recompute_berkala_due_dates
from pintu.ppid.registers.models import DikItem, DipItem
from pintu.workdays.recompute import register_due_date_recomputer


def register() -> None:
    register_case_type(
        "dip_item",
        DipItem,
        visible_ids=lambda user: selectors.dip_items_visible_to(user).values("pk"),
        public_ids=lambda: selectors.public_dip_items().values("pk"),
    )
    register_case_type(
        "dik_item",
        DikItem,
        visible_ids=lambda user: selectors.dik_items_visible_to(user).values("pk"),
        public_ids=lambda: selectors.public_dik_items().values("pk"),
    )
    register_due_date_recomputer("ppid_berkala", recompute_berkala_due_dates)
    register_sweep("ppid.berkala_due", sweeps.berkala_due, "Pengingat pembaruan informasi berkala DIP.")
    register_sweep("ppid.dik_expiry", sweeps.dik_expiry, "Tandai pengecualian DIK yang masa berlakunya habis.")
