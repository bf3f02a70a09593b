"""The tracking pages' progress steps and deadlines in plain words (issue #16 item 8)."""

from datetime import date

import pytest
from django.urls import reverse

from pintu.cases.progress import AHEAD, CURRENT, DONE, steps
from pintu.complaints import progress as report_progress
from pintu.complaints.workflow import Status
from pintu.ppid.objections.progress import progress_steps as objection_steps
from pintu.ppid.requests import progress as request_progress
from pintu.workdays.domain import Progress
from pintu.workdays.wording import deadline_words


def _progress(day=3, total=5, due=date(2026, 12, 21), **flags):
    values = {"paused": False, "overdue": False, "due_soon": False, "remaining": total - day, "calendar_days": False}
    values.update(flags)
    return Progress(day, total, due, values["paused"], values["overdue"], values["due_soon"], values["remaining"],
                    values["calendar_days"])  # fmt: skip


def test_the_deadline_in_plain_words():
    assert deadline_words("OPD menjawab", _progress()) == (
        "OPD menjawab paling lambat Senin, 21 Desember 2026 (hari kerja ke-3 dari 5)"
    )


def test_calendar_days_overdue_paused_and_not_yet_started_are_said_so():
    assert deadline_words("X", _progress(calendar_days=True)).endswith("(hari ke-3 dari 5 hari kalender)")
    overdue = deadline_words("OPD menjawab", _progress(day=7, overdue=True))
    assert "sudah lewat" in overdue and "hari kerja ke-7 dari 5" in overdue
    assert "dihentikan sementara" in deadline_words("OPD menjawab", _progress(due=None, paused=True))
    assert "dihitung mulai hari kerja berikutnya" in deadline_words("OPD menjawab", _progress(day=0))


def test_the_deadline_follows_the_page_language():
    from django.utils import translation

    with translation.override("en"):
        text = deadline_words("The OPD answers", _progress())
    assert "21" in text and "2026" in text


def test_steps_are_done_current_and_ahead():
    assert [s.state for s in steps("abcde", 2)] == [DONE, DONE, CURRENT, AHEAD, AHEAD]
    assert [s.state for s in steps("abc", 2, finished=True)] == [DONE, DONE, DONE]


@pytest.mark.parametrize(
    ("status", "current"),
    [
        (Status.DITERIMA, "Diterima"),
        (Status.TERVERIFIKASI, "Diverifikasi"),
        (Status.DIPROSES, "Di OPD"),
        (Status.PERLU_INFO, "Di OPD"),
        (Status.DIBUKA_KEMBALI, "Di OPD"),
        (Status.DITINDAKLANJUTI, "Ditindaklanjuti"),
    ],
)
def test_a_report_status_on_the_five_steps(status, current):
    found = report_progress.progress_steps(status)
    assert [s.label for s in found] == ["Diterima", "Diverifikasi", "Di OPD", "Ditindaklanjuti", "Selesai"]
    assert [s.label for s in found if s.current] == [current]


def test_closed_archived_and_forwarded_reports_end_their_way():
    assert all(s.done for s in report_progress.progress_steps(Status.SELESAI))
    archived = report_progress.progress_steps(Status.DIARSIPKAN)
    assert [s.label for s in archived] == ["Diterima", "Diarsipkan"] and all(s.done for s in archived)
    assert report_progress.progress_steps(Status.DILIMPAHKAN)[-1].label == "Dilimpahkan ke instansi lain"


def test_request_and_objection_steps():
    found = request_progress.progress_steps("diperpanjang")
    assert [s.label for s in found if s.current] == ["Diproses"]
    assert [s.label for s in objection_steps("registered") if s.current] == ["Diterima"]
    assert objection_steps("disputed")[-1].label == "Sengketa di Komisi Informasi"


@pytest.mark.django_db
def test_the_tracking_page_shows_the_steps_and_the_deadline_sentence(client, demo):
    from tests.factories import complaints as factories

    submitted = factories.submit()
    report = factories.admin.disposition(submitted.report, user=factories.user(factories.ADMIN),
                                         agency=factories.Agency.objects.get(code="PUPR"))  # fmt: skip
    client.post(reverse("web:track"), {"code": report.code, "secret": submitted.secret})
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert 'class="progress-steps"' in page and 'aria-current="step"' in page
    assert "OPD menjawab paling lambat" in page and ("(hari kerja ke-" in page or "dihitung mulai" in page)
    # the sentence names the day and the count once: the section adds the state and the day basis, no second date
    clock = page[page.index('id="clock-title"'):page.index("</section>", page.index('id="clock-title"'))]
    assert "Batas waktu:" not in clock and clock.count("hari kerja ke-") + clock.count("dihitung mulai") == 1
    assert "Dalam hari kerja, tanpa hari libur dan cuti bersama." in clock
