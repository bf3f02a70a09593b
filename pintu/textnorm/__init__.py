"""Text normalisation for Indonesian citizen complaints (plain Python, no Django).

Used by full-text search (index text and queries go through the same
``search_text`` pipeline before SQLite FTS5 / PostgreSQL ``simple`` tsvector),
by the text router and by duplicate detection.

* ``normalize(text)``: lowercase ASCII, placeholders for URLs, e-mails, phone
  numbers and long numbers, elongations collapsed, reduplication expanded,
  slang / abbreviations / regional words replaced; idempotent.
* ``tokens(text)``: ``normalize`` split into words, stopwords dropped.
* ``stem(word)``: dictionary-guided Nazief-Adriani style stemmer.
* ``search_text(text)`` / ``search_terms(query)``: stems of ``tokens``.
"""

from .lexicon import ACRONYMS, ROOTS, SPECIAL_TOKENS, STOPWORDS
from .normalize import EMAIL_TOKEN, NUMBER_TOKEN, PHONE_TOKEN, URL_TOKEN, normalize
from .pipeline import search_terms, search_text, tokens
from .slang import SLANG
from .stem import stem

__all__ = [
    "ACRONYMS",
    "EMAIL_TOKEN",
    "NUMBER_TOKEN",
    "PHONE_TOKEN",
    "ROOTS",
    "SLANG",
    "SPECIAL_TOKENS",
    "STOPWORDS",
    "URL_TOKEN",
    "normalize",
    "search_terms",
    "search_text",
    "stem",
    "tokens",
]
