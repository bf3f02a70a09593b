"""The working-day calculator's question (pintu.workdays.calculator.read_question), read once for the site's
page and the API: what it accepts, and each refusal in the words both faces show."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from pintu.workdays.calculator import MAX_WORKING_DAYS, read_question


def errors_of(*args) -> dict:
    with pytest.raises(ValidationError) as caught:
        read_question(*args)
    return {field: [str(m) for m in messages] for field, messages in caught.value.message_dict.items()}


def test_reads_a_complete_question():
    question = read_question("2026-03-16", "15:30", "10")
    assert question.received_date == datetime.date(2026, 3, 16)
    assert question.received_time == datetime.time(15, 30)
    assert question.working_days == 10


def test_time_is_optional_and_days_may_be_a_number():
    question = read_question(" 2026-03-16 ", "", MAX_WORKING_DAYS)
    assert question.received_time is None and question.working_days == MAX_WORKING_DAYS


def test_reads_the_dates_the_indonesian_form_accepts():
    with translation.override("id"):
        assert read_question("16/03/2026", "", 1).received_date == datetime.date(2026, 3, 16)


@pytest.mark.parametrize(
    ("args", "field", "message"),
    [
        (("", "", "3"), "received_date", "Isi tanggal diterima."),
        (("2026-02-30", "", "3"), "received_date", "Tanggal diterima harus berupa tanggal yang sah"),
        (("2026-03-16", "25:99", "3"), "received_time", "Jam diterima harus berupa jam yang sah"),
        (("2026-03-16", "", ""), "working_days", "Isi jumlah hari kerja."),
        (("2026-03-16", "", "abc"), "working_days", "Jumlah hari kerja harus berupa bilangan bulat."),
        (("2026-03-16", "", "0"), "working_days", "Jumlah hari kerja paling sedikit 1."),
        (("2026-03-16", "", "367"), "working_days", "Jumlah hari kerja paling banyak 366."),
    ],
)
def test_each_wrong_field_is_named_with_its_message(args, field, message):
    errors = errors_of(*args)
    assert list(errors) == [field] and errors[field][0].startswith(message)


def test_every_wrong_field_is_named_at_once():
    assert set(errors_of("x", "y", "z")) == {"received_date", "received_time", "working_days"}
