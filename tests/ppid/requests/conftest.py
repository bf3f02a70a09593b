"""Fixtures for information requests: a PNG "KTP", a draft, a filed request at each stage."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from pintu.files.validation import clean_upload
from pintu.ppid.requests import intake, services
from pintu.ppid.requests.services import RequestDraft

JAKARTA = ZoneInfo("Asia/Jakarta")


def png_bytes(color=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def local(*args) -> datetime:
    return datetime(*args, tzinfo=JAKARTA)


@pytest.fixture
def ktp():
    return clean_upload("ktp.png", png_bytes())


def make_draft(ktp=None, **overrides) -> RequestDraft:
    fields = {
        "information": "Salinan kontrak paket pemeliharaan jalan Indralaya-Tanjung Raja tahun 2026.",
        "purpose": "Bahan pemantauan pembangunan oleh kelompok warga.",
        "obtain_method": "hard",
        "delivery_method": "pick_up",
        "name": "Siti Aminah",
        "address": "Jl. Lintas Timur No. 5, Indralaya",
        "occupation": "Wiraswasta",
        "phone": "0812-3456-7890",
        "email": "siti@example.org",
        "consent": True,
        "identity_file": ktp,
    }
    fields.update(overrides)
    return RequestDraft(**fields)


@pytest.fixture
def draft(ktp):
    return lambda **overrides: make_draft(ktp, **overrides)


@pytest.fixture
def filed(draft):
    """A request submitted on the web (optionally received at a fixed time)."""

    def make(received_at=None, **overrides):
        d = draft(**overrides)
        d.received_at = received_at
        return intake._submit(d).request

    return make


@pytest.fixture
def assigned(filed, user_named, agency):
    def make(code="PUPR", **kw):
        return services.assign_request(user_named("ppid.utama"), filed(**kw), agency(code))

    return make
