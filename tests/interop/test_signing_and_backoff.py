"""The pure parts: HMAC signatures with a timestamp window, and the retry schedule."""

import pytest

from pintu.interop import signing
from pintu.interop.outbound.backoff import exhausted, retry_delay

SECRET = "s3cret"
BODY = b'{"id":"1","text":"halo"}'


def test_a_good_signature_verifies():
    headers = signing.signed_headers(SECRET, BODY, now=1_700_000_000)
    signing.verify(SECRET, headers["X-Pintu-Timestamp"], headers["X-Pintu-Signature"], BODY, now=1_700_000_010)


@pytest.mark.parametrize(
    ("secret", "body", "now", "reason"),
    [
        ("other", BODY, 1_700_000_000, "bad_signature"),  # wrong key
        (SECRET, BODY + b" ", 1_700_000_000, "bad_signature"),  # the signature replayed on another body
        (SECRET, BODY, 1_700_000_301, "stale"),  # outside the 300 s window
        (SECRET, BODY, 1_699_999_699, "stale"),  # from the future beyond the window
    ],
)
def test_bad_signatures_are_refused(secret, body, now, reason):
    headers = signing.signed_headers(SECRET, BODY, now=1_700_000_000)
    with pytest.raises(signing.SignatureError) as caught:
        signing.verify(secret, headers["X-Pintu-Timestamp"], headers["X-Pintu-Signature"], body, now=now)
    assert caught.value.reason == reason


def test_missing_or_malformed_headers_are_refused():
    for timestamp, signature in ((None, "ab"), ("1", None), ("yesterday", "ab")):
        with pytest.raises(signing.SignatureError):
            signing.verify(SECRET, timestamp, signature, BODY, now=1)


def test_the_window_is_configurable():
    headers = signing.signed_headers(SECRET, BODY, now=1000)
    signing.verify(SECRET, headers["X-Pintu-Timestamp"], headers["X-Pintu-Signature"], BODY, now=1500, window=600)


def test_backoff_doubles_up_to_the_cap_with_bounded_jitter():
    assert retry_delay(1, base=60, rng=lambda: 0) == 60
    assert retry_delay(2, base=60, rng=lambda: 0) == 120
    assert retry_delay(3, base=60, rng=lambda: 0) == 240
    assert retry_delay(3, base=60, rng=lambda: 1) == pytest.approx(240 * 1.2)
    assert retry_delay(30, base=60, cap=3600, rng=lambda: 0) == 3600
    assert retry_delay(0) == 0


def test_a_delivery_is_dead_after_the_maximum_attempts():
    assert not exhausted(5, 6)
    assert exhausted(6, 6)
