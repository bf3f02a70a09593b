"""The local development file (var/local.env): README commands work after `make run`, production still refuses.

Each check runs a real process as a user or a server would start it, with an environment that holds no
PINTU_* variable of the test run.
"""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from pintu import localenv

ROOT = Path(__file__).resolve().parents[1]


def clean_env(var_dir: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PINTU_", "DJANGO_", "DATABASE_URL"))}
    env.pop("PYTEST_XDIST_WORKER", None)
    env.update(PINTU_VAR_DIR=str(var_dir), **extra)
    return env


def run(args, env, timeout=180):
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def var_dir(tmp_path_factory):
    """A data directory as `make run` leaves it (the database does not matter here: `check` needs none)."""
    var = tmp_path_factory.mktemp("var")
    written = run(["-m", "pintu.localenv"], clean_env(var))
    assert written.returncode == 0, written.stderr
    assert (var / "local.env").is_file()
    return var


def test_the_written_file_holds_generated_keys_readable_only_by_its_owner(tmp_path):
    file, created = localenv.write({"PINTU_VAR_DIR": str(tmp_path)})
    assert created and file == tmp_path / "local.env"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    values = localenv.parse(file.read_text())
    assert values["PINTU_DEBUG"] == "1"
    assert len(values["PINTU_SECRET_KEY"]) >= 50 and values["PINTU_SECRET_KEY"] != localenv.LEGACY_DEBUG_KEY
    Fernet(values["PINTU_FIELD_KEYS"])  # a valid key
    other = localenv.parse(localenv.render(legacy=False))
    assert other["PINTU_SECRET_KEY"] != values["PINTU_SECRET_KEY"], "keys are generated, not fixed"
    # never overwritten: its field key encrypts the database beside it
    before = file.read_text()
    assert localenv.write({"PINTU_VAR_DIR": str(tmp_path)}) == (file, False)
    assert file.read_text() == before


def test_a_data_directory_older_than_the_file_keeps_its_development_key(tmp_path):
    (tmp_path / "pintu.sqlite3").write_bytes(b"")
    file, created = localenv.write({"PINTU_VAR_DIR": str(tmp_path)})
    values = localenv.parse(file.read_text())
    assert created and values["PINTU_SECRET_KEY"] == localenv.LEGACY_DEBUG_KEY
    assert "PINTU_FIELD_KEYS" not in values  # the key derived from the old SECRET_KEY still decrypts


def test_load_fills_only_unset_variables_and_ignores_the_file_when_production_is_explicit(tmp_path):
    (tmp_path / "local.env").write_text('# comment\nPINTU_DEBUG=1\nPINTU_SECRET_KEY="from-file"\nPINTU_X=a=b\n')
    environ = {"PINTU_VAR_DIR": str(tmp_path), "PINTU_SECRET_KEY": "from-env"}
    assert localenv.load(environ) == tmp_path / "local.env"
    assert environ == {"PINTU_VAR_DIR": str(tmp_path), "PINTU_SECRET_KEY": "from-env", "PINTU_DEBUG": "1",
                       "PINTU_X": "a=b"}  # fmt: skip
    for production in ("0", "false", "off"):
        environ = {"PINTU_VAR_DIR": str(tmp_path), "PINTU_DEBUG": production}
        assert localenv.load(environ) is None and "PINTU_SECRET_KEY" not in environ
    assert localenv.load({"PINTU_VAR_DIR": str(tmp_path / "none")}) is None


def test_manage_py_runs_with_the_file_alone(var_dir):
    """What the README's `manage.py` commands need (CI runs them all from a clean clone: .ci/readme_commands)."""
    code = "from django.conf import settings as s; print(s.DEBUG, s.SECRET_KEY[:12], s.PINTU_FIELD_KEYS[0][:12])"
    result = run(["manage.py", "shell", "-c", code], clean_env(var_dir))
    assert result.returncode == 0, result.stderr
    values = localenv.parse((var_dir / "local.env").read_text())
    expected = ["True", values["PINTU_SECRET_KEY"][:12], values["PINTU_FIELD_KEYS"][:12]]
    assert result.stdout.strip().splitlines()[-1].split() == expected


def test_without_the_file_manage_py_refuses_and_says_how_to_set_up(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path))
    assert result.returncode != 0
    assert "PINTU_SECRET_KEY" in result.stderr and "make run" in result.stderr


def test_production_refuses_development_settings_even_beside_the_file(var_dir):
    # an explicit PINTU_DEBUG=0 ignores the file: no key, no start
    result = run(["manage.py", "check"], clean_env(var_dir, PINTU_DEBUG="0"))
    assert result.returncode != 0 and "PINTU_SECRET_KEY" in result.stderr
    # gunicorn imports pintu.wsgi, which never reads the file: refused without real settings
    result = run(["-c", "import pintu.wsgi"], clean_env(var_dir))
    assert result.returncode != 0 and "ImproperlyConfigured: Set PINTU_SECRET_KEY" in result.stderr
