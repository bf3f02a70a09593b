"""Field encryption, rotation and blind indexes (pintu.privacy.crypto)."""

import base64
import hashlib
import logging

import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from pintu.privacy import crypto
from pintu.privacy.crypto import (
    DecryptionError,
    blind_index,
    blind_index_candidates,
    decrypt_bytes,
    decrypt_text,
    encrypt_bytes,
    encrypt_text,
    reset_key_cache,
    rotate_bytes,
    rotate_text,
)

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()
NIK = "1610061503900001"


@pytest.fixture(autouse=True)
def fresh_keys():
    reset_key_cache()
    yield
    reset_key_cache()


def keys(*field_keys):
    return override_settings(PINTU_FIELD_KEYS=list(field_keys))


def test_round_trip():
    with keys(KEY_A):
        stored = encrypt_text("Budi Santoso, NIK 1610061503900001")
        assert stored.startswith("fernet:")
        assert "Budi" not in stored and NIK not in stored
        assert decrypt_text(stored) == "Budi Santoso, NIK 1610061503900001"


def test_unicode_and_empty_round_trip():
    with keys(KEY_A):
        for plain in ["", "Jl. Merdeka № 5 — Inderalaya ✓", "😀" * 50]:
            assert decrypt_text(encrypt_text(plain)) == plain


def test_same_plaintext_encrypts_differently():
    with keys(KEY_A):
        first, second = encrypt_text(NIK), encrypt_text(NIK)
        assert first != second
        assert decrypt_text(first) == decrypt_text(second) == NIK


def test_encrypt_text_needs_a_str():
    with keys(KEY_A), pytest.raises(TypeError):
        encrypt_text(b"bytes")


@pytest.mark.parametrize("stored", [NIK, "fernet:", "fernet:not-a-token", "fernet:é", ""])
def test_garbage_does_not_decrypt(stored):
    with keys(KEY_A), pytest.raises(DecryptionError):
        decrypt_text(stored)


def test_tampered_token_does_not_decrypt():
    with keys(KEY_A):
        stored = encrypt_text(NIK)
        token = bytearray(base64.urlsafe_b64decode(stored.removeprefix("fernet:")))
        token[-40] ^= 1
        with pytest.raises(DecryptionError):
            decrypt_text("fernet:" + base64.urlsafe_b64encode(bytes(token)).decode())


def test_wrong_key_does_not_decrypt():
    with keys(KEY_A):
        stored = encrypt_text(NIK)
    with keys(KEY_B), pytest.raises(DecryptionError):
        decrypt_text(stored)


def test_rotation():
    with keys(KEY_A):
        old = encrypt_text(NIK)
    with keys(KEY_B, KEY_A):
        assert decrypt_text(old) == NIK  # old data still readable after the new key goes first
        new = rotate_text(old)
        assert new.startswith("fernet:") and new != old
        assert decrypt_text(encrypt_text("baru")) == "baru"
    with keys(KEY_B):
        assert decrypt_text(new) == NIK  # the old key can now be dropped
        with pytest.raises(DecryptionError):
            decrypt_text(old)
    with keys(KEY_A), pytest.raises(DecryptionError):
        decrypt_text(new)


def test_new_writes_use_the_newest_key():
    with keys(KEY_B, KEY_A):
        stored = encrypt_text(NIK)
    with keys(KEY_B):
        assert decrypt_text(stored) == NIK


def test_rotate_garbage_raises_decryption_error():
    with keys(KEY_A), pytest.raises(DecryptionError):
        rotate_text("fernet:nonsense")
    with keys(KEY_B):
        stored = encrypt_text(NIK)
    with keys(KEY_A), pytest.raises(DecryptionError):
        rotate_text(stored)


def test_bytes_round_trip_and_rotation():
    scan = bytes(range(256)) * 1000  # a 256 kB "KTP scan"
    with keys(KEY_A):
        token = encrypt_bytes(scan)
        assert isinstance(token, bytes) and scan not in token
        assert encrypt_bytes(scan) != token
        assert decrypt_bytes(token) == scan
        assert decrypt_bytes(encrypt_bytes(memoryview(b"abc"))) == b"abc"
    with keys(KEY_B, KEY_A):
        rotated = rotate_bytes(token)
    with keys(KEY_B):
        assert decrypt_bytes(rotated) == scan
        with pytest.raises(DecryptionError):
            decrypt_bytes(token)
        with pytest.raises(DecryptionError):
            decrypt_bytes(b"garbage")
        with pytest.raises(DecryptionError):
            rotate_bytes(b"garbage")
        with pytest.raises(TypeError):
            encrypt_bytes("text")


def test_blind_index_is_stable_and_distinct():
    with keys(KEY_A):
        index = blind_index(NIK)
        assert index == blind_index(NIK)
        reset_key_cache()
        assert index == blind_index(NIK)
        assert len(index) == 64 and int(index, 16) >= 0
        assert blind_index("1610061503900002") != index
        assert blind_index("") != index
        assert index != hashlib.sha256(NIK.encode()).hexdigest()  # keyed, not a plain hash
    with keys(KEY_B):
        assert blind_index(NIK) != index


def test_blind_index_candidates_during_rotation():
    with keys(KEY_A):
        index_a = blind_index(NIK)
    with keys(KEY_B):
        index_b = blind_index(NIK)
    with keys(KEY_B, KEY_A):
        assert blind_index(NIK) == index_b  # the newest key decides
        assert blind_index_candidates(NIK) == [index_b, index_a]


def test_blind_index_needs_a_str():
    with keys(KEY_A), pytest.raises(TypeError):
        blind_index(1610061503900001)
    with keys(KEY_A), pytest.raises(TypeError):
        blind_index_candidates(None)


def test_blind_index_key_differs_from_encryption_key():
    # HMAC under the raw Fernet key would tie the index to the encryption key; HKDF separates them.
    import hmac

    with keys(KEY_A):
        raw = base64.urlsafe_b64decode(KEY_A)
        assert blind_index(NIK) != hmac.new(raw, NIK.encode(), hashlib.sha256).hexdigest()
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"pintu-blind-index").derive(raw)
        assert blind_index(NIK) == hmac.new(derived, NIK.encode(), hashlib.sha256).hexdigest()


@pytest.mark.parametrize("empty", [[], (), None, "", [""], ["  "]])
def test_production_without_keys_is_refused(empty):
    with override_settings(DEBUG=False, TESTING=False, PINTU_FIELD_KEYS=empty):
        with pytest.raises(ImproperlyConfigured, match="Set PINTU_FIELD_KEYS"):
            encrypt_text(NIK)
        with pytest.raises(ImproperlyConfigured):
            decrypt_text("fernet:x")
        with pytest.raises(ImproperlyConfigured):
            blind_index(NIK)
        with pytest.raises(ImproperlyConfigured):
            encrypt_bytes(b"x")


def test_production_with_the_setting_absent_is_refused():
    with override_settings(DEBUG=False, TESTING=False):
        if hasattr(settings, "PINTU_FIELD_KEYS"):
            del settings.PINTU_FIELD_KEYS
        with pytest.raises(ImproperlyConfigured, match="Set PINTU_FIELD_KEYS"):
            encrypt_text(NIK)


def test_production_with_keys_works():
    with override_settings(DEBUG=False, TESTING=False, PINTU_FIELD_KEYS=[KEY_A]):
        assert decrypt_text(encrypt_text(NIK)) == NIK


@pytest.mark.parametrize("bad", ["not-a-key", "c2hvcnQ=", KEY_A[:-4]], ids=["not-a-key", "too-short", "truncated-key"])
def test_malformed_key_is_reported_without_echoing_it(bad):
    with keys(KEY_A, bad), pytest.raises(ImproperlyConfigured, match=r"PINTU_FIELD_KEYS\[1\]") as caught:
        encrypt_text(NIK)
    assert bad not in str(caught.value)


def test_comma_separated_string_and_bytes_keys():
    with keys(KEY_A):
        stored = encrypt_text(NIK)
    with override_settings(PINTU_FIELD_KEYS=f"{KEY_B}, {KEY_A}"):
        assert decrypt_text(stored) == NIK
        fresh = encrypt_text(NIK)
    with keys(KEY_B.encode()):
        assert decrypt_text(fresh) == NIK


def dev_key(secret: str) -> bytes:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"pintu-field-encryption").derive(
        secret.encode()
    )
    return base64.urlsafe_b64encode(derived)


@pytest.mark.parametrize(("debug", "testing"), [(True, False), (False, True), (True, True)])
def test_development_key_is_derived_from_secret_key(debug, testing, caplog):
    caplog.set_level(logging.WARNING, logger="pintu.privacy.crypto")
    with override_settings(DEBUG=debug, TESTING=testing, PINTU_FIELD_KEYS=[], SECRET_KEY="dev-secret-1"):
        stored = encrypt_text(NIK)
        encrypt_text(NIK)
        blind_index(NIK)
        assert decrypt_text(stored) == NIK
    warnings = [r for r in caplog.records if r.name == "pintu.privacy.crypto" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "PINTU_FIELD_KEYS" in warnings[0].getMessage()
    assert Fernet(dev_key("dev-secret-1")).decrypt(stored.removeprefix("fernet:").encode()).decode() == NIK
    with keys(dev_key("dev-secret-1").decode()):
        assert decrypt_text(stored) == NIK  # deterministic: the same key every time
    with override_settings(DEBUG=True, PINTU_FIELD_KEYS=[], SECRET_KEY="dev-secret-2"), pytest.raises(DecryptionError):
        decrypt_text(stored)


def test_configured_keys_are_not_mixed_with_the_development_key():
    with override_settings(DEBUG=True, PINTU_FIELD_KEYS=[], SECRET_KEY="dev-secret-1"):
        stored = encrypt_text(NIK)
    with override_settings(DEBUG=True, PINTU_FIELD_KEYS=[KEY_A], SECRET_KEY="dev-secret-1"):
        with pytest.raises(DecryptionError):
            decrypt_text(stored)


def test_keys_are_cached_until_reset(monkeypatch):
    calls = []
    real = crypto._build_keyring
    monkeypatch.setattr(crypto, "_build_keyring", lambda: calls.append(1) or real())
    with keys(KEY_A):
        encrypt_text(NIK)
        encrypt_text(NIK)
        blind_index(NIK)
        assert len(calls) == 1
        reset_key_cache()
        encrypt_text(NIK)
        assert len(calls) == 2


def test_override_settings_drops_the_cache_by_itself():
    with keys(KEY_A):
        stored = encrypt_text(NIK)
    with keys(KEY_B):  # no reset_key_cache() call in between
        with pytest.raises(DecryptionError):
            decrypt_text(stored)


def test_generate_key_is_usable():
    key = crypto.generate_key()
    assert isinstance(key, str)
    with keys(key):
        assert decrypt_text(encrypt_text(NIK)) == NIK


@given(st.text())
def test_any_text_round_trips(plain):
    with keys(KEY_A):
        stored = encrypt_text(plain)
        assert crypto.is_encrypted(stored)
        assert decrypt_text(stored) == plain
        assert decrypt_text(rotate_text(stored)) == plain
