"""Routing settings, from Django settings (ROUTING_*) or the environment (PINTU_ROUTING_*)."""

import os

from django.conf import settings

from pintu.routing.core.recency import DEFAULT_HALF_LIFE_DAYS


def _value(name: str, default, cast):
    if hasattr(settings, f"ROUTING_{name}"):
        return cast(getattr(settings, f"ROUTING_{name}"))
    raw = os.environ.get(f"PINTU_ROUTING_{name}", "")
    return cast(raw) if raw.strip() else default


def threshold() -> float:
    """Below this top probability the suggestion says "Perlu diputuskan petugas"."""
    return _value("THRESHOLD", 0.5, float)


def min_examples() -> int:
    """Verified reports needed before the first model is trained (profiles answer until then)."""
    return _value("MIN_EXAMPLES", 50, int)


def min_new_examples() -> int:
    """New verified reports since the active model needed for the weekly retrain."""
    return _value("MIN_NEW_EXAMPLES", 50, int)


def max_examples() -> int:
    """Most recent verified reports a model is trained on."""
    return _value("MAX_EXAMPLES", 100_000, int)


def related_window_days() -> int:
    return _value("RELATED_DAYS", 180, int)


def half_life_days() -> float:
    """Age (days before the newest example) at which a training example weighs half; 0 = no recency."""
    return _value("HALF_LIFE_DAYS", DEFAULT_HALF_LIFE_DAYS, float)
