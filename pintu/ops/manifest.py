"""The backup archive's manifest and its checks (plain Python, no Django).

An archive is one tar.gz: `manifest.json`, the database under `database/`, the files of MEDIA_ROOT
under `media/`. The manifest names every other member with its size and SHA-256, so a restore can
refuse a truncated, altered or foreign archive before it touches anything.
"""

import hashlib
import json
import tarfile
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from typing import IO

FORMAT = "pintu-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
CHUNK = 1 << 20


class ArchiveInvalid(Exception):
    """The archive is not a complete, unaltered Pintu backup."""


@dataclass
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass
class Manifest:
    app_version: str
    created_at: str
    database_vendor: str
    database_file: str
    migrations: dict[str, list[str]]
    files: list[FileEntry] = field(default_factory=list)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> "Manifest":
        try:
            data = json.loads(raw)
            files = [FileEntry(**entry) for entry in data.pop("files")]
            manifest = cls(**data, files=files)
        except (ValueError, TypeError, KeyError) as exc:
            raise ArchiveInvalid(f"manifest.json tidak dapat dibaca: {exc}") from None
        if manifest.format != FORMAT or manifest.format_version != FORMAT_VERSION:
            raise ArchiveInvalid(
                f"Format cadangan tidak dikenal: {manifest.format} versi {manifest.format_version} "
                f"(versi ini membaca {FORMAT} versi {FORMAT_VERSION})."
            )
        return manifest

    def media_files(self) -> list[FileEntry]:
        return [entry for entry in self.files if entry.path.startswith("media/")]


def sha256_of(stream: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def safe_member_name(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def verify(archive_path: str) -> Manifest:
    """Read the manifest and check every member against it: present, same size, same SHA-256, nothing extra."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            found: dict[str, tuple[str, int]] = {}
            manifest_raw = None
            for member in archive:
                if not member.isfile() or not safe_member_name(member.name):
                    raise ArchiveInvalid(f"Anggota arsip tidak sah: {member.name!r}.")
                stream = archive.extractfile(member)
                if member.name == MANIFEST_NAME:
                    manifest_raw = stream.read()
                else:
                    found[member.name] = sha256_of(stream)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise ArchiveInvalid(f"Arsip rusak atau bukan tar.gz: {exc}") from None
    if manifest_raw is None:
        raise ArchiveInvalid("Arsip tidak berisi manifest.json.")
    manifest = Manifest.from_json(manifest_raw)
    listed = {entry.path: entry for entry in manifest.files}
    if extra := sorted(set(found) - set(listed)):
        raise ArchiveInvalid(f"Berkas di arsip yang tidak ada di manifest: {', '.join(extra[:5])}.")
    for path, entry in listed.items():
        if path not in found:
            raise ArchiveInvalid(f"Berkas hilang dari arsip: {path}.")
        if found[path] != (entry.sha256, entry.size):
            raise ArchiveInvalid(f"Checksum tidak cocok untuk {path}: arsip rusak atau diubah.")
    if manifest.database_file not in listed:
        raise ArchiveInvalid("Manifest tidak menyebut berkas database.")
    return manifest
