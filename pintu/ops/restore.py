"""Restore an archive made by pintu.ops.backup: check it whole, then the database, then MEDIA_ROOT.

Order of refusals, before anything is touched: the archive must match its manifest (sizes and
SHA-256 of every member), come from the same database vendor, contain no migration this code does
not know (it would come from a newer Pintu), and the target database must be empty unless `force`.
The database is loaded all or nothing; then MEDIA_ROOT is made exactly the archive's media (files
written through a temporary name and renamed; files that are not in the archive are removed).
Stop the web server and the worker first; start them again after.
"""

import os
import shutil
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from pintu.ops import database
from pintu.ops.manifest import ArchiveInvalid, Manifest, safe_member_name, sha256_of, verify


class RestoreRefused(Exception):
    """The restore did not start: nothing was changed."""


@dataclass
class RestoreResult:
    manifest: Manifest
    media_written: int = 0
    media_removed: int = 0
    missing_migrations: list[str] = field(default_factory=list)
    seconds: float = 0.0


def check(archive_path: Path, *, force: bool) -> Manifest:
    """Every reason to refuse, before anything changes."""
    manifest = verify(str(archive_path))
    current = database.vendor()
    if manifest.database_vendor != current:
        raise RestoreRefused(
            f"Cadangan ini berasal dari database {manifest.database_vendor}, sedangkan Pintu sekarang memakai "
            f"{current}. Pulihkan ke database {manifest.database_vendor}, lalu pindahkan data bila perlu."
        )
    in_backup = {(app, name) for app, names in manifest.migrations.items() for name in names}
    if unknown := sorted(in_backup - database.known_migrations()):
        listed = ", ".join(f"{app}.{name}" for app, name in unknown[:5])
        raise RestoreRefused(
            f"Cadangan dibuat oleh versi Pintu yang lebih baru (migrasi tidak dikenal: {listed}). "
            "Perbarui kode Pintu dulu, lalu ulangi pemulihan."
        )
    if not force and database.has_content():
        raise RestoreRefused(
            "Database tujuan tidak kosong. Pemulihan akan menimpa seluruh isinya: ulangi dengan --force "
            "bila memang itu yang dimaksud."
        )
    return manifest


def restore_backup(archive_path: Path, *, force: bool = False) -> RestoreResult:
    started = time.monotonic()
    manifest = check(Path(archive_path), force=force)
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    result = RestoreResult(manifest)
    with tempfile.TemporaryDirectory(prefix=".pintu-restore-", dir=media_root.parent) as workdir:
        staging = Path(workdir)
        with tarfile.open(archive_path, "r:gz") as archive:
            for member in archive:
                if member.isfile() and safe_member_name(member.name) and member.name != "manifest.json":
                    target = staging / member.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with archive.extractfile(member) as source, open(target, "wb") as out:
                        shutil.copyfileobj(source, out)
        verify_staged(staging, manifest)
        database.load(staging / manifest.database_file)
        result.media_written, result.media_removed = _replace_media(staging / "media", media_root, manifest)
    in_backup = {(app, name) for app, names in manifest.migrations.items() for name in names}
    result.missing_migrations = sorted(f"{a}.{n}" for a, n in database.missing_migrations(in_backup))
    result.seconds = time.monotonic() - started
    return result


def verify_staged(staging: Path, manifest: Manifest) -> None:
    """The extracted copies are what the manifest promised (the archive could change after the first check)."""
    for entry in manifest.files:
        with open(staging / entry.path, "rb") as handle:
            if sha256_of(handle) != (entry.sha256, entry.size):
                raise ArchiveInvalid(f"Checksum tidak cocok untuk {entry.path} saat diekstrak.")


def _replace_media(staged: Path, media_root: Path, manifest: Manifest) -> tuple[int, int]:
    wanted = {entry.path.removeprefix("media/") for entry in manifest.media_files()}
    for relative in sorted(wanted):
        target = media_root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged / relative, target)  # same file system: atomic per file
    removed = 0
    for existing in sorted(media_root.rglob("*"), reverse=True):
        relative = existing.relative_to(media_root).as_posix()
        if existing.is_file() and relative not in wanted:
            existing.unlink()
            removed += 1
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    return len(wanted), removed
