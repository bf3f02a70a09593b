"""PPID use cases, one function each: dip.py (the DIP register), files.py (its documents),
dik.py (exempt information), permissions.py (who may do what). Import them from here."""

from pintu.ppid.services.dik import decide_dik_item, draft_dik_item, lift_dik_item, update_dik_item
from pintu.ppid.services.dip import (
    draft_dip_item,
    publish_dip_item,
    refresh_berkala,
    update_dip_item,
    withdraw_dip_item,
)
from pintu.ppid.services.files import add_dip_files, remove_dip_file
from pintu.ppid.services.permissions import SYSTEM

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
