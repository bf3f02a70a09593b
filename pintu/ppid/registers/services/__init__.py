"""Use cases of the registers, one function each: dip.py (the DIP register), files.py (its documents),
dik.py (exempt information), determination.py (a DIK entry in force through its signed letter).
Import them from here; who may do what: registers/permissions.py."""

from pintu.ppid.permissions import SYSTEM
from pintu.ppid.registers.services.determination import (
    discard_determination,
    draft_determination,
    sign_determination,
)
from pintu.ppid.registers.services.dik import draft_dik_item, lift_dik_item, seed_in_force, update_dik_item
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
    "discard_determination",
    "draft_determination",
    "draft_dik_item",
    "draft_dip_item",
    "lift_dik_item",
    "publish_dip_item",
    "refresh_berkala",
    "remove_dip_file",
    "seed_in_force",
    "sign_determination",
    "update_dik_item",
    "update_dip_item",
    "withdraw_dip_item",
]
