"""A restore refuses, before changing anything, an archive that is altered, foreign or from a newer Pintu."""

import io
import json
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pintu.accounts.models import User
from pintu.ops.manifest import MANIFEST_NAME
from tests.ops.conftest import file_checksums, row_counts

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def archive(media, tmp_path):
    (media / "reports").mkdir()
    (media / "reports" / "foto.png").write_bytes(b"\x89PNG isi foto")
    path = tmp_path / "cadangan.tar.gz"
    call_command("backup", output=str(path), stdout=io.StringIO())
    return path


def rewrite(source, target, *, member=None, content=None, manifest_change=None):
    """Copy the archive, replacing one member's bytes or editing the manifest."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for info in old:
            data = old.extractfile(info).read()
            if info.name == member:
                data = content
            if info.name == MANIFEST_NAME and manifest_change:
                manifest = json.loads(data)
                manifest_change(manifest)
                data = json.dumps(manifest).encode()
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))
    return target


def refused(path, match):
    rows, files = row_counts(), None
    with pytest.raises(CommandError, match=match):
        call_command("restore", str(path), "--force", stdout=io.StringIO())
    assert row_counts() == rows
    return files


def test_a_changed_file_is_refused_and_nothing_changes(archive, media, tmp_path):
    before = file_checksums(media)
    refused(rewrite(archive, tmp_path / "x.tar.gz", member="media/reports/foto.png", content=b"lain"), "Checksum")
    assert file_checksums(media) == before


def test_a_missing_or_extra_file_is_refused(archive, tmp_path):
    refused(rewrite(archive, tmp_path / "x.tar.gz", manifest_change=lambda m: m["files"].append(
        {"path": "media/hilang.pdf", "size": 1, "sha256": "0" * 64})), "hilang")  # fmt: skip
    dropped = rewrite(archive, tmp_path / "y.tar.gz", manifest_change=lambda m: m["files"].pop())
    refused(dropped, "tidak ada di manifest")


def test_another_database_vendor_is_refused_with_a_clear_message(archive, tmp_path):
    def foreign(manifest):
        manifest["database_vendor"] = "oracle"

    refused(rewrite(archive, tmp_path / "x.tar.gz", manifest_change=foreign), "berasal dari database oracle")


def test_a_backup_from_a_newer_pintu_is_refused(archive, tmp_path):
    def newer(manifest):
        manifest["migrations"]["complaints"].append("0999_masa_depan")

    refused(rewrite(archive, tmp_path / "x.tar.gz", manifest_change=newer), "lebih baru")


def test_something_that_is_not_a_backup_is_refused(tmp_path):
    path = tmp_path / "bukan.tar.gz"
    path.write_bytes(b"bukan arsip")
    refused(path, "rusak")


def test_an_empty_database_needs_no_force_and_gets_the_backup(archive, media):
    """Restoring into an empty database (a new server) needs no --force."""
    assert not User.objects.exists()  # nothing but the migrations' rows: "empty"
    (media / "reports" / "foto.png").unlink()
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert (media / "reports" / "foto.png").read_bytes() == b"\x89PNG isi foto"
    assert "checksum 2 berkas cocok" in out.getvalue()
