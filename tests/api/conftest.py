"""API fixtures: clients signed in by token, an uploaded PNG, and the complaint fixtures (report, submit ...)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from rest_framework.test import APIClient

from pintu.apikit.models import issue_token
from pintu.routing import services as routing
from tests.complaints.conftest import agency, area, draft, report, submit  # noqa: F401 (fixtures)
from tests.factories.complaints import ADMIN, BUPATI, DINKES, KEPALA_PUPR, PUPR, WARGA  # noqa: F401 (re-exported)


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    routing.clear_cache()
    yield
    routing.clear_cache()


@pytest.fixture
def anon():
    return APIClient()


@pytest.fixture
def client_for(user_named):
    """An API client authenticated with a fresh token of the named demo user."""

    def make(username: str) -> APIClient:
        _token, raw = issue_token(user_named(username))
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
        return client

    return make


def png_upload(name: str = "foto.png") -> SimpleUploadedFile:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    return SimpleUploadedFile(name, buf.getvalue(), content_type="image/png")
