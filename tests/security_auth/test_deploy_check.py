"""`manage.py check --deploy` is clean with production settings, and demo-only switches refuse production."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]


def production_env(tmp_path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PINTU_", "DJANGO_", "DATABASE_URL"))}
    env.update(
        PINTU_DEBUG="0",
        PINTU_TESTING="0",  # and the subprocess never imports pytest
        PINTU_SECRET_KEY=secrets.token_urlsafe(60),
        PINTU_FIELD_KEYS=Fernet.generate_key().decode(),
        PINTU_ALLOWED_HOSTS="pintu.example.go.id",
        PINTU_VAR_DIR=str(tmp_path / "var"),
        **extra,
    )
    return env


def manage(tmp_path, *args, **extra):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(tmp_path, **extra),
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_turn_on_https_only_cookies_and_hsts(tmp_path):
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SESSION_COOKIE_NAME, s.SESSION_COOKIE_SAMESITE, s.TESTING)"
    )
    result = manage(tmp_path, "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    expected = ["31536000", "True", "True", "True", "__Host-pintu_session", "Lax", "False"]
    assert result.stdout.strip().splitlines()[-1].split() == expected


def test_the_demo_switch_for_two_factor_is_refused_in_production(tmp_path):
    result = manage(tmp_path, "check", PINTU_DEMO_2FA_OPTIONAL="1")
    assert result.returncode != 0 and "PINTU_DEMO_2FA_OPTIONAL" in result.stderr


def test_production_refuses_to_start_without_keys_for_personal_data(tmp_path):
    """Without PINTU_FIELD_KEYS a production server would fail on the first NIK it stores: fail at start instead."""
    env = production_env(tmp_path)
    env.pop("PINTU_FIELD_KEYS")
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=180)  # fmt: skip
    assert result.returncode != 0 and "PINTU_FIELD_KEYS" in result.stderr
