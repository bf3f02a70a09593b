"""Fixtures of the hostile-input tests: media in a temporary folder, clean rate-limit counters, the
report wizard driven like a browser, and signed-in officers."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from pintu.agencies.models import Area
from pintu.categories.models import Category

TITLE = "Lampu jalan padam di simpang Tanjung Raja"
TEXT = "Lampu penerangan jalan di simpang empat padam sejak dua minggu, jalan gelap dan rawan kecelakaan."


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def fresh_rate_limits(request):
    """The rate-limit counters live in the cache (a database table): each test starts from zero."""
    if request.node.get_closest_marker("django_db") is None:
        yield  # a pure test: no database, no counters
        return
    request.getfixturevalue("db")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def area(demo):
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    return kecamatan, kecamatan.children.order_by("code").first()


class Wizard:
    """The three steps of /lapor/ as a browser posts them."""

    def __init__(self, client: Client, area):
        self.client, self.area = client, area

    def what(self, **overrides):
        category = Category.objects.get(code="INFRASTRUKTUR")
        data = {"kind": "pengaduan", "category": category.pk, "title": TITLE, "text": TEXT, **overrides}
        return self.client.post(reverse("complaints:intake_what"), data)

    def where(self, **overrides):
        kecamatan, desa = self.area
        data = {"kecamatan": kecamatan.pk, "desa": desa.pk, "latitude": "", "longitude": "", "incident_date": ""}
        return self.client.post(reverse("complaints:intake_where"), {**data, **overrides})

    def finish(self, files=(), **overrides):
        data = {
            "idempotency_key": self.client.session["lapor_draft"]["key"],
            "privacy": "biasa",
            "name": "Ahmad Fauzi",
            "email": "ahmad.fauzi@example.com",
            "phone": "0812-1111-2222",
            "nik": "",
            "consent": "on",
            **overrides,
        }
        if files:
            data["files"] = list(files)
        return self.client.post(reverse("complaints:intake_finish"), data)

    def submit(self, what=None, where=None, finish=None, files=()):
        """All three steps; returns the last response (a redirect to the receipt when accepted)."""
        first = self.what(**(what or {}))
        if first.status_code != 302:
            return first
        second = self.where(**(where or {}))
        if second.status_code != 302:
            return second
        return self.finish(files=files, **(finish or {}))


@pytest.fixture
def wizard(client, area):
    return Wizard(client, area)


@pytest.fixture
def officer(user_named):
    def signed_in(username: str) -> Client:
        client = Client()
        client.force_login(user_named(username))  # tests/conftest marks the second factor as passed
        return client

    return signed_in
