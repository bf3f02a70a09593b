"""Every kind of event a report can carry is registered once, with an Indonesian and an English label.

Two walks: the code (every kind a service passes to record_event / note / apply_transition, read from
the source, and every action of the transition table, whose kind is the action's name by default) and
the database after running the use cases end to end (whatever they really recorded).
"""

import ast
import datetime
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from rest_framework.test import APIClient

from pintu.cases.events import event_label, is_registered, label_for, registered_kinds
from pintu.complaints import events
from pintu.complaints.actions import ACTIONS, REPORTER_ACTIONS
from pintu.complaints.models import Report
from pintu.complaints.services import admin, handling, merge, reporter
from pintu.complaints.sweeps import auto_close
from pintu.complaints.timeline import actor_text, with_labels
from pintu.complaints.workflow import Action
from pintu.history.models import Event
from pintu.mydata.anonymise import ERASED_EVENT
from tests.factories.complaints import ADMIN, PUPR, make_report

ROOT = Path(__file__).resolve().parents[2] / "pintu"
#: Where kinds are recorded on reports: the complaint services, and the two apps that note on reports.
SOURCES = [
    *sorted((ROOT / "complaints").rglob("*.py")),
    ROOT / "interop/outbound/deliveries.py",
    ROOT / "interop/services.py",
]


def _kinds_in_source() -> set[str]:
    """String kinds passed to note()/record_event() (2nd argument) or as kind= to apply_transition()."""
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("note", "record_event") and len(node.args) > 1:
                kind = node.args[1]
                if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                    found.add(kind.value)
                elif isinstance(kind, ast.IfExp):  # "pengawasan_flagged" if flagged else "..."
                    found |= {k.value for k in (kind.body, kind.orelse) if isinstance(k, ast.Constant)}
            for keyword in node.keywords if name in ("apply_transition", "note", "record_event") else ():
                if keyword.arg == "kind" and isinstance(keyword.value, ast.Constant):
                    found.add(keyword.value.value)
    return found


def _assert_labelled(kind: str) -> None:
    assert is_registered("report", kind), f"event kind {kind!r} is recorded on reports but has no label"
    for language in ("id", "en"):
        with translation.override(language):
            label = str(label_for("report", kind))
        assert label.strip() and label != kind, (kind, language, label)


def test_the_source_walk_finds_what_it_should():
    kinds = _kinds_in_source()
    assert {"submitted", "edited", "pengawasan_flagged", "pengawasan_unflagged", "split_from", "merged",
            "follow_up", "interop_resent", "identity_revealed", "disposition_note"} <= kinds  # fmt: skip


@pytest.mark.parametrize("kind", sorted(_kinds_in_source() | {a.value for a in Action} | {ERASED_EVENT}))
def test_every_kind_in_the_code_is_registered_with_both_labels(kind):
    _assert_labelled(kind)


def test_the_registry_holds_only_the_reports_own_vocabulary():
    assert registered_kinds("report") == events.LABELS
    assert set(events.LABELS) >= {a.value for a in Action}  # a status event's kind is its action by default


@pytest.fixture
def run_every_use_case(demo, user_named, agency, settings, tmp_path):
    """Every complaint use case once, on real reports; returns the reports touched."""
    settings.MEDIA_ROOT = tmp_path / "media"
    adm, opd = user_named(ADMIN), user_named(PUPR)
    first = make_report()
    admin.edit_report(first, user=adm, title="Jalan berlubang besar di depan pasar")
    admin.set_privacy(first, user=adm, anonim=False, rahasia=True)
    admin.set_public_text(first, user=adm, title="Jalan berlubang", text="Jalan berlubang di depan pasar, perbaiki.")
    admin.flag_pengawasan(first, user=adm, flagged=True)
    admin.flag_pengawasan(first, user=adm, flagged=False)
    admin.hold(first, user=adm, reason="Menunggu data lapangan.")
    admin.resume(first, user=adm)
    admin.reveal_identity(first, user=adm, reason="Perlu menghubungi pelapor.")
    first = admin.disposition(first, user=adm, agency=agency("PUPR"), note_text="Mohon segera.")
    first = handling.accept(first, user=opd)
    first = handling.request_info(first, user=opd, question="Di sisi mana jalannya?")
    first = reporter.reply(first, text="Di sisi timur pasar.")
    first = handling.post_follow_up(first, user=opd, text="Sudah ditambal.")
    first = reporter.rate(first, rating=2, comment="Masih berlubang.")
    first = reporter.reopen(first, reason="Tambalan lepas lagi.")
    first = handling.send_back(first, user=opd, reason="Jalan provinsi.", suggested_agency=agency("DINKES"))
    first = admin.forward_out(first, user=adm, agency=agency("BPJS_KES"), channel="surat", reason="Bukan wewenang.",
                              follow_up_date=timezone.localdate() + datetime.timedelta(days=7))  # fmt: skip
    first = admin.record_external_answer(first, user=adm, text="Sudah ditangani instansi tujuan.")
    first = admin.admin_close(first, user=adm, reason="Selesai ditangani.")
    second = admin.verify(make_report(), user=adm)
    admin.archive(second, user=adm, reason="Bukan pengaduan.", archive_kind="out_of_scope")
    master, duplicate, mixed = make_report(), make_report(), make_report()
    merge.merge(duplicate, into=master, user=adm)
    merge.split(mixed, user=adm, parts=[("Jalan", "Jalan rusak di desa.", agency("PUPR")),
                                        ("Puskesmas", "Puskesmas tutup siang.", agency("DINKES"))])  # fmt: skip
    late = handling.post_follow_up(handling.accept(admin.disposition(make_report(), user=adm, agency=agency("PUPR")),
                                                   user=opd), user=opd, text="Sudah diperbaiki.")  # fmt: skip
    Report.objects.filter(pk=late.pk).update(autoclose_due=timezone.localdate() - datetime.timedelta(days=1))
    assert auto_close(timezone.now()) == 1
    mail.outbox.clear()


def test_every_kind_the_use_cases_record_is_registered(run_every_use_case, client, user_named):
    recorded = set(Event.objects.filter(case_type="report").values_list("kind", flat=True))
    assert {"edited", "privacy_changed", "pengawasan_flagged", "pengawasan_unflagged", "hold", "resume",
            "identity_revealed", "disposition", "disposition_note", "accept", "request_info", "reporter_reply",
            "follow_up", "rated", "reopen", "send_back", "forward_out", "close", "verify", "archive", "merged",
            "duplicate_merged", "split", "split_from", "auto_close", "submitted"} <= recorded  # fmt: skip
    for kind in recorded:
        _assert_labelled(kind)
    _every_face_reads_the_one_label(client, user_named)  # same world: the use cases are slow to run twice


def _every_face_reads_the_one_label(client, user_named):
    """The staff page, the API and the reporter's timeline name a step alike, never by its code."""
    note = Event.objects.get(case_type="report", kind="disposition_note")
    report = Report.objects.get(pk=note.case_id)
    label = str(events.LABELS["disposition_note"])
    client.force_login(user_named(ADMIN))
    page = client.get(reverse("complaints:staff_detail", args=[report.code])).content.decode()
    assert label in page and ">disposition_note<" not in page
    api = APIClient()
    api.force_authenticate(user_named(ADMIN))
    timeline = api.get(reverse("api:staff_report_detail", args=[report.code])).json()["timeline"]
    assert {e["kind"]: e["label"] for e in timeline}["disposition_note"] == label
    disposition = Event.objects.filter(case_id=report.pk, kind="disposition").first()
    assert with_labels([disposition])[0].label == event_label(disposition) == str(events.LABELS["disposition"])
    reply = Event.objects.filter(case_type="report", kind="reporter_reply").first()
    assert actor_text(reply) == "Pelapor"  # never the reporter's name


def test_actions_are_labelled_too():
    for action in [*ACTIONS, *REPORTER_ACTIONS]:
        assert str(action.label).strip() and str(action.label) != action.name
