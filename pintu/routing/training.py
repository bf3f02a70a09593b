"""Learning from history: which examples teach the router, and training, versioning, activating a model.

The examples come from the case source the complaints app registers (``pintu.routing.sources``): the most
recent ``conf.max_examples()`` reports whose agency was confirmed, with the category and kecamatan the
reporter chose. Corrections weigh ``CORRECTION_WEIGHT`` times an ordinary example: a report a person had
to re-route (sent back, a part of a split; flagged by the source) or whose stored suggestion did not
rank its final agency first (routing's own ``Suggestion`` rows). Each example carries the date its agency
was confirmed (``TrainingRow.when``, local date), and the router weighs newer examples more
(``core.recency``, half-life ``conf.half_life_days()``), so the weekly retrain follows a duty that moved.
"""

from __future__ import annotations

import random

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from pintu.routing import conf
from pintu.routing.core.evaluate import Example, metrics_of
from pintu.routing.core.model import Router
from pintu.routing.models import RoutingModel, Suggestion
from pintu.routing.sources import source

HOLDOUT_SHARE = 0.2
CORRECTION_WEIGHT = 2.0


class NotEnoughExamples(Exception):
    pass


def corrected_keys() -> set[int]:
    """Reports whose stored suggestion did not put the agency that finally took them first."""
    decided = Suggestion.objects.filter(final_agency__isnull=False)
    rows = decided.values_list("report_id", "ranked", "final_agency__code")
    return {key for key, ranked, final in rows.iterator(chunk_size=5000) if not ranked or ranked[0]["agency"] != final}


def training_examples(limit: int | None = None) -> list[Example]:
    """The most recent ``limit`` confirmed reports as examples (text, agency code, context, weight)."""
    rows = list(source().rows(limit or conf.max_examples()))
    missed = corrected_keys()
    return [
        Example(
            row.text,
            row.label,
            timezone.localdate(row.when).isoformat() if row.when else "",
            category=row.category,
            kecamatan=row.kecamatan,
            weight=CORRECTION_WEIGHT if row.corrected or row.key in missed else 1.0,
        )
        for row in rows
        if row.text.strip() and row.label
    ]


def count_examples() -> int:
    return source().count()


def _holdout_metrics(examples: list[Example], threshold: float) -> dict:
    """Metrics on a stratified-ish random 20% held out (only when every label can spare one)."""
    by_label: dict[str, list[Example]] = {}
    for e in examples:
        by_label.setdefault(e.label, []).append(e)
    rng = random.Random(0)
    train, test = [], []
    for group in by_label.values():
        group = group[:]
        rng.shuffle(group)
        cut = int(len(group) * HOLDOUT_SHARE) if len(group) >= 5 else 0
        test += group[:cut]
        train += group[cut:]
    if len(test) < 5 or len(by_label) < 2:
        return {"holdout": None}
    half_life = conf.half_life_days()
    metrics = metrics_of(lambda: Router(threshold=threshold, half_life_days=half_life), train, test, timing_sample=50)
    return {"holdout": metrics}


def train_model(*, activate: bool = True, min_examples: int | None = None, expected_version: int | None = None):
    """Train on the confirmed history, store a new version and (by default) make it the active one.

    Training runs outside any transaction (it may take a while); only the write is atomic. With
    ``expected_version`` the write is skipped (returns None) when someone stored that version first.
    """
    examples = training_examples()
    needed = conf.min_examples() if min_examples is None else min_examples
    labels = {e.label for e in examples}
    if len(examples) < max(needed, 2) or len(labels) < 2:
        raise NotEnoughExamples(
            f"{len(examples)} contoh dari {len(labels)} instansi; "
            f"perlu paling sedikit {max(needed, 2)} dari 2 instansi."
        )
    threshold = conf.threshold()
    metrics = _holdout_metrics(examples, threshold)
    router = Router(threshold=threshold, half_life_days=conf.half_life_days()).fit_examples(examples)
    metrics.update(
        labels=len(labels),
        classifier=router.meta.get("classifier"),
        corrections=sum(e.weight > 1 for e in examples),
        half_life_days=router.meta.get("half_life_days"),  # None: no recency weighting (off or undated)
    )
    with transaction.atomic():
        version = (RoutingModel.objects.aggregate(v=Max("version"))["v"] or 0) + 1
        if expected_version is not None and version != expected_version:
            return None
        router.meta["version"] = f"model-v{version}"
        model = RoutingModel.objects.create(
            version=version, trained_on=len(examples), metrics=metrics, blob=router.to_bytes()
        )
        if activate:
            activate_model(model)
    return model


@transaction.atomic
def activate_model(model: RoutingModel) -> RoutingModel:
    RoutingModel.objects.filter(active=True).exclude(pk=model.pk).update(active=False)
    RoutingModel.objects.filter(pk=model.pk).update(active=True)
    model.active = True
    return model
