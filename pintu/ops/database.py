"""Dumping and loading the database, per vendor, with the connection Django is configured with.

- SQLite: sqlite3's online backup API, both ways. Taking a backup needs no downtime and gives a
  consistent copy even while the web server writes (WAL); restoring through the same API writes the
  pages through SQLite itself, so a stale -wal file can never be paired with a replaced main file.
- PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists --no-owner
  --single-transaction` (all or nothing), connection settings from Django's settings, the password
  through PGPASSWORD (never on a command line).
"""

import os
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

SUFFIX = {"sqlite": "sqlite3", "postgresql": "pgdump"}
#: A database holding any row of these is "not empty": restoring over it needs --force.
CONTENT_MODELS = ("accounts.User", "complaints.Report", "ppid.InformationRequest", "history.Event")


class DatabaseToolFailed(Exception):
    pass


def vendor() -> str:
    return connection.vendor


def _pg_args() -> tuple[list[str], dict[str, str]]:
    settings = connection.settings_dict
    args = []
    if settings.get("HOST"):
        args += ["--host", str(settings["HOST"])]
    if settings.get("PORT"):
        args += ["--port", str(settings["PORT"])]
    if settings.get("USER"):
        args += ["--username", str(settings["USER"])]
    env = {**os.environ, "PGPASSWORD": str(settings.get("PASSWORD") or "")}
    return [*args, "--no-password"], env


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DatabaseToolFailed(f"{command[0]} gagal (kode {result.returncode}): {result.stderr.strip()[-2000:]}")


def dump(target: Path) -> None:
    """Write a consistent copy of the database to `target`."""
    if vendor() == "sqlite":
        connection.ensure_connection()
        if connection.in_atomic_block:  # sqlite3's backup would wait forever for our own open transaction
            raise DatabaseToolFailed("Cadangan tidak boleh dibuat di dalam transaksi.")
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
    elif vendor() == "postgresql":
        args, env = _pg_args()
        _run(["pg_dump", "--format=custom", "--file", str(target), *args, connection.settings_dict["NAME"]], env)
    else:
        raise DatabaseToolFailed(f"Database {vendor()} tidak didukung.")


def load(source: Path) -> None:
    """Replace the database's content with the dump at `source` (all or nothing)."""
    if vendor() == "sqlite":
        connection.ensure_connection()
        if connection.in_atomic_block:
            raise DatabaseToolFailed("Pemulihan tidak boleh berjalan di dalam transaksi.")
        origin = sqlite3.connect(source)
        try:
            origin.backup(connection.connection)
        finally:
            origin.close()
    elif vendor() == "postgresql":
        connection.close()  # hold no lock on the tables pg_restore drops
        args, env = _pg_args()
        _run(
            [
                "pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
                *args, "--dbname", connection.settings_dict["NAME"], str(source),
            ],
            env,
        )  # fmt: skip
    else:
        raise DatabaseToolFailed(f"Database {vendor()} tidak didukung.")
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


def has_content() -> bool:
    tables = set(connection.introspection.table_names())
    for label in CONTENT_MODELS:
        model = apps.get_model(label)
        if model._meta.db_table in tables and model._base_manager.exists():
            return True
    return False


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def known_migrations() -> set[tuple[str, str]]:
    """This code's migrations and the ones they replace (the chains reset on 2026-12-07, docs/operations.md)."""
    disk = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    return set(disk).union(*(migration.replaces for migration in disk.values()))


def missing_migrations(applied: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """This code's migrations a database with `applied` lacks; one whose replaced migrations are all applied is not."""
    disk = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    return {
        key
        for key, migration in disk.items()
        if key not in applied and not (migration.replaces and set(migration.replaces) <= applied)
    }
