"""Letter numbers: the pattern, a serial per scheme/year/unit, no gaps and no twins under concurrent signing."""

import datetime as dt
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from pintu.letters.models import Letter, NumberingScheme
from pintu.letters.numbering import format_number, pattern_problems, take_number
from pintu.letters.services import approve_and_sign


def test_patterns_are_checked():
    assert pattern_problems("{kode}/{nomor}/{unit}/{tahun}") == []
    assert pattern_problems("{kode}/{unit}/{tahun}")  # no serial
    assert pattern_problems("{kode}/{nomor}/{unit}")  # no year: the serial restarts every year
    assert pattern_problems("{kode}/{nomor}/{tanggal}/{tahun}")  # unknown element
    assert pattern_problems("{kode/{nomor}/{tahun}")  # unbalanced brace


def test_the_number_follows_the_regions_pattern():
    scheme = NumberingScheme(pattern="{kode}/{nomor}/{unit}/{bulan}/{tahun}", classification_code="000.9.2",
                             serial_width=4)  # fmt: skip
    assert format_number(scheme, serial=7, unit_code="DISKOMINFO", on=dt.date(2026, 3, 9)) == (
        "000.9.2/0007/DISKOMINFO/III/2026"
    )


@pytest.mark.django_db(transaction=True)
def test_take_number_refuses_to_run_outside_a_transaction():
    scheme = NumberingScheme.objects.create(name="x", classification_code="1")
    with pytest.raises(RuntimeError):
        take_number(scheme, unit_code="U", on=dt.date(2026, 1, 5))


@pytest.mark.django_db
def test_serials_per_scheme_year_and_unit():
    scheme = NumberingScheme.objects.create(name="x", classification_code="000.9.2")
    with transaction.atomic():
        first = [take_number(scheme, unit_code="A", on=dt.date(2026, 12, 30))[0] for _ in range(3)]
        other_unit = take_number(scheme, unit_code="B", on=dt.date(2026, 12, 31))[0]
        next_year = take_number(scheme, unit_code="A", on=dt.date(2027, 1, 4))[1]
    assert first == [1, 2, 3] and other_unit == 1 and next_year == "000.9.2/001/A/2027"


def test_letters_signed_one_after_another_are_numbered_without_gaps(draft_sample, user_named):
    signed = [approve_and_sign(draft_sample("pemberitahuan_tertulis"), user=user_named("ppid.utama"))
              for _ in range(3)]  # fmt: skip
    year = timezone.localdate().year
    assert [letter.number for letter in signed] == [f"000.9.2/{n:03d}/DISKOMINFO/{year}" for n in (1, 2, 3)]
    # another kind sharing the scheme ("Surat PPID") continues the same register
    extension = approve_and_sign(draft_sample("pemberitahuan_perpanjangan"), user=user_named("ppid.utama"))
    assert extension.serial == 4


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite: one writer)")
@pytest.mark.django_db(transaction=True)
def test_concurrent_signing_gives_no_gaps_and_no_twins(draft_sample, user_named):
    count = 6
    drafts = [draft_sample("pemberitahuan_tertulis") for _ in range(count)]
    signer = user_named("ppid.utama")
    barrier = threading.Barrier(count)
    errors = []

    def sign(letter):
        try:
            barrier.wait(timeout=30)
            approve_and_sign(letter, user=signer)
        except Exception as error:  # reported below; a thread must not die silently
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign, args=(letter,)) for letter in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    serials = sorted(Letter.objects.filter(pk__in=[d.pk for d in drafts]).values_list("serial", flat=True))
    assert serials == list(range(1, count + 1))
    numbers = list(Letter.objects.filter(pk__in=[d.pk for d in drafts]).values_list("number", flat=True))
    assert len(set(numbers)) == count
