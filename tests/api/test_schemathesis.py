"""Schemathesis against the served OpenAPI schema, through the WSGI app, inside the test suite.

Every operation of /api/schema/ is fuzzed with schema-valid input, once as an anonymous caller and once
as an admin instansi with a token (who may act on the one report the data holds). Each response must not
be a server error, must have a documented status code and content type, and must match its schema.
Operations of pintu.api and those other apps add to the schema (statistics, webhooks) are checked in
two tests, so a failure says whose code it is.
"""

import re

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.urls import resolve
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from pintu.apikit.models import issue_token
from pintu.wsgi import application

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
MAX_EXAMPLES = 5


@pytest.fixture
def wsgi_in_test_transaction():
    """Let the raw WSGI app share the test's transaction, as Django's test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _ours(path: str) -> bool:
    view = resolve(re.sub(r"\{[^}]+\}", "1", path)).func
    return getattr(view, "cls", view).__module__.startswith("pintu.api.")


def _summary(exc: BaseException) -> str:
    parts = [exc, *getattr(exc, "exceptions", ())]
    return " | ".join(" ".join(str(p).split())[:300] for p in parts)


def _fuzz(strategy, headers: dict, label: str, failures: list[str]) -> None:
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(case=strategy)
    def run(case):
        case.headers = {**(case.headers or {}), **headers}
        response = case.call()
        try:
            case.validate_response(response, checks=CHECKS)
        except (AssertionError, BaseExceptionGroup) as exc:  # collect every operation's, report together
            failures.append(f"{label}: {_summary(exc)}")

    run()


def _run(schema, headers: dict, code: str, ours: bool) -> list[str]:
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if _ours(operation.path) != ours:
            continue
        path_parameters = {"code": code} if "{code}" in operation.path else None
        label = f"{operation.method.upper()} {operation.path} ({'token' if headers else 'anonim'})"
        _fuzz(operation.as_strategy(path_parameters=path_parameters), headers, label, failures)
    return list(dict.fromkeys(failures))


@pytest.fixture
def fuzz(wsgi_in_test_transaction, report, user_named):
    def run(ours: bool) -> list[str]:
        schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
        _token, raw = issue_token(user_named("admin.kominfo"))
        return _run(schema, {}, report.code, ours) + _run(schema, {"Authorization": f"Bearer {raw}"}, report.code, ours)

    return run


def test_schema_fuzz_api_operations(fuzz):
    failures = fuzz(ours=True)
    assert not failures, "\n".join(failures)


def test_schema_fuzz_operations_of_other_apps(fuzz):
    """/api/v1/statistik/, webhooks ...: the same checks for what other apps add to the schema."""
    failures = fuzz(ours=False)
    assert not failures, "\n".join(failures)
