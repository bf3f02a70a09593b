"""What the rules expect of each sample case, compared with what the trainee did (plain domain module).

No database here: `evaluate(kind, facts, calendar)` takes the facts of one sample case (pintu.practice.progress
gathers them from the practice database) and answers one `Item` per expected step: what the rules expect
(DOMAIN.md sections 3 and 5: verification and disposition within 3 working days, the OPD's first action
within 5, a written notice within 10, an objection's answer within 30) and whether the trainee did it.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

COMPLAINT_DISPOSE = "complaint_dispose"
COMPLAINT_INFO = "complaint_info"
REQUEST_DECIDE = "request_decide"
OBJECTION_ANSWER = "objection_answer"

#: Working days each clock allows (DOMAIN.md: verification and disposition 3, OPD's first action 5,
#: written notice 10, objection answer 30).
VERIFY_DAYS, FIRST_ACTION_DAYS, NOTICE_DAYS, ANSWER_DAYS = 3, 5, 10, 30


@dataclass(frozen=True)
class Step:
    """One thing that happened to the case: an event kind, by whom, when, to which agency."""

    kind: str
    by_trainee: bool
    at: datetime.datetime
    agency_code: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Facts:
    started_at: datetime.datetime  # when the clock of the expected step started
    steps: list[Step] = field(default_factory=list)
    expected_agency: str = ""  # the agency code a correct disposition names
    expected_agency_name: str = ""
    letter_drafted_at: datetime.datetime | None = None  # a decision or answer letter drafted by the trainee


@dataclass(frozen=True)
class Item:
    label: str
    expected: str
    done: bool


def _first(facts: Facts, *kinds: str) -> Step | None:
    return next((s for s in sorted(facts.steps, key=lambda s: s.at) if s.kind in kinds and s.by_trainee), None)


def _on_time(moment: datetime.datetime | None, due: datetime.date, calendar) -> bool:
    return moment is not None and timezone.localdate(moment) <= due


def _due(facts: Facts, days: int, calendar) -> datetime.date:
    return calendar.add_working_days(facts.started_at, days)


def _complaint_dispose(facts: Facts, calendar) -> list[Item]:
    due = _due(facts, VERIFY_DAYS, calendar)
    verified = _first(facts, "verify", "disposition")
    disposed = _first(facts, "disposition")
    right = disposed is not None and disposed.agency_code == facts.expected_agency
    return [
        Item(
            _("Laporan diverifikasi"),
            _("Paling lambat %(days)s hari kerja sejak diterima (%(due)s).")
            % {"days": VERIFY_DAYS, "due": date_format(due, "j F Y")},
            _on_time(verified and verified.at, due, calendar),
        ),
        Item(
            _("Laporan didisposisikan"),
            _("Ke OPD yang berwenang, dalam %(days)s hari kerja.") % {"days": VERIFY_DAYS},
            _on_time(disposed and disposed.at, due, calendar),
        ),
        Item(
            _("Instansi tujuan tepat"),
            _("Jalan kabupaten adalah urusan %(agency)s.")
            % {"agency": facts.expected_agency_name or facts.expected_agency},
            right,
        ),
    ]


def _complaint_info(facts: Facts, calendar) -> list[Item]:
    due = _due(facts, FIRST_ACTION_DAYS, calendar)
    asked = _first(facts, "request_info")
    return [
        Item(
            _("Meminta informasi tambahan kepada pelapor"),
            _("Laporan tidak menyebut lokasi: tanyakan kepada pelapor, jangan ditutup."),
            asked is not None,
        ),
        Item(
            _("Pertanyaan ditulis jelas"),
            _("Pertanyaan paling sedikit 20 karakter, menyebut apa yang kurang."),
            asked is not None and len(asked.reason.strip()) >= 20,
        ),
        Item(
            _("Tanggapan pertama tepat waktu"),
            _("Paling lambat %(days)s hari kerja sejak disposisi (%(due)s).")
            % {"days": FIRST_ACTION_DAYS, "due": date_format(due, "j F Y")},
            _on_time(asked and asked.at, due, calendar),
        ),
    ]


def _letter_items(facts: Facts, calendar, days: int, made: tuple[str, str], timely: tuple[str, str]) -> list[Item]:
    """A case decided by letter: the letter drafted (`made`: title, rule), and in time (`timely`)."""
    due = _due(facts, days, calendar)
    return [
        Item(made[0], made[1], facts.letter_drafted_at is not None),
        Item(timely[0], timely[1] % {"days": days, "due": date_format(due, "j F Y")},
             _on_time(facts.letter_drafted_at, due, calendar)),  # fmt: skip
    ]


def _request_decide(facts: Facts, calendar) -> list[Item]:
    made = (_("Keputusan dibuat dalam surat pemberitahuan tertulis"),
            _("Setiap keputusan atas permohonan dituangkan dalam surat (draf surat dibuat)."))  # fmt: skip
    timely = (_("Pemberitahuan tertulis tepat waktu"),
              _("Paling lambat %(days)s hari kerja sejak diterima (%(due)s)."))  # fmt: skip
    return _letter_items(facts, calendar, NOTICE_DAYS, made, timely)


def _objection_answer(facts: Facts, calendar) -> list[Item]:
    made = (_("Keberatan dijawab dengan surat"), _("Atasan PPID menjawab keberatan dalam surat yang ditandatangani."))
    timely = (_("Jawaban tepat waktu"), _("Paling lambat %(days)s hari kerja sejak keberatan diterima (%(due)s)."))
    return _letter_items(facts, calendar, ANSWER_DAYS, made, timely)


RULES = {
    COMPLAINT_DISPOSE: _complaint_dispose,
    COMPLAINT_INFO: _complaint_info,
    REQUEST_DECIDE: _request_decide,
    OBJECTION_ANSWER: _objection_answer,
}


def evaluate(kind: str, facts: Facts, calendar) -> list[Item]:
    """The expected steps of a sample case of `kind`, each ticked when the trainee did it as the rules ask."""
    return RULES[kind](facts, calendar)


def title(kind: str) -> str:
    return {
        COMPLAINT_DISPOSE: _("Pengaduan untuk diverifikasi dan didisposisikan"),
        COMPLAINT_INFO: _("Pengaduan untuk ditanggapi dengan permintaan informasi"),
        REQUEST_DECIDE: _("Permohonan informasi untuk diputuskan"),
        OBJECTION_ANSWER: _("Keberatan untuk dijawab"),
    }[kind]
