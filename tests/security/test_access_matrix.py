"""The authorization matrix: every URL name x every actor x (own case, other case), from access_table.

A URL name without an entry fails `test_every_url_has_an_entry`; so does an entry for a URL that no
longer exists. A refused POST must also leave the database as it was.
"""

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from pintu.complaints.models import Attachment, Report
from pintu.history.models import Event
from pintu.ppid.objections.models import Objection
from pintu.ppid.registers.models import DikItem, DipFile, DipItem
from pintu.ppid.requests.models import InformationRequest, RequestDocument
from tests.security.access_table import (
    BAD_REQUEST,
    BOUNCE,
    FORBIDDEN,
    HIDDEN,
    LOGIN,
    MOVED,
    NOT_ALLOWED,
    OK,
    REFUSALS,
    SKIPPED_NAMES,
    SKIPPED_NAMESPACES,
    TABLE,
    TO_REQUEST_TRACK,
    TO_TRACK,
)
from tests.security.world import ACTOR_KEYS


def url_names() -> tuple[set[str], list[str]]:
    """(named URLs, unnamed patterns) of the project, namespaces joined with ':', skipped ones left out."""
    names, unnamed = set(), []

    def walk(patterns, namespace, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = pattern.namespace
                if ns in SKIPPED_NAMESPACES and not namespace:
                    continue
                full = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
                walk(pattern.url_patterns, full, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                if not pattern.name:
                    unnamed.append(prefix + str(pattern.pattern))
                    continue
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                if name not in SKIPPED_NAMES:
                    names.add(name)

    walk(get_resolver().url_patterns, "", "")
    return names, unnamed


def test_every_url_has_an_entry():
    names, unnamed = url_names()
    assert not unnamed, f"URL patterns without a name (give them one and an entry in access_table): {unnamed}"
    missing = sorted(names - set(TABLE))
    assert not missing, f"URL names without an entry in tests/security/access_table.py: {missing}"
    gone = sorted(set(TABLE) - names)
    assert not gone, f"entries in access_table.py whose URL no longer exists: {gone}"


def test_every_entry_names_every_actor():
    for name, entry in TABLE.items():
        assert set(entry.expect) == set(ACTOR_KEYS), name
        for value in entry.expect.values():
            pair = value if isinstance(value, tuple) else (value,)
            assert all(v in REFUSALS | {OK, MOVED, BAD_REQUEST} for v in pair), (name, value)


def fingerprint() -> tuple:
    """Cheap picture of the data an action could change: row counts, statuses, history length."""
    return (
        Event.objects.count(),
        tuple(Report.objects.order_by("pk").values_list("status", "assigned_agency_id", "anonim", "rahasia")),
        tuple(InformationRequest.objects.order_by("pk").values_list("status", "assigned_agency_id")),
        tuple(Objection.objects.order_by("pk").values_list("status")),
        tuple(DipItem.objects.order_by("pk").values_list("status")),
        tuple(DikItem.objects.order_by("pk").values_list("status")),
        Attachment.objects.count(),
        RequestDocument.objects.count(),
        DipFile.objects.count(),
    )


def outcome_of(response) -> str:
    code = response.status_code
    if code in (301, 302, 303):
        path = response["Location"].split("?")[0]
        if path == resolve_url(settings.LOGIN_URL):
            return LOGIN
        if path == reverse("complaints:track"):
            return TO_TRACK
        if path == reverse("ppid:request_track"):
            return TO_REQUEST_TRACK
        return "redirect"
    return {200: OK, 403: FORBIDDEN, 404: HIDDEN, 405: NOT_ALLOWED}.get(code, str(code))


def matches(expected: str, got: str, method: str) -> bool:
    if expected in (MOVED, BOUNCE):
        return got == "redirect"
    if expected == OK and method == "POST":
        return got in (OK, "400", "redirect")  # re-shown with its errors, or done
    return got == expected


def _expected(entry, actor: str, side: str) -> str:
    value = entry.expect[actor]
    if not isinstance(value, tuple):
        return value
    return value[0] if side == "own" else value[1]


def _cases():
    for name in sorted(TABLE):
        for actor in ACTOR_KEYS:
            yield pytest.param(name, actor, id=f"{name}|{actor}")


@pytest.mark.django_db
@pytest.mark.parametrize(("url_name", "actor"), list(_cases()))
def test_access(world, url_name, actor):
    entry = TABLE[url_name]
    client = Client()
    if actor != "anonymous":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[actor]
    failures = []
    for side in ("own", "other") if entry.case else ("own",):
        obj = entry.case.pick(world, actor, side) if entry.case else None
        url = reverse(url_name, kwargs=entry.url_kwargs(obj))
        expected = _expected(entry, actor, side)
        for method in entry.methods:
            before = fingerprint() if method == "POST" else None
            response = client.get(url) if method == "GET" else client.post(url, {})
            got = outcome_of(response)
            if not matches(expected, got, method):
                case = f"{entry.case.name} {side}" if entry.case else "no case"
                failures.append(f"{method} {url} ({case}): expected {expected}, got {got}")
            elif method == "POST" and expected in REFUSALS and fingerprint() != before:
                failures.append(f"{method} {url}: refused but the database changed")
    assert not failures, f"{url_name} as {actor}:\n  " + "\n  ".join(failures)
