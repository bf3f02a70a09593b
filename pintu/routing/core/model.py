"""The text router: complaint text -> ranked agencies with probabilities (plain Python, no Django).

``Router`` (the production model):
  features  TF-IDF of stem uni/bi-grams (``features.stem_ngrams``) + TF-IDF of ``char_wb`` 2-5-grams of
            the normalised text, both sublinear, each block L2-normalised, stacked;
  classifier  LinearSVC (balanced class weights) calibrated by ``CalibratedClassifierCV(cv=3, sigmoid)``;
            with fewer than 3 examples in some label (early history) a LogisticRegression gives the
            probabilities instead.
``BaselineRouter``: plain ``TfidfVectorizer()`` on the raw text + ``LogisticRegression`` (for comparison).

``predict(text)`` returns a ``Prediction``: the ranked ``Choice(label, probability)`` list (probabilities of
all labels sum to 1, so any prefix sums to at most 1) and ``needs_person`` when the best probability is
below the threshold. ``to_bytes`` / ``from_bytes`` serialise with joblib behind a small versioned header.
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


def _ranked(labels: np.ndarray, proba: np.ndarray, k: int, threshold: float) -> Prediction:
    order = np.argsort(-proba, kind="stable")[:k]
    return Prediction(tuple(Choice(str(labels[i]), float(proba[i])) for i in order), threshold)


@dataclass
class _Base:
    threshold: float = DEFAULT_THRESHOLD
    meta: dict = field(default_factory=dict)  # free-form: trained_on, label names, version ...
    labels_: np.ndarray | None = None

    # --- to implement --------------------------------------------------------
    def _fit(self, texts: list[str], labels: list[str]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _proba(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- shared --------------------------------------------------------------
    def fit(self, texts, labels):
        texts, labels = list(texts), [str(label) for label in labels]
        if len(texts) != len(labels) or not texts:
            raise ValueError("texts and labels must be non-empty and of the same length")
        self._single = None
        if len(set(labels)) == 1:  # nothing to learn: always that label
            self._single = labels[0]
            self.labels_ = np.array([labels[0]])
        else:
            self._fit(texts, labels)
        self.meta.setdefault("trained_on", len(texts))
        return self

    @property
    def fitted(self) -> bool:
        return self.labels_ is not None

    def predict_proba(self, texts) -> np.ndarray:
        texts = list(texts)
        if self.labels_ is None:
            raise ValueError("the router is not fitted")
        if self._single is not None:
            return np.ones((len(texts), 1))
        return self._proba(texts)

    def predict(self, text: str, k: int = 3) -> Prediction:
        return _ranked(self.labels_, self.predict_proba([text])[0], k, self.threshold)

    def predict_many(self, texts, k: int = 3) -> list[Prediction]:
        proba = self.predict_proba(texts)
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
    """Stems + character n-grams, calibrated linear SVM. See the module docstring."""

    C: float = 0.5
    char_weight: float = 0.7  # character block weighted a little below the stem block
    char_range: tuple[int, int] = (2, 5)
    max_char_features: int = 300_000

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

    def _matrix(self, prepared: list[Prepared], fit: bool = False):
        if fit:
            self._words, self._chars = self._vectorizers()
            w = self._words.fit_transform([p.stems for p in prepared])
            c = self._chars.fit_transform([p.normalized for p in prepared])
        else:
            w = self._words.transform([p.stems for p in prepared])
            c = self._chars.transform([p.normalized for p in prepared])
        return sp.hstack([w, c * self.char_weight], format="csr")

    def _fit(self, texts, labels):
        x = self._matrix([prepare(t) for t in texts], fit=True)
        smallest = min(Counter(labels).values())
        if smallest >= CALIBRATION_FOLDS:
            svm = LinearSVC(C=self.C, class_weight="balanced", random_state=0)
            self._clf = CalibratedClassifierCV(svm, cv=CALIBRATION_FOLDS, method="sigmoid")
            self.meta["classifier"] = "linear_svc_sigmoid"
        else:  # too few examples of some label for 3-fold calibration
            self._clf = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced", random_state=0)
            self.meta["classifier"] = "logistic_regression"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=UserWarning)
            self._clf.fit(x, labels)
        self.labels_ = self._clf.classes_

    def _proba(self, texts):
        return self._clf.predict_proba(self._matrix([prepare(t) for t in texts]))


@dataclass
class BaselineRouter(_Base):
    """Plain TF-IDF of the raw text + LogisticRegression: the yardstick the Router must beat."""

    def _fit(self, texts, labels):
        self._vec = TfidfVectorizer()
        self._clf = LogisticRegression(max_iter=1000)
        self._clf.fit(self._vec.fit_transform(texts), labels)
        self.labels_ = self._clf.classes_

    def _proba(self, texts):
        return self._clf.predict_proba(self._vec.transform(texts))
