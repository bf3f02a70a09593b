"""The notice deadline: 10 hari kerja, one extension of at most 7, given before the first deadline ends."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from pintu.letters.models import Letter
from pintu.ppid.models import PpidSettings
from pintu.ppid.requests import clocks, decisions, services
from pintu.workdays.calendar import get_calendar
from tests.factories.ppid import local

pytestmark = pytest.mark.django_db


def test_issue_example_due_and_extended_due(extend, assigned, user_named):
    """The issue's example: received Monday 2026-03-16 10:00 -> due 2026-04-07; 2026-04-16 after extension.

    Day 1 is Tue 17 Mar; 18-24 Mar are cuti bersama, Nyepi, Idul Fitri and the weekend; 3 Apr is Good Friday.
    """
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    assert request.due_date == datetime.date(2026, 4, 7)
    request = extend("ppid.pupr", request, "Informasi tersebar di beberapa bidang.", now=local(2026, 4, 6, 9, 0))
    assert request.extended and request.extension_days == 7
    letter = request.documents.get(original_name__startswith="pemberitahuan-perpanjangan")
    assert letter.sha256 == Letter.objects.get(kind="pemberitahuan_perpanjangan", case_id=request.pk).sha256
    assert request.extended_due == datetime.date(2026, 4, 16)
    assert request.effective_due == datetime.date(2026, 4, 16)


def test_extension_on_the_due_day_is_still_in_time(extend, assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    request = extend("ppid.utama", request, "Alasan.", now=local(2026, 4, 7, 15, 59))
    assert request.extended_due == datetime.date(2026, 4, 16)


def test_extension_refused_after_the_first_deadline(letters_ready, assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    with pytest.raises(ValidationError) as exc:
        decisions.extend(user_named("ppid.pupr"), request, "Terlambat.", now=local(2026, 4, 8, 8, 0))
    assert "Perpanjangan harus diberitahukan sebelum batas waktu pertama berakhir." in exc.value.messages
    request.refresh_from_db()
    assert not request.extended and request.status == "diproses"


def test_extension_only_once(extend, assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    request = extend("ppid.pupr", request, "Pertama.", days=3, now=local(2026, 3, 30, 9))
    with pytest.raises(ValidationError) as exc:
        decisions.extend(user_named("ppid.pupr"), request, "Kedua.", days=3, now=local(2026, 3, 31, 9))
    assert "satu kali" in exc.value.messages[0]


def test_extension_needs_a_reason(letters_ready, assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    with pytest.raises(ValidationError) as exc:
        decisions.extend(user_named("ppid.pupr"), request, "  ", now=local(2026, 3, 30, 9))
    assert "reason" in exc.value.message_dict


@pytest.mark.parametrize("days", [0, 8, 30])
def test_extension_at_most_seven_working_days(letters_ready, assigned, user_named, days):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    with pytest.raises(ValidationError) as exc:
        decisions.extend(user_named("ppid.pupr"), request, "Alasan.", days=days, now=local(2026, 3, 30, 9))
    assert "days" in exc.value.message_dict


def test_shorter_extension(extend, assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    request = extend("ppid.pupr", request, "Alasan.", days=2, now=local(2026, 3, 30, 9))
    assert request.extended_due == datetime.date(2026, 4, 9)


def test_clock_waits_until_the_request_is_complete(filed, user_named):
    utama = user_named("ppid.utama")
    request = filed(received_at=local(2026, 3, 16, 10, 0))
    request = services.mark_incomplete(utama, request, "Lampirkan KTP yang terbaca.")
    assert request.status == "perlu_dilengkapi" and request.due_date is None
    request = services.complete_request(utama, request, at=local(2026, 4, 6, 11, 0))
    assert request.status == "diterima"
    # day 1 = Tue 7 Apr ... day 10 = Mon 20 Apr
    assert request.due_date == datetime.date(2026, 4, 20)


def test_clock_from_receipt_when_configured(filed, user_named):
    settings_row = PpidSettings.load()
    settings_row.request_clock_waits_for_complete = False
    settings_row.save()
    utama = user_named("ppid.utama")
    request = filed(received_at=local(2026, 3, 16, 10, 0))
    request = services.mark_incomplete(utama, request, "Lengkapi.")
    assert request.due_date == datetime.date(2026, 4, 7)


def test_after_hours_receipt_counts_from_next_working_day(filed):
    request = filed(received_at=local(2026, 4, 6, 17, 0))  # Monday after closing -> counts as Tuesday
    assert request.due_date == datetime.date(2026, 4, 21)


def test_progress_shows_working_day_number(assigned):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    clock = clocks.current_clock(request, get_calendar(), now=local(2026, 3, 26, 12, 0))
    assert (clock.progress.day, clock.progress.total) == (3, 10)
    assert not clock.progress.overdue


def test_calendar_change_recomputes_stored_due_dates(assigned):
    from pintu.workdays.services import add_closed_day

    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    add_closed_day(datetime.date(2026, 3, 25), "Penutupan kantor")  # queues the recomputers (inline in tests)
    request.refresh_from_db()
    assert request.due_date == datetime.date(2026, 4, 8)
