"""Cold start: suggestions from agency profiles before any model is trained (plain Python, no Django).

Each agency's profile is its name, short name, duties and keywords (keywords count three times). A
complaint is scored against every profile by TF-IDF cosine over stem uni/bi-grams, plus a bonus for every
keyword phrase whose stems occur in the complaint in order (longer phrases weigh more). Scores become
shares ``score / (sum of scores + PRIOR)``: they rank well but are NOT calibrated probabilities, so the
same threshold sends weak matches to a person. Source label: ``"profil"``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from .features import prepare, stem_ngrams
from .model import DEFAULT_THRESHOLD, Choice, Prediction

__all__ = ["AgencyProfile", "ProfileRouter"]

KEYWORD_REPEAT = 3
PHRASE_BONUS = 0.25  # per matched keyword phrase, times its length in stems (capped)
PRIOR = 0.5  # mass kept back for "none of them"


@dataclass(frozen=True)
class AgencyProfile:
    code: str
    name: str
    short_name: str = ""
    duties: str = ""
    keywords: tuple[str, ...] = ()
    outside: bool = False


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


class ProfileRouter:
    def __init__(self, profiles: list[AgencyProfile], threshold: float = DEFAULT_THRESHOLD):
        self.profiles = list(profiles)
        self.threshold = threshold
        self.labels = [p.code for p in self.profiles]
        docs, self._phrases = [], []
        for p in self.profiles:
            keywords = " . ".join(p.keywords)
            docs.append(prepare(" . ".join([p.name, p.short_name, p.duties] + [keywords] * KEYWORD_REPEAT)).stems)
            phrases = {tuple(prepare(k).words) for k in p.keywords}
            self._phrases.append([ph for ph in phrases if ph])
        self._vec = TfidfVectorizer(analyzer=stem_ngrams, sublinear_tf=True) if self.profiles else None
        self._matrix = self._vec.fit_transform(docs) if self.profiles else None

    def scores(self, text: str) -> np.ndarray:
        if not self.profiles:
            return np.zeros(0)
        stems = prepare(text).stems
        cosine = (self._matrix @ self._vec.transform([stems]).T).toarray().ravel()
        words = stems.split()
        bonus = np.array(
            [PHRASE_BONUS * sum(min(len(ph), 3) for ph in phrases if _contains(words, ph)) for phrases in self._phrases]
        )
        return cosine + bonus

    def predict(self, text: str, k: int = 3) -> Prediction:
        scores = self.scores(text)
        if not scores.size or scores.max() <= 0:
            return Prediction((), self.threshold, source="profil")
        shares = scores / (scores.sum() + PRIOR)
        order = np.argsort(-scores, kind="stable")[:k]
        choices = tuple(Choice(self.labels[i], float(shares[i])) for i in order if scores[i] > 0)
        return Prediction(choices, self.threshold, source="profil")
