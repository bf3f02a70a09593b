"""/api/v1/ is one include per area (pintu/api/urls_v1.py), and their order must not matter: no route of one
area may match a path of another. Each route's path is written out with sample values for its converters and
offered to every other area's resolver."""

import re

import pytest
from django.urls import URLPattern, URLResolver
from django.urls.exceptions import Resolver404

from pintu.api import urls_v1

SAMPLES = {"int": "7", "path": "a/b", "slug": "x-7", "uuid": "00000000-0000-0000-0000-000000000007"}


def leaf_routes(resolver: URLResolver, prefix: str = "") -> list[str]:
    routes = []
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            routes.extend(leaf_routes(entry, route))
        elif isinstance(entry, URLPattern):
            routes.append(route)
    return routes


def example(route: str) -> str:
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES.get(m.group(1) or "str", "x7"), route)


AREAS = [entry for entry in urls_v1.urlpatterns if isinstance(entry, URLResolver)]


def test_every_v1_entry_is_one_area_include():
    assert AREAS and len(AREAS) == len(urls_v1.urlpatterns)


@pytest.mark.parametrize("area", AREAS, ids=lambda area: area.urlconf_name.__name__)
def test_no_other_area_takes_a_path_of_this_area(area):
    taken = []
    for path in [example(route) for route in leaf_routes(area)]:
        for other in AREAS:
            if other is area:
                continue
            try:
                match = other.resolve(path)
            except Resolver404:
                continue
            taken.append((path, other.urlconf_name.__name__, match.url_name))
    assert not taken
