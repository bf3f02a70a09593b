"""Create one archive of everything Pintu keeps: the database and MEDIA_ROOT.

MEDIA_ROOT holds report attachments, requesters' identity documents (encrypted), request documents,
DIP files and generated PDFs. Nothing else lives outside the database: routing models, the job
queue, sessions and the calendar are tables. Not included: static files (rebuilt by collectstatic),
var/mail (the demo's outbox) and the keys in the environment (PINTU_SECRET_KEY, PINTU_FIELD_KEYS),
which must be kept apart from the backups, since an archive is useless without them and dangerous
with them.
"""

import io
import os
import tarfile
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from pintu.ops import database
from pintu.ops.manifest import MANIFEST_NAME, FileEntry, Manifest, sha256_of


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    size: int
    seconds: float


def app_version() -> str:
    try:
        with open(settings.BASE_DIR / "pyproject.toml", "rb") as handle:
            return tomllib.load(handle)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def default_path() -> Path:
    return Path(settings.VAR_DIR) / "backups" / f"pintu-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"


def media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> FileEntry:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(content), int(time.time()), 0o600
    archive.addfile(info, io.BytesIO(content))
    digest, size = sha256_of(io.BytesIO(content))
    return FileEntry(name, size, digest)


def _add_file(archive: tarfile.TarFile, name: str, source: Path) -> FileEntry:
    """A large file (the dump) is streamed, not read into memory; it is ours, so it cannot change meanwhile."""
    with open(source, "rb") as handle:
        digest, size = sha256_of(handle)
    info = archive.gettarinfo(str(source), arcname=name)
    info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
    with open(source, "rb") as handle:
        archive.addfile(info, handle)
    return FileEntry(name, size, digest)


def create_backup(path: Path | None = None) -> BackupResult:
    """Database first, then the files: every file the database snapshot names is already on disk.

    The archive is written next to its final name and renamed when complete, readable by its owner only.
    """
    started = time.monotonic()
    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    vendor = database.vendor()
    db_name = f"database/db.{database.SUFFIX.get(vendor, 'dump')}"
    manifest = Manifest(
        app_version=app_version(),
        created_at=timezone.now().isoformat(timespec="seconds"),
        database_vendor=vendor,
        database_file=db_name,
        migrations=database.applied_migrations(),
    )
    with tempfile.TemporaryDirectory(prefix="pintu-backup-") as workdir:
        dump_path = Path(workdir) / "db"
        database.dump(dump_path)
        handle, partial = tempfile.mkstemp(prefix=".partial-", dir=path.parent)
        os.close(handle)
        try:
            with tarfile.open(partial, "w:gz") as archive:
                manifest.files.append(_add_file(archive, db_name, dump_path))
                root = Path(settings.MEDIA_ROOT)
                for file in media_files():
                    name = "media/" + file.relative_to(root).as_posix()
                    manifest.files.append(_add_bytes(archive, name, file.read_bytes()))
                _add_bytes(archive, MANIFEST_NAME, manifest.to_json())
            os.chmod(partial, 0o600)
            os.replace(partial, path)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return BackupResult(path, manifest, path.stat().st_size, time.monotonic() - started)
