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


def _testing() -> bool:
    return bool(getattr(settings, "TESTING", False))


def _provider(name: str) -> str:
    value = getattr(settings, name, "") or ("fake" if _testing() else "")
    return "" if value == "off" else value


def whatsapp_provider() -> str:
    """How WhatsApp messages leave: "cloud" (WhatsApp Business Cloud API), "fake" (tests), "" or "off" (none)."""
    return _provider("PINTU_WHATSAPP_PROVIDER")


def sms_provider() -> str:
    """How SMS leave: "android" (SMS Gateway for Android), "http" (a provider's HTTP API), "fake", "" or "off"."""
    return _provider("PINTU_SMS_PROVIDER")


def whatsapp() -> dict:
    """The WhatsApp Business Cloud API: token, phone number id, Graph API version and base URL, languages."""
    return {
        "token": getattr(settings, "PINTU_WHATSAPP_TOKEN", ""),
        "phone_number_id": getattr(settings, "PINTU_WHATSAPP_PHONE_NUMBER_ID", ""),
        "api_version": getattr(settings, "PINTU_WHATSAPP_API_VERSION", "") or "21.0",
        "api_url": (getattr(settings, "PINTU_WHATSAPP_API_URL", "") or "https://graph.facebook.com").rstrip("/"),
        # our language -> the language code the templates are approved under
        "languages": getattr(settings, "PINTU_WHATSAPP_LANGUAGES", None) or {"id": "id", "en": "en"},
    }


def sms_android() -> dict:
    """SMS Gateway for Android: the phone's local server (http://<ip>:8080) or its cloud/private server."""
    return {
        "url": (getattr(settings, "PINTU_SMSGATE_URL", "") or "").rstrip("/"),
        "user": getattr(settings, "PINTU_SMSGATE_USER", ""),
        "password": getattr(settings, "PINTU_SMSGATE_PASSWORD", ""),
        "sim": int(getattr(settings, "PINTU_SMSGATE_SIM", 0) or 0),
    }


def sms_http() -> dict:
    """A generic HTTP SMS provider: URL, method, auth, content type, body template, response checks."""
    return {
        "url": getattr(settings, "PINTU_SMS_HTTP_URL", ""),
        "method": (getattr(settings, "PINTU_SMS_HTTP_METHOD", "") or "POST").upper(),
        "auth": getattr(settings, "PINTU_SMS_HTTP_AUTH", ""),
        "content_type": getattr(settings, "PINTU_SMS_HTTP_CONTENT_TYPE", "") or "application/json",
        "body": getattr(settings, "PINTU_SMS_HTTP_BODY", "") or '{"to": "$to", "text": "$text"}',
        "id_field": getattr(settings, "PINTU_SMS_HTTP_ID_FIELD", ""),
        "success": getattr(settings, "PINTU_SMS_HTTP_SUCCESS", ""),
    }


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
