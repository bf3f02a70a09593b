"""Suggesting agencies for a report and recording what the admin instansi chose.

``predict(text)`` answers from the active trained model ("model-vN") or, before any model exists (or
when the stored one cannot be loaded), from the profiles of every active agency ("profil"). Both are
cached per process and reloaded when the active version or the agency profiles change.
``suggest_for(report)`` reads the report through the registered case source (``sources.describe``: text,
category, kecamatan; routing never opens a report itself), stores the answer as a ``Suggestion`` (one per
report and model version, reused until decided); ``record_decision`` marks which rank was taken when the
report is dispositioned or forwarded out (``taken`` = 1-based rank, or None when another agency was chosen)
and keeps ``final_agency`` of every suggestion of the report up to date.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from pintu.agencies.models import OUTSIDE_KINDS, Agency
from pintu.routing import conf
from pintu.routing.core.model import Choice, Prediction, from_bytes
from pintu.routing.core.profiles import AgencyProfile, ProfileRouter
from pintu.routing.models import PROFILE_SOURCE, RoutingModel, Suggestion
from pintu.routing.sources import Described, source

log = logging.getLogger(__name__)
TOP_K = 3

_lock = threading.Lock()
_cache: dict[str, tuple] = {}


def _active_router():
    """(label, router) of the active model, or None."""
    row = RoutingModel.objects.filter(active=True).values_list("pk", "version").first()
    if row is None:
        return None
    pk, version = row
    cached = _cache.get("model")
    if cached and cached[0] == version:
        return cached[1]
    try:
        router = from_bytes(RoutingModel.objects.values_list("blob", flat=True).get(pk=pk))
    except Exception as exc:  # an old or broken blob (IncompatibleModelError ...) must never break the page
        log.warning("routing model v%s cannot be loaded (%s); using agency profiles", version, exc)
        router = None
    value = (f"model-v{version}", router) if router is not None else None
    with _lock:
        _cache["model"] = (version, value)
    return value


def _profile_router() -> ProfileRouter:
    rows = list(
        Agency.objects.filter(active=True)
        .order_by("code")
        .values_list("code", "name", "short_name", "duties", "keywords", "kind")
    )
    fingerprint = hashlib.sha256(repr(rows).encode()).hexdigest()
    cached = _cache.get("profiles")
    if cached and cached[0] == fingerprint:
        return cached[1]
    profiles = [
        AgencyProfile(
            code=code,
            name=name,
            short_name=short_name,
            duties=duties,
            keywords=tuple(line.strip() for line in keywords.splitlines() if line.strip()),
            outside=kind in OUTSIDE_KINDS,
        )
        for code, name, short_name, duties, keywords, kind in rows
        if kind != "pemda"
    ]
    router = ProfileRouter(profiles)
    with _lock:
        _cache["profiles"] = (fingerprint, router)
    return router


def clear_cache() -> None:
    _cache.clear()


@dataclass(frozen=True)
class Answer:
    version: str  # "model-v3" or "profil"
    prediction: Prediction

    @property
    def source(self) -> str:
        return PROFILE_SOURCE if self.version == PROFILE_SOURCE else "model"


def predict(text: str, k: int = TOP_K, context: dict | None = None) -> Answer:
    """The ranked agencies for ``text`` (and the case's ``{"category", "kecamatan"}`` when known); only active
    agencies, probabilities as given by the router. The agency profiles read the text only."""
    threshold = conf.threshold()
    active = _active_router()
    if active is not None:
        version, router = active
        raw = router.predict(text, k=k + 5, context=context)
        codes = set(Agency.objects.filter(active=True, code__in=raw.labels()).values_list("code", flat=True))
        choices = tuple(c for c in raw.choices if c.label in codes)[:k]
        return Answer(version, Prediction(choices, threshold, source="model"))
    prediction = _profile_router().predict(text, k=k)
    return Answer(PROFILE_SOURCE, Prediction(prediction.choices, threshold, source=PROFILE_SOURCE))


def described(report) -> Described:
    return source().describe(report)


def suggest_for(report) -> Suggestion:
    """The report's suggestion from the current model (reused if already made and not yet decided)."""
    seen = described(report)
    answer = predict(seen.text, context={"category": seen.category, "kecamatan": seen.kecamatan})
    existing = (
        Suggestion.objects.filter(report=report, model_version=answer.version, decided_at__isnull=True)
        .order_by("-created_at", "-pk")
        .first()
    )
    if existing is not None:
        return existing
    return Suggestion.objects.create(
        report=report,
        model_version=answer.version,
        source=answer.source,
        ranked=[{"agency": c.label, "probability": round(c.probability, 4)} for c in answer.prediction.choices],
        needs_person=answer.prediction.needs_person,
    )


def prediction_of(suggestion: Suggestion) -> Prediction:
    return Prediction(
        tuple(Choice(item["agency"], item["probability"]) for item in suggestion.ranked),
        conf.threshold(),
        source=suggestion.source,
    )


# --- the hidden form field -------------------------------------------------------------------------


def suggestion_field(suggestion: Suggestion, rank: int) -> str:
    """``"<suggestion id>:<model version>:<rank>:<confidence>"`` posted with a one-click disposition."""
    item = suggestion.ranked[rank - 1]
    return f"{suggestion.pk}:{suggestion.model_version}:{rank}:{item['probability']:.4f}"


def parse_suggestion_field(value) -> dict | None:
    """The payload stored in the disposition event, or None for a missing or malformed value."""
    parts = (value or "").strip().split(":")
    if len(parts) != 4:
        return None
    try:
        pk, rank, confidence = int(parts[0]), int(parts[2]), float(parts[3])
    except ValueError:
        return None
    version = parts[1][:30]
    if not (1 <= rank <= 10 and 0 <= confidence <= 1 and version):
        return None
    return {"id": pk, "model": version, "rank": rank, "confidence": round(confidence, 4)}


# --- recording the decision --------------------------------------------------------------------------


@transaction.atomic
def record_decision(report, *, agency: Agency, suggestion: dict | None = None) -> Suggestion | None:
    """The report went to ``agency`` (disposition or forward out): mark the suggestion shown, if any.

    The suggestion is the one named by the posted field, else the newest undecided one of the report.
    ``taken`` is the rank of ``agency`` among its suggestions (None if not suggested) — computed from the
    stored ranking, never trusted from the form. Every suggestion of the report gets ``final_agency``.
    """
    qs = Suggestion.objects.select_for_update().filter(report=report)
    target = None
    if suggestion and suggestion.get("id"):
        target = qs.filter(pk=suggestion["id"]).first()
    if target is None:
        target = qs.filter(decided_at__isnull=True).order_by("-created_at", "-pk").first()
    qs.update(final_agency=agency)
    if target is None:
        return None
    codes = target.codes()
    target.taken = codes.index(agency.code) + 1 if agency.code in codes else None
    target.final_agency = agency
    target.decided_at = timezone.now()
    target.save(update_fields=["taken", "final_agency", "decided_at"])
    return target
