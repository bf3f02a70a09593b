"""Use cases of the registers, one function each: dip.py (the DIP register), files.py (its documents),
dik.py (exempt information). Import them from here; who may do what: registers/permissions.py."""

from pintu.ppid.permissions import SYSTEM
from pintu.ppid.registers.services.dik import decide_dik_item, draft_dik_item, lift_dik_item, update_dik_item
from pintu.ppid.registers.services.dip import (
    draft_dip_item,
    publish_dip_item,
    refresh_berkala,
    update_dip_item,
    withdraw_dip_item,
)
from pintu.ppid.registers.services.files import add_dip_files, remove_dip_file

__all__ = [
    "SYSTEM",
    "add_dip_files",
    "decide_dik_item",
    "draft_dik_item",
    "draft_dip_item",
    "lift_dik_item",
    "publish_dip_item",
    "refresh_berkala",
    "remove_dip_file",
    "update_dik_item",
    "update_dip_item",
    "withdraw_dip_item",
]
