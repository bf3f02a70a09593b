"""Tokens (hashed, issued and revoked by a command) and the schema with its self-hosted docs."""

import re
from io import StringIO

from django.core.management import call_command
from rest_framework.test import APIClient

from pintu.apikit.models import ApiToken, digest


def _issue(username: str) -> str:
    out = StringIO()
    call_command("api_token", username, "--label", "integrasi", stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_token_is_shown_once_stored_hashed_and_revocable(demo):
    raw = _issue("admin.kominfo")
    token = ApiToken.objects.get()
    assert raw.startswith("pintu_") and token.key_hash == digest(raw) and raw not in token.key_hash
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert client.get("/api/v1/staff/reports/").status_code == 200
    assert ApiToken.objects.get().last_used_at is not None
    call_command("api_token", "admin.kominfo", "--revoke", stdout=StringIO())
    refused = client.get("/api/v1/staff/reports/")
    assert refused.status_code == 401 and refused.json() == {"detail": "Token tidak valid atau sudah dicabut."}
    assert refused["WWW-Authenticate"].startswith("Bearer")


def test_schema_lists_only_api_paths_with_the_common_error_body(demo):
    schema = APIClient().get("/api/schema/?format=json").json()
    assert schema["openapi"].startswith("3.")
    assert schema["paths"] and all(path.startswith("/api/") for path in schema["paths"])
    operation = schema["paths"]["/api/v1/staff/reports/{code}/disposition/"]["post"]
    assert {"200", "400", "401", "403", "404", "429"} <= set(operation["responses"])
    assert "tokenAuth" in schema["components"]["securitySchemes"]


def test_docs_pages_load_nothing_from_outside_and_have_no_inline_script(demo):
    client = APIClient()
    for url in ("/api/docs/", "/api/redoc/"):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert not re.search(r"(src|href)=\"https?://", html), url
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"inline script on {url}"
    init = re.search(r'<script src="([^"]*script[^"]*)"', client.get("/api/docs/").content.decode()).group(1)
    script = client.get(init.replace("&amp;", "&"))
    assert script.status_code == 200 and b"SwaggerUIBundle" in script.content


def test_an_unmatched_api_url_answers_json_and_web_pages_keep_their_404(demo):
    client = APIClient()
    api = client.get("/api/v1/ppid/dip/-1/")
    assert api.status_code == 404 and api.json() == {"detail": "Tidak ditemukan."}
    page = client.get("/tidak-ada-halaman-ini/")
    assert page.status_code == 404 and not page["Content-Type"].startswith("application/json")
