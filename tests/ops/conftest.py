"""Fixtures for backup/restore: a MEDIA_ROOT of the test's own, realistic data made through the services."""

import hashlib
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection
from PIL import Image

from pintu.agencies.models import Agency, Area
from pintu.complaints.models import Privacy
from pintu.complaints.services import admin, handling
from pintu.files.validation import clean_upload
from pintu.ppid.requests.intake import RequestDraft, submit_request
from tests.factories import complaints as factories

NIK = "1610061503900001"


def png(color) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def realistic_data(demo, media, user_named):
    """Reports with attachments (one anonim with a NIK), a follow-up with a public file, a PPID request with KTP."""
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    road = factories.submit(
        text="Jalan di depan pasar Indralaya berlubang besar sejak sebulan.", kecamatan=kecamatan, desa=None,
        email="siti@example.com", phone="", latitude=Decimal("-3.2"), longitude=Decimal("104.6"),
        files=[clean_upload("lubang.png", png("red")), clean_upload("lubang2.png", png("green"))],
    ).report  # fmt: skip
    anonim = factories.submit(
        title="Pungutan di kantor desa", text="Ada pungutan tanpa kuitansi setiap kali mengurus surat pengantar.",
        kecamatan=kecamatan, desa=None, category=None, privacy=Privacy.ANONIM, nik=NIK, name="", email="", phone="",
        files=[clean_upload("kuitansi.png", png("blue"))],
    ).report  # fmt: skip
    road = admin.disposition(road, user=user_named("admin.kominfo"), agency=Agency.objects.get(code="PUPR"))
    handling.post_follow_up(
        road, user=user_named("penghubung.pupr"), text="Sudah ditambal.", files=[clean_upload("hasil.png", png("grey"))]
    )
    ktp = clean_upload("ktp.png", png("yellow"))
    request = submit_request(RequestDraft(
        information="Salinan kontrak pemeliharaan jalan Indralaya tahun 2026.", purpose="Pemantauan warga.",
        obtain_method="hard", delivery_method="pick_up", name="Budi Santoso", address="Jl. Lintas Timur 5",
        occupation="Petani", phone="0812-1111-2222", email="budi@example.org", id_number=NIK, consent=True,
        identity_file=ktp,
    )).request  # fmt: skip
    return {"road": road, "anonim": anonim, "request": request, "ktp": ktp.content}


def row_counts() -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names)
            counts[table] = cursor.fetchone()[0]
    return counts


def file_checksums(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
