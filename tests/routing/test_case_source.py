"""The case source complaints registers with routing: the examples it gives, what the router reads of a
report, and which examples count as corrections."""

import pytest

from pintu.categories.models import Category
from pintu.complaints import routing_examples
from pintu.complaints.services import admin, handling, merge
from pintu.routing import services, sources, training
from pintu.routing.models import RoutingModel, Suggestion
from tests.routing.conftest import ADMIN, DINKES_USER, PUPR_USER

pytestmark = pytest.mark.django_db


def test_complaints_registers_its_case_source(report):
    assert sources.source() is routing_examples.CASE_SOURCE
    seen = sources.source().describe(report)
    assert seen.text == f"{report.title}\n{report.text}"
    assert seen.category == str(Category.objects.get(code="INFRASTRUKTUR").pk)
    assert seen.kecamatan == str(report.kecamatan_id)


def _weights(examples):
    return {e.text.split("\n")[0]: e.weight for e in examples}


def test_corrections_weigh_more(confirmed_history, submit, user_named, agency):
    boss, pupr, dinkes = user_named(ADMIN), user_named(PUPR_USER), user_named(DINKES_USER)
    rerouted = submit(title="Salah alamat", text="Puskesmas pembantu tidak ada perawat").report
    admin.disposition(rerouted, user=boss, agency=agency("PUPR"))
    handling.send_back(rerouted, user=pupr, reason="Bukan wewenang kami", suggested_agency=agency("DINKES"))
    admin.disposition(rerouted, user=boss, agency=agency("DINKES"))
    handling.accept(rerouted, user=dinkes)

    several = submit(title="Dua masalah", text="Jalan rusak dan puskesmas tutup").report
    road, clinic = merge.split(
        several,
        user=boss,
        parts=[
            ("Jalan rusak di dusun", "Jalan rusak parah di dusun tiga", agency("PUPR")),
            ("Puskesmas tutup pagi", "Puskesmas tutup sebelum jam pelayanan", agency("DINKES")),
        ],
    )
    handling.accept(road, user=pupr)
    handling.accept(clinic, user=dinkes)

    missed = submit(title="Bidan jarang datang", text="Bidan desa jarang ada di tempat").report
    services.suggest_for(missed)  # the agency profiles rank something else first ...
    first = Suggestion.objects.get(report=missed).ranked[0]["agency"]
    final = "DINKES" if first != "DINKES" else "PUPR"
    admin.disposition(missed, user=boss, agency=agency(final))
    services.record_decision(missed, agency=agency(final))
    handling.accept(missed, user=dinkes if final == "DINKES" else pupr)

    weights = _weights(training.training_examples())
    assert weights["Salah alamat"] == training.CORRECTION_WEIGHT  # sent back once
    assert weights["Jalan rusak di dusun"] == weights["Puskesmas tutup pagi"] == training.CORRECTION_WEIGHT  # split
    assert weights["Bidan jarang datang"] == training.CORRECTION_WEIGHT  # the suggestion shown missed it
    assert weights["Jalan desa rusak parah"] == 1.0  # an ordinary confirmed report
    assert "Dua masalah" not in weights  # the split parent is archived

    model = training.train_model(min_examples=4)
    assert model.metrics["corrections"] == 4
    assert RoutingModel.objects.get(active=True).pk == model.pk


def test_examples_carry_category_and_kecamatan(confirmed_history):
    examples = training.training_examples()
    assert {e.category for e in examples} == {str(Category.objects.get(code="INFRASTRUKTUR").pk)}
    assert all(e.kecamatan for e in examples)
    model = training.train_model(min_examples=4)
    router = services._active_router()[1]
    assert router.meta["context"] is True and model.active
