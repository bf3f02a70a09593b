"""Group commit of the asynchronous intake (pintu.complaints.services.group_insert): submissions that wait
at the same moment in one process share one statement; nothing is lost, doubled or mixed up, and a refusal
reaches every caller whose row was in the refused statement."""

import threading
import time

import pytest
from django.db import IntegrityError, connection, connections
from django.utils import timezone

from pintu.cases.tracking import hash_secret, normalize_secret
from pintu.complaints.models import Channel, PendingReport
from pintu.complaints.services import accept, group_insert
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.privacy.tracking import tracking_secret_matches
from tests.complaints.test_async_intake import queued  # noqa: F401 (the fixture: the worker does not build)

pytestmark = pytest.mark.django_db(transaction=True)


def _row(code: str, key: str | None = None) -> list:
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    return [code, hash_secret("ABCD-EFGH"), key, now, "fernet:not-built-in-this-test"]


def _holding_writer(rows_behind: int) -> tuple[group_insert.GroupWriter, threading.Event]:
    """A writer whose first statement stays in flight until `rows_behind` rows queue behind it (as when the
    database is slow to answer), then runs for real."""
    writer, first = group_insert.GroupWriter(), threading.Event()

    def insert(rows):
        if not first.is_set():
            first.set()
            deadline = time.monotonic() + 10
            while writer.waiting() < rows_behind and time.monotonic() < deadline:
                time.sleep(0.002)
        return group_insert.insert_rows(rows)

    writer.insert = insert
    return writer, first


def _in_threads(writer, rows, first) -> dict:
    """The first row from one thread; once its write is in flight, the others from a thread each."""
    results = {}

    def write(row):
        try:
            results[row[0]] = writer.write(row)
        except Exception as exc:  # recorded for the assertions
            results[row[0]] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(row,)) for row in rows]
    threads[0].start()
    assert first.wait(10)
    for thread in threads[1:]:
        thread.start()
    for thread in threads:
        thread.join(20)
    return results


def test_rows_that_wait_together_are_written_in_one_statement():
    writer, first = _holding_writer(rows_behind=3)
    codes = ["LPR-2026-GRP01", "LPR-2026-GRP02", "LPR-2026-GRP03", "LPR-2026-GRP04"]
    results = _in_threads(writer, [_row(code) for code in codes], first)
    assert results == dict.fromkeys(codes, True)
    assert (writer.statements, writer.rows) == (2, 4)  # the first alone, the three that waited together
    assert sorted(PendingReport.objects.values_list("code", flat=True)) == codes


def test_a_refused_statement_reaches_every_row_in_it_and_stores_none_of_them():
    group_insert.insert_rows([_row("LPR-2026-HELD1")])  # a pending row already holds this code
    writer, first = _holding_writer(rows_behind=3)
    rows = [_row("LPR-2026-FIRST"), _row("LPR-2026-OK001"), _row("LPR-2026-HELD1"), _row("LPR-2026-OK002")]
    results = _in_threads(writer, rows, first)
    assert results["LPR-2026-FIRST"] is True
    assert all(
        isinstance(results[code], IntegrityError) for code in ("LPR-2026-OK001", "LPR-2026-HELD1", "LPR-2026-OK002")
    )
    assert sorted(PendingReport.objects.values_list("code", flat=True)) == ["LPR-2026-FIRST", "LPR-2026-HELD1"]
    assert writer.write(_row("LPR-2026-OK001")) is True  # the writer goes on; accept.py draws again on a refusal


def test_a_code_held_by_a_report_is_skipped_alone(area):
    kecamatan, _desa = area
    report = submit_report(ReportDraft(
        title="Lampu jalan padam", text="Lampu jalan di depan pasar padam sejak seminggu.", kecamatan=kecamatan,
        name="Budi", consent=True, channel=Channel.API,
    )).report  # fmt: skip
    assert group_insert.insert_rows([_row(report.code), _row("LPR-2026-FREE1")]) == {"LPR-2026-FREE1"}
    assert group_insert.WRITER.write(_row(report.code)) is False
    assert not PendingReport.objects.filter(code=report.code).exists()


@pytest.mark.usefixtures("queued")
def test_submissions_from_many_threads_are_each_stored_once_with_their_own_secret(area):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers from many threads: PostgreSQL (SQLite serialises writers)")
    kecamatan, _desa = area
    accepted, errors = [], []

    def submit(n):
        try:
            for i in range(5):
                draft = ReportDraft(
                    title=f"Jalan rusak {n}-{i}", text="Jalan desa rusak berat dan berlubang di banyak tempat.",
                    kecamatan=kecamatan, name="Siti", consent=True, channel=Channel.API,
                )  # fmt: skip
                accepted.append((f"Jalan rusak {n}-{i}", accept.accept_report(draft)))
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and len(accepted) == 30
    rows = {row.code: row for row in PendingReport.objects.all()}
    assert sorted(rows) == sorted(done.code for _title, done in accepted)
    for title, done in accepted:
        assert tracking_secret_matches(normalize_secret(done.secret), rows[done.code].secret_hash)
        assert f'"title": "{title}"' in rows[done.code].payload  # decrypted through the model field


def test_twins_waiting_together_go_in_separate_statements():
    """A client that retries before its first try was answered: the same idempotency key twice in the queue.
    The twin waits for the next statement and is refused alone; the rows beside it are stored."""
    writer, first = _holding_writer(rows_behind=3)
    rows = [_row("LPR-2026-LEAD1"), _row("LPR-2026-TWIN1", key="k" * 64), _row("LPR-2026-TWIN2", key="k" * 64),
            _row("LPR-2026-OTHER")]  # fmt: skip
    results = _in_threads(writer, rows, first)
    twins = [results["LPR-2026-TWIN1"], results["LPR-2026-TWIN2"]]
    assert sorted(map(type, twins), key=str) == sorted([bool, IntegrityError], key=str)
    assert results["LPR-2026-LEAD1"] is True and results["LPR-2026-OTHER"] is True
    assert writer.statements == 3 and PendingReport.objects.filter(idempotency_key="k" * 64).count() == 1
