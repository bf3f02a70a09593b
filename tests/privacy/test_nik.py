"""NIK validation and masking (pintu.privacy.nik)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pintu.privacy.nik import MESSAGES, PROVINCE_CODES, InvalidNik, NikInfo, mask_nik, normalize_nik, validate_nik

TODAY = dt.date(2025, 6, 30)
MALE = "1610061503900001"  # Sumatera Selatan, Ogan Ilir, kecamatan 06, 15-03-1990, serial 0001
FEMALE = "1610065503900002"  # same region, day 15 + 40 = 55, serial 0002


def nik_error(value, today=TODAY) -> InvalidNik:
    with pytest.raises(InvalidNik) as caught:
        validate_nik(value, today=today)
    return caught.value


def test_male_nik_is_described():
    info = validate_nik(MALE, today=TODAY)
    assert info == NikInfo(
        nik=MALE,
        province_code="16",
        regency_code="10",
        district_code="06",
        birth_date_candidates=(dt.date(1990, 3, 15),),  # 2090 is in the future
        sex="L",
        serial="0001",
    )


def test_female_day_has_40_added():
    info = validate_nik(FEMALE, today=TODAY)
    assert info.sex == "P"
    assert info.birth_date_candidates == (dt.date(1990, 3, 15),)
    assert info.serial == "0002"


def test_nik_info_has_no_address_fields():
    assert not {"address", "province_name", "regency_name", "city"} & set(NikInfo.__dataclass_fields__)


@pytest.mark.parametrize(
    "value",
    [
        "1610.06.150390.0001",
        "1610 0615 0390 0001",
        "1610-06-150390-0001",
        " 1610061503900001\n",
        "1610\t06150390\u00a00001",
    ],
)
def test_spaces_dots_and_dashes_are_ignored(value):
    assert validate_nik(value, today=TODAY).nik == MALE
    assert normalize_nik(value) == MALE


def test_two_digit_year_keeps_both_centuries_when_both_are_past():
    info = validate_nik("1610060101050001", today=TODAY)
    assert info.birth_date_candidates == (dt.date(1905, 1, 1), dt.date(2005, 1, 1))


def test_future_20yy_is_dropped():
    info = validate_nik("1610060101300001", today=TODAY)
    assert info.birth_date_candidates == (dt.date(1930, 1, 1),)


def test_born_today_is_valid():
    info = validate_nik("1610063006250001", today=TODAY)
    assert dt.date(2025, 6, 30) in info.birth_date_candidates


def test_29_february_needs_a_leap_year_in_one_century():
    assert validate_nik("1610062902000001", today=TODAY).birth_date_candidates == (dt.date(2000, 2, 29),)
    assert validate_nik("1610066902040001", today=TODAY).birth_date_candidates == (
        dt.date(1904, 2, 29),
        dt.date(2004, 2, 29),
    )
    assert nik_error("1610062902010001").code == "date"  # neither 1901 nor 2001 is a leap year


def test_today_is_injectable():
    assert nik_error("1610061503950001", today=dt.date(1990, 1, 1)).code == "date"  # 1995 and 2095 both future
    assert validate_nik("1610061503950001", today=dt.date(1996, 1, 1)).birth_date_candidates == (dt.date(1995, 3, 15),)


def test_default_today_is_the_real_date():
    assert validate_nik(MALE).birth_date_candidates == (dt.date(1990, 3, 15),)


def test_there_are_38_provinces():
    assert len(PROVINCE_CODES) == 38
    assert {"11", "19", "21", "31", "36", "51", "53", "61", "65", "71", "76", "81", "82", "91", "96"} <= PROVINCE_CODES


@pytest.mark.parametrize("code", sorted(PROVINCE_CODES))
def test_every_province_code_is_accepted(code):
    assert validate_nik(code + MALE[2:], today=TODAY).province_code == code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "length"),
        ("161006150390001", "length"),  # 15 digits
        ("16100615039000011", "length"),  # 17 digits
        ("1610 06", "length"),
        ("16100615039O0001", "digits"),  # letter O
        ("1610061503900001x", "digits"),
        ("+1610061503900001", "digits"),
        ("١٦١٠٠٦١٥٠٣٩٠٠٠٠١", "digits"),  # Arabic-Indic digits are not accepted
        ("１６１００６１５０３９０００１", "digits"),  # full-width digits
        ("0010061503900001", "province"),
        ("1010061503900001", "province"),
        ("2010061503900001", "province"),
        ("3710061503900001", "province"),
        ("9710061503900001", "province"),
        ("9910061503900001", "province"),
        ("1600061503900001", "regency"),
        ("1610001503900001", "district"),
        ("1610060003900001", "date"),  # day 0
        ("1610063203900001", "date"),  # day 32
        ("1610064003900001", "date"),  # day 40 = female day 0
        ("1610067203900001", "date"),  # day 72 = female day 32
        ("1610069903900001", "date"),
        ("1610061500900001", "date"),  # month 0
        ("1610061513900001", "date"),  # month 13
        ("1610063102900001", "date"),  # 31 February
        ("1610063104900001", "date"),  # 31 April
        ("1610067002900001", "date"),  # female 30 February
        ("1610061503900000", "serial"),
        ("0000000000000000", "province"),  # the first failing part is reported
    ],
)
def test_invalid_nik_codes(value, code):
    assert nik_error(value).code == code


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_error_messages_in_both_languages(code):
    error = InvalidNik.for_code(code)
    message_id, message_en = MESSAGES[code]
    assert (error.code, error.message_id, error.message_en) == (code, message_id, message_en)
    assert str(error) == message_id == error.message() == error.message("id")
    assert error.message("en") == error.message("en-us") == message_en
    assert isinstance(error, ValueError)


def test_known_messages():
    assert nik_error("123").message_id == "NIK harus 16 angka."
    assert nik_error("1610063203900001").message_id == "Tanggal lahir pada NIK tidak sah."
    assert nik_error("1610063203900001").message_en == "The date of birth in the NIK is not valid."


def test_error_constructor_signature():
    error = InvalidNik("length", "NIK harus 16 angka.", "The NIK must be 16 digits.")
    assert (error.code, error.message_id, error.message_en) == (
        "length",
        "NIK harus 16 angka.",
        "The NIK must be 16 digits.",
    )


def test_errors_and_repr_do_not_leak_the_nik():
    error = nik_error("1610061503900000")
    assert "1610061503900000" not in str(error) + repr(error)
    info = validate_nik(MALE, today=TODAY)
    assert MALE not in repr(info)
    assert "1610********0001" in repr(info)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        (MALE, "1610********0001"),
        (FEMALE, "1610********0002"),
        ("1610 06 150390 0001", "1610********0001"),
        ("0000000000000000", "0000********0000"),  # masking does not validate
        ("161006", ""),
        ("16100615039000011", ""),
        ("1610O61503900001", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_nik(value, masked):
    assert mask_nik(value) == masked


def test_masked_property():
    assert validate_nik(FEMALE, today=TODAY).masked == "1610********0002"


def test_none_is_a_length_error():
    assert nik_error(None).code == "length"


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_any_16_digits_validate_or_raise_invalid_nik(value):
    try:
        info = validate_nik(value, today=TODAY)
    except InvalidNik as error:
        assert error.code in {"province", "regency", "district", "date", "serial"}
        return
    assert info.nik == value
    assert info.sex in {"L", "P"}
    assert info.birth_date_candidates
    assert all(date <= TODAY for date in info.birth_date_candidates)
    assert list(info.birth_date_candidates) == sorted(info.birth_date_candidates)


@given(st.one_of(st.text(), st.text(alphabet="0123456789 .-x", max_size=20), st.integers(), st.none()))
def test_any_input_validates_or_raises_invalid_nik(value):
    try:
        validate_nik(value, today=TODAY)
    except InvalidNik as error:
        assert error.code in MESSAGES
    mask = mask_nik(value)
    assert mask == "" or (len(mask) == 16 and mask[4:12] == "*" * 8)


@given(
    province=st.sampled_from(sorted(PROVINCE_CODES)),
    regency=st.integers(1, 99),
    district=st.integers(1, 99),
    born=st.dates(dt.date(1900, 1, 1), TODAY),
    sex=st.sampled_from("LP"),
    serial=st.integers(1, 9999),
)
def test_constructed_niks_are_valid(province, regency, district, born, sex, serial):
    day = born.day + (40 if sex == "P" else 0)
    nik = f"{province}{regency:02d}{district:02d}{day:02d}{born:%m%y}{serial:04d}"
    info = validate_nik(nik, today=TODAY)
    assert born in info.birth_date_candidates
    assert (info.province_code, info.regency_code, info.district_code) == (
        province,
        f"{regency:02d}",
        f"{district:02d}",
    )
    assert (info.sex, info.serial) == (sex, f"{serial:04d}")
    assert mask_nik(nik) == nik[:4] + "********" + nik[-4:]
