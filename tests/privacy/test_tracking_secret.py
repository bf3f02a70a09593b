"""Tracking secrets: keyed HMAC, old password-style hashes still accepted, key rotation honoured."""

from django.contrib.auth.hashers import make_password

from pintu.privacy.tracking import DUMMY_HASH, PREFIX, hash_tracking_secret, tracking_secret_matches


def test_hash_is_keyed_and_verifies(settings):
    stored = hash_tracking_secret("ABCD2345")
    assert stored.startswith(PREFIX)
    assert "ABCD2345" not in stored
    assert tracking_secret_matches("ABCD2345", stored)
    assert not tracking_secret_matches("ABCD2346", stored)
    settings.SECRET_KEY = "another-key-" + "x" * 50
    assert not tracking_secret_matches("ABCD2345", stored)  # the database alone proves nothing


def test_rotation_keeps_old_hashes_valid(settings):
    settings.SECRET_KEY = "old-key-" + "o" * 50
    stored = hash_tracking_secret("WXYZ7890")
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "new-key-" + "n" * 50
    assert tracking_secret_matches("WXYZ7890", stored)


def test_hashes_written_before_the_change_still_verify():
    legacy = make_password("ABCD2345")
    assert tracking_secret_matches("ABCD2345", legacy)
    assert not tracking_secret_matches("ZZZZ2345", legacy)


def test_empty_values_and_the_dummy_never_match():
    assert not tracking_secret_matches("", hash_tracking_secret(""))
    assert not tracking_secret_matches("ABCD2345", "")
    assert not tracking_secret_matches("ABCD2345", DUMMY_HASH)
