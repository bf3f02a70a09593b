"""Region packages under regions/: where they are, and a copy of one to spoil."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

REGIONS_DIR = Path(settings.BASE_DIR) / "regions"
PACKAGES = sorted(path for path in REGIONS_DIR.iterdir() if (path / "region.toml").is_file())
SECOND_REGION = REGIONS_DIR / "prabumulih"


@pytest.fixture
def package_copy(tmp_path):
    """package_copy(name): a copy of regions/<name> in a temporary directory, to edit."""

    def make(name: str = "ogan-ilir") -> Path:
        return Path(shutil.copytree(REGIONS_DIR / name, tmp_path / name))

    return make


def append_row(path: Path, line: str) -> int:
    """Append a CSV line; returns its line number."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    return len((text + line).splitlines())
