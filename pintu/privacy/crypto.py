"""Encryption of personal data at rest (NIK, phone, email, KTP scans) with Fernet.

Keys
----
``settings.PINTU_FIELD_KEYS`` is a list of Fernet keys (url-safe base64 of 32 bytes), newest
first. The newest key encrypts; every key in the list can decrypt. Generate one with::

    python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"

Without the setting (or with an empty list) a development or test process (``DEBUG`` or
``TESTING``) derives one deterministic key from ``SECRET_KEY`` (HKDF-SHA256,
info=b"pintu-field-encryption") and logs a warning; any other process refuses to start
encrypting (ImproperlyConfigured). Data encrypted with that derived key is lost if SECRET_KEY
changes, so never rely on it outside development.

Stored forms
------------
* text: ``"fernet:" + <Fernet token>`` (``encrypt_text`` / ``decrypt_text``); the token embeds
  a random IV, so the same plaintext encrypts differently every time and encrypted columns
  cannot be searched. For equality lookups store ``blind_index(value)`` next to the ciphertext
  (normalise first, e.g. ``blind_index(normalize_nik(raw))``) and filter on that column.
* bytes (identity files such as KTP scans): the raw Fernet token (``encrypt_bytes``). The whole
  file is held in memory, which is fine for scans of a few MB; the token is ~4/3 of the size.

Key rotation
------------
1. Generate a new key and put it FIRST in PINTU_FIELD_KEYS, keeping the old ones after it
   (``[new, old]``). Deploy and restart every process (web and worker): new writes use the new
   key, old data still decrypts.
2. Run ``python manage.py rotate_field_keys`` (see docs/privacy.md) which, for every encrypted column and
   file, stores ``rotate_text(value)`` / ``rotate_bytes(data)`` (re-encrypted with the newest
   key, original timestamp kept) and recomputes every blind index with ``blind_index``.
   The blind-index key is derived from the newest key, so between steps 1 and 2 lookups must
   use ``blind_index_candidates(value)`` (``__in``) to also find rows indexed under older keys.
3. When the command has finished, remove the old key from the list and deploy again.
   Anything still encrypted only with the removed key is unreadable from then on.

Key material is cached per process; ``reset_key_cache()`` drops the cache (it is also dropped
automatically when a test changes one of the settings above with ``override_settings``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import threading
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

__all__ = [
    "PREFIX",
    "DecryptionError",
    "blind_index",
    "blind_index_candidates",
    "decrypt_bytes",
    "decrypt_text",
    "encrypt_bytes",
    "encrypt_text",
    "generate_key",
    "is_encrypted",
    "reset_key_cache",
    "rotate_bytes",
    "rotate_text",
    "uses_newest_key",
]

logger = logging.getLogger(__name__)

PREFIX = "fernet:"
_FIELD_INFO = b"pintu-field-encryption"
_INDEX_INFO = b"pintu-blind-index"
_WATCHED_SETTINGS = frozenset({"PINTU_FIELD_KEYS", "SECRET_KEY", "DEBUG", "TESTING"})


class DecryptionError(ValueError):
    """The value is not ours, was tampered with, or was encrypted with a key no longer configured."""


@dataclass(frozen=True)
class _Keyring:
    fernet: MultiFernet
    newest: Fernet
    index_keys: tuple[bytes, ...]  # blind-index HMAC keys, newest first


_lock = threading.Lock()
_keyring: _Keyring | None = None


def _hkdf(material: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(material)


def _configured_keys() -> list[str | bytes]:
    from django.conf import settings

    raw = getattr(settings, "PINTU_FIELD_KEYS", None) or []
    if isinstance(raw, str | bytes):  # tolerate "key1,key2" straight from an environment variable
        raw = raw.split("," if isinstance(raw, str) else b",")
    keys = [key.strip() for key in raw if key and key.strip()]
    if keys:
        return keys
    if getattr(settings, "DEBUG", False) or getattr(settings, "TESTING", False):
        logger.warning(
            "PINTU_FIELD_KEYS is not set: personal data is encrypted with a development key derived "
            "from SECRET_KEY. Never use this in production."
        )
        return [base64.urlsafe_b64encode(_hkdf(settings.SECRET_KEY.encode(), _FIELD_INFO))]
    raise ImproperlyConfigured(
        "Set PINTU_FIELD_KEYS (a list of Fernet keys, newest first) to encrypt personal data. Generate a key with: "
        'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
    )


def _build_keyring() -> _Keyring:
    fernets, index_keys = [], []
    for position, key in enumerate(_configured_keys()):
        try:
            fernets.append(Fernet(key))
            material = base64.urlsafe_b64decode(key)
        except (ValueError, TypeError):  # the message must not echo the key
            raise ImproperlyConfigured(
                f"PINTU_FIELD_KEYS[{position}] is not a Fernet key (url-safe base64 of 32 bytes)."
            ) from None
        index_keys.append(_hkdf(material, _INDEX_INFO))
    return _Keyring(MultiFernet(fernets), fernets[0], tuple(index_keys))


def _keys() -> _Keyring:
    global _keyring
    keyring = _keyring
    if keyring is None:
        with _lock:
            if _keyring is None:
                _keyring = _build_keyring()
            keyring = _keyring
    return keyring


def reset_key_cache() -> None:
    """Forget the cached keys; the next call reads the settings again."""
    global _keyring
    with _lock:
        _keyring = None


@receiver(setting_changed)
def _settings_changed(*, setting, **kwargs):
    if setting in _WATCHED_SETTINGS:
        reset_key_cache()


def generate_key() -> str:
    """A new random key for PINTU_FIELD_KEYS."""
    return Fernet.generate_key().decode("ascii")


def is_encrypted(stored: object) -> bool:
    return isinstance(stored, str) and stored.startswith(PREFIX)


def _token(stored: str) -> bytes:
    if not is_encrypted(stored):
        raise DecryptionError(f"Not an encrypted value (expected the {PREFIX!r} prefix).")
    return stored[len(PREFIX) :].encode("ascii")


def encrypt_text(plain: str) -> str:
    """``"fernet:<token>"`` for ``plain``, with the newest key; different on every call."""
    if not isinstance(plain, str):
        raise TypeError(f"encrypt_text() needs a str, not {type(plain).__name__}.")
    return PREFIX + _keys().fernet.encrypt(plain.encode("utf-8")).decode("ascii")


def decrypt_text(stored: str) -> str:
    """The plaintext of a value from encrypt_text; raises DecryptionError."""
    try:
        return _keys().fernet.decrypt(_token(stored)).decode("utf-8")
    except (InvalidToken, UnicodeError):
        raise DecryptionError("Cannot decrypt the value with any key in PINTU_FIELD_KEYS.") from None


def rotate_text(stored: str) -> str:
    """The same plaintext re-encrypted with the newest key (timestamp kept); raises DecryptionError."""
    try:
        return PREFIX + _keys().fernet.rotate(_token(stored)).decode("ascii")
    except (InvalidToken, UnicodeError):
        raise DecryptionError("Cannot decrypt the value with any key in PINTU_FIELD_KEYS.") from None


def encrypt_bytes(data: bytes) -> bytes:
    """A Fernet token for a file's content (e.g. a KTP scan), with the newest key."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"encrypt_bytes() needs bytes, not {type(data).__name__}.")
    return _keys().fernet.encrypt(bytes(data))


def decrypt_bytes(token: bytes) -> bytes:
    """The content encrypted by encrypt_bytes; raises DecryptionError."""
    try:
        return _keys().fernet.decrypt(bytes(token))
    except (InvalidToken, TypeError):
        raise DecryptionError("Cannot decrypt the file with any key in PINTU_FIELD_KEYS.") from None


def rotate_bytes(token: bytes) -> bytes:
    """A token from encrypt_bytes re-encrypted with the newest key; raises DecryptionError."""
    try:
        return _keys().fernet.rotate(bytes(token))
    except (InvalidToken, TypeError):
        raise DecryptionError("Cannot decrypt the file with any key in PINTU_FIELD_KEYS.") from None


def uses_newest_key(token: str | bytes) -> bool:
    """Whether a stored text value or file token already decrypts with the newest key (rotation skips it)."""
    raw = _token(token) if isinstance(token, str) else bytes(token)
    try:
        _keys().newest.decrypt(raw)
    except InvalidToken:
        return False
    return True


def _hmac_hex(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def blind_index(value: str) -> str:
    """HMAC-SHA256 (64 hex characters) of ``value`` under a key derived from the newest field key.

    Deterministic, so ``Model.objects.filter(nik_index=blind_index(nik))`` finds a row without
    decrypting anything. Normalise the value first; the index is exact and case-sensitive.
    It changes when a new key is put first (see "Key rotation" above).
    """
    if not isinstance(value, str):
        raise TypeError(f"blind_index() needs a str, not {type(value).__name__}.")
    return _hmac_hex(_keys().index_keys[0], value)


def blind_index_candidates(value: str) -> list[str]:
    """blind_index of ``value`` under every configured key, newest first (for lookups mid-rotation)."""
    if not isinstance(value, str):
        raise TypeError(f"blind_index_candidates() needs a str, not {type(value).__name__}.")
    return [_hmac_hex(key, value) for key in _keys().index_keys]
