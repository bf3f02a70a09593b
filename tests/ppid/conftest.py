"""Fixtures for the PPID registers: agencies, officers, a ready DIP item and DIK item."""

import datetime

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.ppid.registers import services


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def agency(demo):
    return lambda code: Agency.objects.get(code=code)


def dip_fields(**overrides) -> dict:
    fields = {
        "category": "berkala",
        "section": "Informasi tentang program dan kegiatan",
        "title": "Rencana kerja Dinas PUPR tahun 2026",
        "summary": "Program pemeliharaan jalan dan jembatan kabupaten beserta anggarannya.",
        "holder": "Sekretariat Dinas PUPR",
        "responsible": "Kepala Subbagian Perencanaan",
        "made_when_where": "2026, Indralaya",
        "form_kind": "both",
        "retention": "5 tahun",
    }
    fields.update(overrides)
    return fields


def dik_fields(**overrides) -> dict:
    fields = {
        "information": "Nilai perkiraan sendiri (HPS) paket jalan sebelum lelang diumumkan",
        "document": "Dokumen HPS paket pemeliharaan jalan 2026",
        "legal_basis": "b",
        "consequence": "Membuka HPS sebelum lelang memberi keuntungan tidak wajar kepada calon penyedia.",
        "public_interest": "Persaingan usaha yang sehat lebih melindungi keuangan daerah daripada membukanya sekarang.",
        "exempt_until": timezone.localdate() + datetime.timedelta(days=90),
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def draft_item(user_named, agency):
    def make(username="ppid.pupr", code="PUPR", **overrides):
        return services.draft_dip_item(user_named(username), agency(code), **dip_fields(**overrides))

    return make


@pytest.fixture
def published_item(draft_item, user_named):
    def make(**overrides):
        return services.publish_dip_item(user_named("ppid.utama"), draft_item(**overrides))

    return make


@pytest.fixture
def dik_item(user_named, agency):
    def make(username="ppid.pupr", code="PUPR", decide=False, **overrides):
        item = services.draft_dik_item(user_named(username), agency(code), **dik_fields(**overrides))
        if decide:
            item = services.decide_dik_item(user_named("ppid.utama"), item, "Kepala Diskominfo, PPID Utama")
        return item

    return make
