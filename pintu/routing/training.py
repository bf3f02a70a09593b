"""Learning from history: which reports teach the router, and training, versioning, activating a model.

A training example is a report whose routing was confirmed by the agency that handled it:
  * status diproses, perlu_info, ditindaklanjuti, selesai or dibuka_kembali with an assigned agency
    (the OPD accepted it; after a send back and re-disposition that is the agency it ended with), or
  * forwarded out (``forwarded_to`` set, status dilimpahkan or later): the outside instansi.
Label = the agency code (``forwarded_to`` wins over ``assigned_agency``), text = title + text.
Reports still waiting at an OPD (didisposisikan) are left out: the OPD may yet send them back.
"""

from __future__ import annotations

import random

from django.db import transaction
from django.db.models import Max, Q

from pintu.complaints.models import Report
from pintu.complaints.workflow import Status
from pintu.routing import conf
from pintu.routing.core.evaluate import Example, metrics_of
from pintu.routing.core.model import Router
from pintu.routing.models import RoutingModel

CONFIRMED_STATUSES = (
    Status.DIPROSES,
    Status.PERLU_INFO,
    Status.DITINDAKLANJUTI,
    Status.SELESAI,
    Status.DIBUKA_KEMBALI,
)
HOLDOUT_SHARE = 0.2


class NotEnoughExamples(Exception):
    pass


def examples_queryset():
    return Report.objects.filter(
        Q(status__in=CONFIRMED_STATUSES, assigned_agency__isnull=False) | Q(forwarded_to__isnull=False)
    ).exclude(status=Status.DIARSIPKAN)


def training_examples(limit: int | None = None) -> list[Example]:
    """The most recent ``limit`` confirmed reports as (text, agency code) examples."""
    limit = limit or conf.max_examples()
    rows = (
        examples_queryset()
        .order_by("-submitted_at", "-pk")
        .values_list("title", "text", "assigned_agency__code", "forwarded_to__code")[:limit]
    )
    return [Example(f"{title}\n{text}", forwarded or assigned) for title, text, assigned, forwarded in rows]


def count_examples() -> int:
    return examples_queryset().count()


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
    metrics = metrics_of(lambda: Router(threshold=threshold), train, test, timing_sample=50)
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
    router = Router(threshold=threshold).fit([e.text for e in examples], [e.label for e in examples])
    metrics.update(labels=len(labels), classifier=router.meta.get("classifier"))
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
