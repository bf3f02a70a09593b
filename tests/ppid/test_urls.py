"""The order of the PPID URL lists does not matter: every pattern of the web pages and of the API, put in
any order, still answers its own paths (no pattern takes another's: fixed words are never taken by a
converter). Adding a route anywhere cannot silently shadow another."""

import random
import re

import pytest
from django.urls import URLPattern, URLResolver
from django.urls.resolvers import RoutePattern

from pintu.ppid import urls as web
from pintu.ppid.annual import urls as annual_web
from pintu.ppid.api import urls as api
from pintu.ppid.objections import urls as objections_web
from pintu.ppid.registers import urls as registers_web
from pintu.ppid.requests import urls as requests_web

SAMPLES = {"int": "7", "str": "PPID-2026-000001", "slug": "identity", "path": "PPID/2026/000001",
           "ppid_reason": "tutup", "ppid_page": "layanan"}  # fmt: skip
CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?\w+>")


def _flat(patterns) -> list[URLPattern]:
    """Every URLPattern; the slices are included under "" so their routes are the full paths."""
    found = []
    for entry in patterns:
        if isinstance(entry, URLResolver):
            assert str(entry.pattern) == "", "the PPID includes its slices under the same prefix"
            found += _flat(entry.url_patterns)
        else:
            found.append(entry)
    return found


def _sample(pattern: URLPattern) -> str:
    return CONVERTER.sub(lambda m: SAMPLES[m.group("kind") or "str"], str(pattern.pattern))


WEB = _flat(web.urlpatterns)
API = _flat(api.urlpatterns)


def test_the_lists_cover_every_slice():
    assert len(WEB) == 2 + sum(len(m.urlpatterns) for m in (registers_web, requests_web, objections_web, annual_web))
    names = {p.name for p in API}
    assert {"ppid_dip", "staff_ppid_request_assign", "staff_ppid_objection_dispute_step", "ppid_annual"} <= names


@pytest.mark.parametrize("patterns", [WEB, API], ids=["web", "api"])
@pytest.mark.parametrize("seed", [None, "reversed", 1, 2, 3])
def test_every_path_finds_its_own_pattern_in_any_order(patterns, seed):
    ordered = list(patterns)
    if seed == "reversed":
        ordered.reverse()
    elif seed is not None:
        random.Random(seed).shuffle(ordered)
    resolver = URLResolver(RoutePattern(""), ordered)
    for pattern in patterns:
        path = _sample(pattern)
        match = resolver.resolve(path)
        assert (match.url_name, match.func) == (pattern.name, pattern.callback), f"{path} reached {match.url_name}"
