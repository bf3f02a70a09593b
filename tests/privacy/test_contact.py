"""Phone and email normalisation and masking (pintu.privacy.contact)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pintu.privacy.contact import (
    InvalidEmail,
    InvalidPhone,
    mask_email,
    mask_phone,
    normalize_phone,
    validate_email_address,
)


@pytest.mark.parametrize(
    ("value", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62-812-3456-7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("0062 812 3456 7890", "+6281234567890"),
        ("+62 (0)812 3456 7890", "+6281234567890"),
        ("0812.3456.7890", "+6281234567890"),
        ("  0812 3456 7890\n", "+6281234567890"),
        ("812 3456 7890", "+6281234567890"),  # typed after a "+62" label
        ("0812345678", "+62812345678"),  # 08 + 8 digits: shortest mobile
        ("0812345678901", "+62812345678901"),  # 08 + 11 digits: longest mobile
        ("0895-1234-5678", "+6289512345678"),
        ("(0711) 123456", "+62711123456"),  # Palembang
        ("0711-123456", "+62711123456"),
        ("+62 711 123456", "+62711123456"),
        ("021-1234-5678", "+622112345678"),  # Jakarta
        ("(021) 12345", "+622112345"),  # 2-digit area code + 5 digits
        ("62 21 5555 1234", "+622155551234"),
        ("0967 123456", "+62967123456"),  # Jayapura
        ("(0778) 1234-5678", "+62778" + "12345678"),  # 3-digit area code + 8 digits
    ],
)
def test_normalize_phone(value, e164):
    assert normalize_phone(value) == e164


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        None,
        "081234567",  # 08 + 7 digits
        "08123456789012",  # 08 + 12 digits
        "+1 202 555 0100",
        "001 202 555 0100",
        "+65 8123 4567",
        "0812-3456-789a",
        "0812_3456_7890",
        "0812+3456+7890",
        "0800-1-234567",  # freephone, not a mobile
        "(021) 1234",  # too short
        "0711 123456789",  # too long
        "0123 4567",  # no area code starts with 1
        "12345678",
        "+62",
        "+6200812345678",
        "٠٨١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic digits
    ],
)
def test_invalid_phone(value):
    with pytest.raises(InvalidPhone) as caught:
        normalize_phone(value)
    error = caught.value
    assert error.message_id and error.message_en
    assert str(error) == error.message_id == error.message("id")
    assert error.message("en") == error.message_en
    assert isinstance(error, ValueError)


def test_phone_messages():
    with pytest.raises(InvalidPhone, match="Hanya nomor telepon Indonesia") as caught:
        normalize_phone("+1 202 555 0100")
    assert caught.value.message_en == "Only Indonesian (+62) phone numbers are accepted."
    with pytest.raises(InvalidPhone, match="Contoh: 0812-3456-7890"):
        normalize_phone("0812")


def test_invalid_phone_constructor_signature():
    error = InvalidPhone("Nomor telepon tidak sah.", "Invalid phone number.")
    assert (error.message_id, error.message_en) == ("Nomor telepon tidak sah.", "Invalid phone number.")


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("+6281234567890", "+62812****7890"),
        ("0812-3456-7890", "+62812****7890"),
        ("0812345678901", "+62812*****8901"),
        ("0812345678", "+6281***5678"),
        ("(0711) 123456", "+6271***3456"),
        ("(021) 12345", "+62***2345"),
        ("not a phone", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(value, masked):
    assert mask_phone(value) == masked


@given(st.one_of(st.text(), st.text(alphabet="+0123456789 -()", max_size=20), st.none()))
def test_any_input_normalizes_or_raises_invalid_phone(value):
    try:
        e164 = normalize_phone(value)
    except InvalidPhone:
        assert mask_phone(value) == ""
        return
    assert e164.startswith("+62")
    assert e164[1:].isascii() and e164[1:].isdigit()
    assert 10 <= len(e164) <= 15
    assert normalize_phone(e164) == e164  # idempotent
    masked = mask_phone(value)
    assert masked.count("*") >= 3 and masked[-4:] == e164[-4:] and len(masked) == len(e164)


@pytest.mark.parametrize(
    ("value", "clean"),
    [
        ("budi@gmail.com", "budi@gmail.com"),
        ("Budi.Santoso@Example.CO.ID", "Budi.Santoso@example.co.id"),
        ("  siti+lapor@Ogan-Ilir.go.id ", "siti+lapor@ogan-ilir.go.id"),
    ],
)
def test_validate_email_address(value, clean):
    assert validate_email_address(value) == clean


@pytest.mark.parametrize(
    "value",
    ["", "   ", None, "budi", "budi@", "@gmail.com", "budi@localhost", "budi@gmail", "a@b@c.com", "budi @gmail.com"],
)
def test_invalid_email(value):
    with pytest.raises(InvalidEmail) as caught:
        validate_email_address(value)
    assert caught.value.message_id.startswith("Alamat email")
    assert caught.value.message_en
    assert caught.value.message("en") == caught.value.message_en


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("budi@gmail.com", "b***@gmail.com"),
        ("b@gmail.com", "b***@gmail.com"),
        ("Budi.Santoso@Example.CO.ID", "B***@example.co.id"),
        ("nope", ""),
        ("@gmail.com", ""),
        ("budi@", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_email(value, masked):
    assert mask_email(value) == masked
