"""Interoperability settings, read at call time (tests override them). Defaults suit the embedded mode."""

from django.conf import settings


def signature_window() -> int:
    """Seconds a signed request's timestamp may differ from our clock."""
    return int(getattr(settings, "PINTU_INTEROP_SIGNATURE_WINDOW", 300))


def max_attempts() -> int:
    """Failed attempts after which a delivery becomes a dead letter."""
    return int(getattr(settings, "PINTU_INTEROP_MAX_ATTEMPTS", 6))


def backoff_base() -> float:
    return float(getattr(settings, "PINTU_INTEROP_BACKOFF_BASE", 60))


def backoff_cap() -> float:
    return float(getattr(settings, "PINTU_INTEROP_BACKOFF_CAP", 6 * 3600))


def http_timeout() -> float:
    return float(getattr(settings, "PINTU_INTEROP_HTTP_TIMEOUT", 10))


def lapor_transport() -> str:
    """Name of the SP4N-LAPOR! transport in outbound.adapters.lapor.TRANSPORTS ("" = exchange off)."""
    return getattr(settings, "PINTU_LAPOR_TRANSPORT", "fake" if getattr(settings, "TESTING", False) else "")


def sms_sender() -> str:
    """Name of the outbound SMS/WhatsApp sender in outbound.sms.SENDERS."""
    return getattr(settings, "PINTU_SMS_SENDER", "fake")


def inbound_kecamatan() -> str:
    """Kemendagri or BPS code of the kecamatan given to inbound reports that name none."""
    return getattr(settings, "PINTU_INBOUND_KECAMATAN", "")


def inbound_max_bytes() -> int:
    """Largest inbound e-mail accepted (attachments included)."""
    return int(getattr(settings, "PINTU_INBOUND_MAX_BYTES", 15 * 1024 * 1024))


def event_settle_seconds() -> int:
    """Events younger than this are left for the next sweep: a transaction that took an event id earlier
    may still be committing, and a cursor must not move past an id that is not visible yet."""
    return int(getattr(settings, "PINTU_INTEROP_EVENT_SETTLE_SECONDS", 30))
