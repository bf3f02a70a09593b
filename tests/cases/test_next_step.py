"""The one line "what you do next, and by when" of the staff case pages (issue #19 item 2): the rule per case
type over status, the viewer's role and the clock (complaints, information requests, objections)."""

import datetime

import pytest
from django.utils import translation

from pintu.complaints.next_step import step_for as report_step
from pintu.complaints.workflow import Actor as ReportActor
from pintu.ppid.objections.next_step import step_for as objection_step
from pintu.ppid.requests.next_step import step_for as request_step
from pintu.ppid.requests.workflow import Actor as RequestActor

FRIDAY = datetime.date(2026, 12, 11)


@pytest.fixture(autouse=True)
def indonesian():
    with translation.override("id"):
        yield


def test_the_issue_example_word_for_word():
    step = report_step("diproses", ReportActor.OPD, clock="first_response", due=FRIDAY)
    assert step.text == "Anda perlu memberi tindak lanjut pertama paling lambat Jumat, 11 Desember 2026."
    assert step.yours and step.due == FRIDAY and not step.overdue


@pytest.mark.parametrize(
    ("status", "actor", "clock", "expected"),
    [
        ("diterima", ReportActor.ADMIN, "verify", "Anda perlu memverifikasi laporan ini"),
        ("terverifikasi", ReportActor.ADMIN, "verify", "Anda perlu mendisposisikan laporan ini"),
        ("ditunda", ReportActor.ADMIN, "verify", "Anda perlu melanjutkan atau mengarsipkan"),
        ("didisposisikan", ReportActor.OPD, "first_response", "Anda perlu menerima laporan ini"),
        ("dibuka_kembali", ReportActor.OPD, "resolve", "Anda perlu menerima laporan ini"),
        ("diproses", ReportActor.OPD, "resolve", "Anda perlu menyelesaikan tindak lanjut"),
    ],
)
def test_report_steps_that_are_the_viewers(status, actor, clock, expected):
    step = report_step(status, actor, clock=clock, due=FRIDAY)
    assert step.yours
    assert step.text.startswith(expected)
    assert step.text.endswith("paling lambat Jumat, 11 Desember 2026.")


@pytest.mark.parametrize(
    ("status", "actor", "expected"),
    [
        ("didisposisikan", ReportActor.ADMIN, "menunggu tindak lanjut OPD"),
        ("perlu_info", ReportActor.OPD, "menunggu jawaban pelapor"),
        ("ditindaklanjuti", ReportActor.OPD, "ditutup otomatis"),
        ("selesai", ReportActor.ADMIN, "sudah selesai"),
        ("diarsipkan", ReportActor.ADMIN, "diarsipkan"),
        ("diterima", None, "menunggu verifikasi dan disposisi"),
        ("diproses", None, "menunggu tindak lanjut OPD"),
        ("terverifikasi", ReportActor.OPD, "menunggu verifikasi"),  # sent back: the OPD has nothing to do
    ],
)
def test_report_steps_with_nothing_for_the_viewer(status, actor, expected):
    step = report_step(status, actor, clock="autoclose", due=FRIDAY if status == "ditindaklanjuti" else None)
    assert not step.yours
    assert step.text.startswith("Tidak ada yang perlu Anda lakukan: ")
    assert expected in step.text


def test_an_overdue_step_says_the_day_has_passed():
    step = report_step("diproses", ReportActor.OPD, clock="resolve", due=FRIDAY, overdue=True)
    assert step.overdue and step.css == "next-step-overdue"
    assert "batas waktunya Jumat, 11 Desember 2026 sudah lewat" in step.text


def test_the_head_of_the_opd_is_asked_to_act_only_on_an_overdue_report():
    assert not report_step("diproses", None, clock="resolve", due=FRIDAY, heads_agency=True).yours
    late = report_step("diproses", None, clock="resolve", due=FRIDAY, overdue=True, heads_agency=True)
    assert late.yours and "pejabat penghubung" in late.text


def test_the_admin_intervenes_on_an_overdue_report_at_the_opd():
    assert report_step("diproses", ReportActor.ADMIN, due=FRIDAY, overdue=True).yours


def test_a_forwarded_report_asks_the_admin_by_the_follow_up_date():
    step = report_step("dilimpahkan", ReportActor.ADMIN, follow_up_date=FRIDAY)
    assert step.yours and step.due == FRIDAY and "instansi tujuan" in step.text


def test_request_steps():
    utama = request_step("diterima", RequestActor.UTAMA, due=FRIDAY)
    assert utama.yours and "menugaskannya ke PPID Pembantu" in utama.text and "Jumat, 11 Desember 2026" in utama.text
    pembantu = request_step("diproses", RequestActor.PEMBANTU, due=FRIDAY, assigned=True)
    assert pembantu.yours and pembantu.text.startswith("Anda perlu memberi pemberitahuan tertulis")
    assert "memperpanjang" in pembantu.text
    extended = request_step("diperpanjang", RequestActor.PEMBANTU, due=FRIDAY, assigned=True, extended=True)
    assert "memperpanjang sekali" not in extended.text and extended.yours
    watching = request_step("diproses", RequestActor.UTAMA, due=FRIDAY, assigned=True)
    assert not watching.yours and "PPID Pembantu" in watching.text
    atasan = request_step("diproses", None, due=FRIDAY, assigned=True)
    assert not atasan.yours
    assert request_step("selesai", RequestActor.UTAMA).text == (
        "Tidak ada yang perlu Anda lakukan: permohonan ini sudah selesai."
    )
    assert request_step("diputuskan", RequestActor.PEMBANTU, assigned=True).yours
    assert not request_step("perlu_dilengkapi", RequestActor.PEMBANTU).yours
    assert request_step("perlu_dilengkapi", RequestActor.UTAMA).yours


def test_a_waiting_letter_is_the_signatorys_step_and_nobody_elses():
    signer = request_step("diproses", RequestActor.UTAMA, due=FRIDAY, assigned=True, letter_waiting=True,
                          signs_letter=True)  # fmt: skip
    assert signer.yours and "menandatangani" in signer.text
    drafter = request_step("diproses", RequestActor.PEMBANTU, due=FRIDAY, assigned=True, letter_waiting=True)
    assert not drafter.yours and "menunggu tanda tangan" in drafter.text


def test_objection_steps():
    atasan = objection_step("registered", atasan=True, due=FRIDAY)
    assert atasan.yours and atasan.text == (
        "Anda perlu memutuskan keberatan ini dan menandatangani surat tanggapannya paling lambat "
        "Jumat, 11 Desember 2026."
    )
    assert not objection_step("registered", utama=True, due=FRIDAY).yours
    assert objection_step("registered", atasan=True, due=FRIDAY, letter_waiting=True, signs_letter=True).yours
    recorded = objection_step("answered", utama=True, dispute_deadline=FRIDAY)
    assert recorded.yours and "Jumat, 11 Desember 2026" in recorded.text
    assert not objection_step("answered", atasan=True, dispute_deadline=FRIDAY).yours
    assert objection_step("disputed", utama=True).yours
    assert not objection_step("closed", atasan=True).yours
