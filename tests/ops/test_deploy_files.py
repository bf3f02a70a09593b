"""The deployment files agree with the code: Dockerfile, compose.yaml, deploy/debian/ (docs/operations.md).

No Docker engine runs where the suite runs, so the image is never built here: these tests hold what can
be checked without one (every variable is one the settings read, ports and commands line up, the
gunicorn command lines parse, the build's collectstatic step runs). `.ci/deploy_check` runs the Debian
install for real.
"""

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from django.core.management import get_commands
from gunicorn.config import Config

ROOT = Path(__file__).resolve().parents[2]
DEBIAN = ROOT / "deploy" / "debian"
SETTING_NAME = re.compile(r"""\benv(?:_bool|_list)?\(\s*["']([A-Z0-9_]+)["']""")


def settings_variables() -> set[str]:
    """Every environment variable pintu/settings.py reads."""
    return set(SETTING_NAME.findall((ROOT / "pintu" / "settings.py").read_text()))


def ours(names) -> set[str]:
    return {name for name in names if name.startswith("PINTU_") or name == "DATABASE_URL"}


def dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) with continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n\s*", " ", (ROOT / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [tuple(line.split(None, 1)) for line in lines]


def instructions(name: str) -> list[str]:
    return [args for instruction, args in dockerfile() if instruction == name]


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def exec_form(args: str) -> list[str]:
    return yaml.safe_load(args) if args.startswith("[") else shlex.split(args)


def env_file_names(path: Path) -> list[str]:
    return [line.split("=", 1)[0] for line in path.read_text().splitlines() if line and not line.startswith("#")]


def unit(name: str) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for line in (DEBIAN / name).read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            fields.setdefault(key, []).append(value)
    return fields


def gunicorn_options(argv: list[str]):
    """Parse a gunicorn command line with gunicorn's own parser (an unknown option fails the test)."""
    assert Path(argv[0]).name == "gunicorn" and argv[1] == "pintu.wsgi:application", argv
    return Config().parser().parse_args(argv[2:])


def test_every_variable_the_deployment_sets_is_one_the_settings_read():
    known = settings_variables()
    assert {"PINTU_SECRET_KEY", "PINTU_FIELD_KEYS", "DATABASE_URL", "PINTU_VAR_DIR"} <= known
    env_args = " ".join(instructions("ENV"))
    docker_names = set(re.findall(r"\b([A-Z][A-Z0-9_]+)=", env_args + " " + " ".join(instructions("RUN"))))
    assert ours(docker_names) - known == set(), "Dockerfile"
    for service, spec in compose()["services"].items():
        assert ours(spec.get("environment", {})) - known == set(), f"compose.yaml: {service}"
    assert ours(env_file_names(DEBIAN / "pintu.env.template")) - known == set(), "pintu.env.template"
    assert ours(env_file_names(ROOT / "deploy" / "docker" / "env.example")) - known - {"PINTU_DOMAIN"} == set()


def test_compose_interpolates_only_what_env_example_explains():
    used = set(re.findall(r"\$\{([A-Z0-9_]+)", (ROOT / "compose.yaml").read_text()))
    explained = set(env_file_names(ROOT / "deploy" / "docker" / "env.example"))
    assert used == explained, f"in compose.yaml only: {used - explained}; in env.example only: {explained - used}"


def test_web_port_is_the_same_in_the_image_gunicorn_the_healthcheck_and_compose():
    (exposed,) = instructions("EXPOSE")
    options = gunicorn_options(exec_form(instructions("CMD")[0]))
    (bind,) = options.bind
    assert bind == f"0.0.0.0:{exposed}"
    assert f"127.0.0.1:{exposed}/healthz" in instructions("HEALTHCHECK")[0]
    web = compose()["services"]["web"]
    assert [mapping.rsplit(":", 1)[1] for mapping in web["ports"]] == [exposed]
    assert web["ports"][0].startswith("127.0.0.1:"), "published on loopback only, behind the host's TLS proxy"


def test_the_debian_units_and_the_nginx_site_point_at_one_port():
    web = unit("pintu-web.service")
    options = gunicorn_options(shlex.split(web["ExecStart"][0].replace("@WORKERS@", "2")))
    assert options.bind == ["127.0.0.1:@PORT@"]
    assert options.worker_class == "gthread" and options.threads == 8  # the production shape (operations.md)
    nginx = (DEBIAN / "nginx-pintu.conf").read_text()
    assert "server 127.0.0.1:@PORT@;" in nginx and "proxy_pass http://pintu_app;" in nginx
    assert "X-Forwarded-Proto https" in nginx and "$proxy_add_x_forwarded_for" in nginx
    body_limit = int(re.search(r"client_max_body_size (\d+)m;", nginx)[1]) * 1024 * 1024
    from django.conf import settings

    assert body_limit >= settings.PINTU_MAX_REQUEST_BYTES
    for name in ("pintu-web.service", "pintu-worker.service", "pintu-backup.service"):
        fields = unit(name)
        assert fields["EnvironmentFile"] == ["@CONFIG@/pintu.env"], name
        assert fields["WorkingDirectory"] == ["@PREFIX@/current"], name
        assert fields["User"] == ["@USER@"], name
    assert unit("pintu-worker.service")["ExecStart"] == ["@PREFIX@/current/.venv/bin/python manage.py qcluster"]


def test_every_manage_py_command_the_deployment_runs_exists():
    texts = [(ROOT / "Dockerfile").read_text(), (ROOT / "compose.yaml").read_text()]
    texts += [path.read_text() for path in DEBIAN.iterdir()]
    code = "\n".join(line for text in texts for line in text.splitlines() if not line.lstrip().startswith("#"))
    used = set(re.findall(r"manage\.py\"?,? \"?([a-z_]+)", code))
    used |= set(re.findall(r"^\s*manage ([a-z_]+)", (DEBIAN / "install.sh").read_text(), re.M))
    assert {"migrate", "qcluster", "setup_schedules", "collectstatic", "load_region", "backup"} <= used
    assert used - set(get_commands()) == set()
    worker = compose()["services"]["worker"]["command"]
    assert worker == ["python", "manage.py", "qcluster"]


def test_image_python_and_database_client_match_the_project():
    base = instructions("FROM")[0]
    python = re.match(r"python:(\d+)\.(\d+)", base)
    required = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert required == ">=3.11" and (int(python[1]), int(python[2])) >= (3, 11)
    client = re.search(r"postgresql-client-(\d+)", " ".join(instructions("RUN")))[1]
    server = re.match(r"postgres:(\d+)", compose()["services"]["db"]["image"])[1]
    assert client == server, "pg_dump for `manage.py backup` must match the server's major version"
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", "var", ".env"} <= set(ignored)
    assert "requirements.txt ./" in instructions("COPY")


def test_the_image_build_step_collectstatic_runs_with_its_build_time_settings(tmp_path):
    """The Dockerfile's RUN collectstatic with its own variables: the production settings load, the
    production storage (hashed names, compressed copies) is chosen and every file is found. A dry run:
    compressing every file takes minutes, and the image build does it for real."""
    (run,) = [args for args in instructions("RUN") if "collectstatic" in args]
    step = run.split("&&")[0]
    assert step.split()[-4:] == ["python", "manage.py", "collectstatic", "--noinput"]
    assignments = dict(re.findall(r"\b(PINTU_[A-Z_]+)=(\S+)", step))
    assert assignments["PINTU_DEBUG"] == "0"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PINTU_", "DJANGO_", "DATABASE_URL"))}
    env.update(assignments, PINTU_VAR_DIR=str(tmp_path / "var"), PINTU_STATIC_ROOT=str(tmp_path / "static"))
    code = (
        "from django.conf import settings as s; from django.core.management import call_command;"
        "print(s.STORAGES['staticfiles']['BACKEND']); call_command('collectstatic', '--noinput', '--dry-run')"
    )
    result = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "whitenoise.storage.CompressedManifestStaticFilesStorage" in result.stdout
    copied = int(re.search(r"(\d+) static files? copied", result.stdout)[1])
    assert copied > 100, result.stdout[-500:]
