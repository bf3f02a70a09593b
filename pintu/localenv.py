"""The local development settings file: `$PINTU_VAR_DIR/local.env` (default `var/local.env`, git-ignored).

`make run`, `make setup` and `make test` write it once (`python -m pintu.localenv`) with PINTU_DEBUG=1, a
generated PINTU_SECRET_KEY and PINTU_FIELD_KEYS, so that every `manage.py` command of the README works
as written on a fresh clone. `manage.py` reads it (`load()`); nothing else does:

- gunicorn serves `pintu.wsgi`, which never reads it, so a production server still refuses to start
  without real settings (docs/operations.md);
- an environment that says PINTU_DEBUG=0 ignores the file altogether (a server where someone once ran
  `make run` does not pick up development keys);
- a variable already in the environment wins over the file.

The file lives beside the SQLite database on purpose: its field key encrypts the personal data in that
database, so the two are made and deleted together (`make clean`). Standard library only: `make` runs
this module with the system Python before the virtual environment exists.
"""

import base64
import os
import secrets
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
FILE_NAME = "local.env"
#: The key settings.py falls back to in debug mode without PINTU_SECRET_KEY; a data directory made before
#: this file existed keeps it, or the NIKs and sessions already stored there could no longer be read.
LEGACY_DEBUG_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105 (local development only)


def path(environ=os.environ) -> Path:
    return Path(environ.get("PINTU_VAR_DIR") or BASE_DIR / "var") / FILE_NAME


def parse(text: str) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and `#` comments skipped; one pair of surrounding quotes removed."""
    values = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


def explicitly_production(environ=os.environ) -> bool:
    value = environ.get("PINTU_DEBUG", "").strip().lower()
    return value in {"0", "false", "no", "off"}


def load(environ=os.environ) -> Path | None:
    """Fill the variables the environment does not set from the local file; the file's path if it was read."""
    file = path(environ)
    if explicitly_production(environ) or not file.is_file():
        return None
    for key, value in parse(file.read_text(encoding="utf-8")).items():
        environ.setdefault(key, value)
    return file


def render(*, legacy: bool) -> str:
    lines = [
        "# Local development settings, written by `make run` / `make test` (python -m pintu.localenv).",
        "# Read by manage.py only, never by gunicorn (pintu.wsgi), and ignored when PINTU_DEBUG=0 is set:",
        "# production needs real settings (docs/operations.md). Keep this file with the database beside it:",
        "# its field key encrypts the personal data stored there. Variables set in the environment win.",
        "PINTU_DEBUG=1",
        "PINTU_DEMO_2FA_OPTIONAL=1",
    ]
    if legacy:
        lines += [
            "# This data directory held a database before the file existed: keep the old development key",
            "# (personal data there is encrypted with a key derived from it). Delete var/ for fresh keys.",
            f"PINTU_SECRET_KEY={LEGACY_DEBUG_KEY}",
        ]
    else:
        field_key = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()  # a Fernet key
        lines += [f"PINTU_SECRET_KEY={secrets.token_urlsafe(50)}", f"PINTU_FIELD_KEYS={field_key}"]
    return "\n".join(lines) + "\n"


def write(environ=os.environ) -> tuple[Path, bool]:
    """Create the file if it is missing (never overwrite: its keys protect the database). (path, created)."""
    file = path(environ)
    if file.exists():
        return file, False
    file.parent.mkdir(parents=True, exist_ok=True)
    legacy = (file.parent / "pintu.sqlite3").exists()
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(render(legacy=legacy))
    return file, True


def main() -> int:
    file, created = write()
    if created:
        print(f"Wrote {file} (local development settings: generated keys, PINTU_DEBUG=1).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
