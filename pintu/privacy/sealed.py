"""Secrets a session must keep for a moment (the tracking secret shown again on a reloaded confirmation
page), encrypted: sessions are rows of a table, and a database dump must prove no secret (docs/privacy.md).

    request.session["receipt"] = {"secret": seal(secret)}
    secret = unseal(request.session["receipt"].get("secret"))
"""

from pintu.privacy.crypto import DecryptionError, decrypt_text, encrypt_text, is_encrypted


def seal(value: str | None) -> str | None:
    return encrypt_text(value) if value else value


def unseal(value: str | None) -> str | None:
    """The plaintext; None for a value no configured key opens. A plain value (an older session) passes."""
    if not is_encrypted(value):
        return value
    try:
        return decrypt_text(value)
    except DecryptionError:
        return None
