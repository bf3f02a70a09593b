"""Sweeps of the interop app (registered in apps.py). Each selects by state, so a missed run catches up."""

import datetime

from pintu.interop import lapor
from pintu.interop.outbound.adapters.lapor import lapor_enabled
from pintu.interop.outbound.deliveries import deliver_due
from pintu.interop.subscribers.events import fan_out_all


def fan_out_events(now: datetime.datetime) -> int:
    return fan_out_all(now)


def lapor_exchange(now: datetime.datetime) -> int:
    if not lapor_enabled():
        return 0
    result = lapor.sync(now)
    return result.imported + result.follow_ups_queued + result.answers


__all__ = ["deliver_due", "fan_out_events", "lapor_exchange"]
