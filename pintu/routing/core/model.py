"""The text router: complaint text -> ranked agencies with probabilities (plain Python, no Django).

``Router`` (the production model):
  features  TF-IDF of stem uni/bi-grams (``features.stem_ngrams``) + TF-IDF of ``char_wb`` 2-5-grams of
            the normalised text, both sublinear, each block L2-normalised, stacked;
            + when the cases come with them, the category and kecamatan the reporter chose (one-hot,
            L2-normalised, weighted ``context_weight``): the model learns how far each category and
            area decides the agency (routing "category, then agency" without a fixed table);
  classifier  LinearSVC (balanced class weights) calibrated per class by
            ``CalibratedClassifierCV(cv=CALIBRATION_FOLDS, sigmoid)`` (one SVM per fold); with
            ``full_data_member`` (off by default) averaged with one SVM fit on all examples
            (``_CalibratedPair``); with fewer than that many examples in some label (early history) a
            LogisticRegression gives the probabilities instead.
            ``sample_weight`` (corrections weighing more, times the recency of dated examples) reaches both.
``BaselineRouter``: plain ``TfidfVectorizer()`` on the raw text + ``LogisticRegression`` (for comparison).

``fit(texts, labels, contexts=None, sample_weight=None)`` / ``fit_examples(examples)``; a context is a
dict such as ``{"category": "7", "kecamatan": "12"}`` (missing or empty values ignored).
``predict(text, context=None)`` returns a ``Prediction``: the ranked ``Choice(label, probability)`` list
(probabilities of all labels sum to 1, so any prefix sums to at most 1) and ``needs_person`` when the best
probability is below the threshold. ``to_bytes`` / ``from_bytes`` serialise with joblib behind a small versioned header.
"""

from __future__ import annotations

import io
import warnings
from collections import Counter
from dataclasses import dataclass, field

import joblib
import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from .features import Prepared, prepare, stem_ngrams
from .recency import DEFAULT_HALF_LIFE_DAYS, RECENCY_FLOOR, parse_date, recency_weights

__all__ = [
    "DEFAULT_THRESHOLD",
    "FORMAT_VERSION",
    "BaselineRouter",
    "Choice",
    "IncompatibleModelError",
    "Prediction",
    "Router",
    "from_bytes",
]

FORMAT_VERSION = 1
MAGIC = b"PINTU-ROUTER\n"
DEFAULT_THRESHOLD = 0.5
CALIBRATION_FOLDS = 3
CONTEXT_KEYS = ("category", "kecamatan")


class IncompatibleModelError(ValueError):
    """The stored model was written by another format or scikit-learn version: retrain it."""


@dataclass(frozen=True)
class Choice:
    label: str
    probability: float


@dataclass(frozen=True)
class Prediction:
    choices: tuple[Choice, ...]
    threshold: float = DEFAULT_THRESHOLD
    source: str = "model"  # "model" (trained) or "profil" (agency profiles, cold start)

    @property
    def top(self) -> Choice | None:
        return self.choices[0] if self.choices else None

    @property
    def needs_person(self) -> bool:
        """True when no label is probable enough: a person decides (the choices are still shown)."""
        return not self.choices or self.choices[0].probability < self.threshold

    def labels(self) -> list[str]:
        return [c.label for c in self.choices]


def context_tokens(context) -> list[str]:
    """``{"category": "7", "kecamatan": ""}`` -> ``["category=7"]`` (module level, so vectorisers pickle)."""
    if not context:
        return []
    return [f"{key}={context[key]}" for key in CONTEXT_KEYS if context.get(key) not in (None, "")]


def _contexts(contexts, n: int) -> list:
    contexts = list(contexts) if contexts is not None else [None] * n
    if len(contexts) != n:
        raise ValueError("one context per text")
    return contexts


def _ranked(labels: np.ndarray, proba: np.ndarray, k: int, threshold: float) -> Prediction:
    order = np.argsort(-proba, kind="stable")[:k]
    return Prediction(tuple(Choice(str(labels[i]), float(proba[i])) for i in order), threshold)


@dataclass
class _Base:
    threshold: float = DEFAULT_THRESHOLD
    meta: dict = field(default_factory=dict)  # free-form: trained_on, label names, version ...
    labels_: np.ndarray | None = None
    # dated examples: newer weigh more (``recency``; 0 = off); used by ``fit_examples`` only
    half_life_days: float = DEFAULT_HALF_LIFE_DAYS
    recency_floor: float = RECENCY_FLOOR

    # --- to implement --------------------------------------------------------
    def _fit(self, texts: list[str], labels: list[str], contexts: list, weights) -> None:  # pragma: no cover
        raise NotImplementedError

    def _proba(self, texts: list[str], contexts: list) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- shared --------------------------------------------------------------
    def fit(self, texts, labels, contexts=None, sample_weight=None):
        texts, labels = list(texts), [str(label) for label in labels]
        if len(texts) != len(labels) or not texts:
            raise ValueError("texts and labels must be non-empty and of the same length")
        contexts = _contexts(contexts, len(texts))
        weights = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if weights is not None and weights.shape != (len(texts),):
            raise ValueError("one sample weight per text")
        self._single = None
        if len(set(labels)) == 1:  # nothing to learn: always that label
            self._single = labels[0]
            self.labels_ = np.array([labels[0]])
        else:
            self._fit(texts, labels, contexts, weights)
        self.meta.setdefault("trained_on", len(texts))
        return self

    def fit_examples(self, examples):
        """Fit on ``evaluate.Example`` rows: text, label, context and weight of each, the weight multiplied by
        the example's recency when examples carry dates (``recency``; without dates exactly as before)."""
        examples = list(examples)
        weights = [e.weight for e in examples]
        recency = recency_weights([parse_date(e.date) for e in examples], self.half_life_days, self.recency_floor)
        self.meta.pop("half_life_days", None)
        if recency is not None:
            weights = [w * r for w, r in zip(weights, recency, strict=True)]
            self.meta["half_life_days"] = self.half_life_days
        return self.fit(
            [e.text for e in examples],
            [e.label for e in examples],
            [e.context for e in examples],
            None if all(w == 1 for w in weights) else weights,
        )

    @property
    def fitted(self) -> bool:
        return self.labels_ is not None

    def predict_proba(self, texts, contexts=None) -> np.ndarray:
        texts = list(texts)
        if self.labels_ is None:
            raise ValueError("the router is not fitted")
        if self._single is not None:
            return np.ones((len(texts), 1))
        return self._proba(texts, _contexts(contexts, len(texts)))

    def predict(self, text: str, k: int = 3, context=None) -> Prediction:
        return _ranked(self.labels_, self.predict_proba([text], [context])[0], k, self.threshold)

    def predict_many(self, texts, k: int = 3, contexts=None) -> list[Prediction]:
        proba = self.predict_proba(texts, contexts)
        return [_ranked(self.labels_, row, k, self.threshold) for row in proba]

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        envelope = {"format": FORMAT_VERSION, "sklearn": sklearn.__version__, "router": self}
        joblib.dump(envelope, buffer, compress=3)
        return MAGIC + buffer.getvalue()


def from_bytes(blob: bytes) -> _Base:
    """Load a router written by ``to_bytes``. Only load blobs this application wrote (pickle)."""
    blob = bytes(blob)
    if not blob.startswith(MAGIC):
        raise IncompatibleModelError("not a Pintu router model")
    envelope = joblib.load(io.BytesIO(blob[len(MAGIC) :]))
    if envelope.get("format") != FORMAT_VERSION:
        raise IncompatibleModelError(f"model format {envelope.get('format')} != {FORMAT_VERSION}")
    if envelope.get("sklearn") != sklearn.__version__:
        raise IncompatibleModelError(f"model written by scikit-learn {envelope.get('sklearn')}")
    return envelope["router"]


@dataclass
class Router(_Base):
    """Stems + character n-grams (+ the reporter's category and kecamatan), calibrated linear SVM."""

    C: float = 0.5
    char_weight: float = 0.7  # character block weighted a little below the stem block
    char_range: tuple[int, int] = (2, 5)
    max_char_features: int = 300_000
    context_weight: float = 0.5  # category/kecamatan block (only when the examples carry them)
    calibration_folds: int = CALIBRATION_FOLDS
    # also average in one SVM fit on all examples (``_CalibratedPair``): more macro-F1 on uneven histories,
    # a little less top-3, twice the fit time; off by default (docs/routing.md, issue #22 item 2)
    full_data_member: bool = False

    def _vectorizers(self) -> tuple[TfidfVectorizer, TfidfVectorizer]:
        words = TfidfVectorizer(analyzer=stem_ngrams, sublinear_tf=True, min_df=1, dtype=np.float32)
        chars = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=self.char_range,
            sublinear_tf=True,
            min_df=2,
            max_features=self.max_char_features,
            lowercase=False,
            dtype=np.float32,
        )
        return words, chars

    def _matrix(self, prepared: list[Prepared], contexts: list, fit: bool = False):
        if fit:
            self._words, self._chars = self._vectorizers()
            w = self._words.fit_transform([p.stems for p in prepared])
            c = self._chars.fit_transform([p.normalized for p in prepared])
            tokens = [context_tokens(ctx) for ctx in contexts]
            self._context = None
            if any(tokens):
                self._context = TfidfVectorizer(analyzer=list, use_idf=False, binary=True, dtype=np.float32)
                self._context.fit(tokens)
        else:
            w = self._words.transform([p.stems for p in prepared])
            c = self._chars.transform([p.normalized for p in prepared])
        blocks = [w, c * self.char_weight]
        if getattr(self, "_context", None) is not None:  # models stored before contexts have none
            blocks.append(self._context.transform([context_tokens(ctx) for ctx in contexts]) * self.context_weight)
        return sp.hstack(blocks, format="csr")

    def _fit(self, texts, labels, contexts, weights):
        x = self._matrix([prepare(t) for t in texts], contexts, fit=True)
        smallest = min(Counter(labels).values())
        if smallest >= self.calibration_folds:
            pair = _CalibratedPair(self.C, self.calibration_folds)
            self._clf = pair if self.full_data_member else pair.fold_ensemble()
            self.meta["classifier"] = "linear_svc_sigmoid_pair" if self.full_data_member else "linear_svc_sigmoid"
        else:  # too few examples of some label for calibration folds
            self._clf = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced", random_state=0)
            self.meta["classifier"] = "logistic_regression"
        self.meta["context"] = self._context is not None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=UserWarning)
            self._clf.fit(x, labels, sample_weight=weights)
        self.labels_ = self._clf.classes_

    def _proba(self, texts, contexts):
        return self._clf.predict_proba(self._matrix([prepare(t) for t in texts], contexts))


class _CalibratedPair:
    """Two sigmoid-calibrated balanced linear SVMs, probabilities averaged (the same folds for both):

    * the fold ensemble (``ensemble=True``): one SVM per calibration fold, each trained on the other folds;
    * one SVM trained on ALL examples, calibrated on its out-of-fold scores (``ensemble=False``): small
      agencies keep every example instead of two thirds of them, which is what lifts their F1.
    The ensemble alone ranks the 2nd and 3rd choice a little better, the full-data model finds the first
    more often (figures in docs/routing.md). Used when ``Router.full_data_member``. Module level, so it pickles."""

    def __init__(self, C: float, folds: int):
        self.C, self.folds = C, folds

    def fold_ensemble(self) -> CalibratedClassifierCV:
        """The fold ensemble alone (the router's default classifier)."""
        return self._calibrated(True)

    def _calibrated(self, ensemble: bool) -> CalibratedClassifierCV:
        svm = LinearSVC(C=self.C, class_weight="balanced", random_state=0)
        return CalibratedClassifierCV(svm, cv=self.folds, method="sigmoid", ensemble=ensemble)

    def fit(self, x, y, sample_weight=None):
        self.members_ = [self._calibrated(True).fit(x, y, sample_weight=sample_weight)]
        self.members_.append(self._calibrated(False).fit(x, y, sample_weight=sample_weight))
        self.classes_ = self.members_[0].classes_
        return self

    def predict_proba(self, x) -> np.ndarray:
        return sum(member.predict_proba(x) for member in self.members_) / len(self.members_)


@dataclass
class BaselineRouter(_Base):
    """Plain TF-IDF of the raw text + LogisticRegression: the yardstick the Router must beat.

    It reads the text only: contexts and sample weights are accepted and ignored."""

    def _fit(self, texts, labels, contexts, weights):
        self._vec = TfidfVectorizer()
        self._clf = LogisticRegression(max_iter=1000)
        self._clf.fit(self._vec.fit_transform(texts), labels)
        self.labels_ = self._clf.classes_

    def _proba(self, texts, contexts):
        return self._clf.predict_proba(self._vec.transform(texts))
