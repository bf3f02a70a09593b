# Two commands do all set-up: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_WORKERS ?= 2
export HOST PORT

.PHONY: run setup local-env test lint check-python install install-test messages vendor clean generate bench guide-screenshots

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Pintu needs Python 3.11 or newer (set PYTHON=...)")'

$(VENV)/.installed: requirements.txt | check-python
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(PIP) install --quiet -r requirements-test.txt
	@touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## make local-env: write $(PINTU_VAR_DIR)/local.env (default var/local.env, git-ignored) once: generated keys and
## PINTU_DEBUG=1 for local development, read by manage.py only (pintu/localenv.py). Never overwritten.
local-env: check-python
	@$(PYTHON) -m pintu.localenv

## make setup: what `make run` does before it serves: install, local settings, migrate SQLite, load the demo.
setup: $(VENV)/.installed local-env
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py setup_schedules

## make run: make setup, then start web server + worker (HOST, PORT).
run: setup
	$(PY) manage.py serve --host "$(HOST)" --port "$(PORT)"

## make test: install test dependencies, lint, check the layers (lint-imports), run the whole suite in
## TEST_WORKERS processes (pytest-xdist; TEST_WORKERS=0 runs it in one process). DATABASE_URL picks the database.
test: $(VENV)/.installed-test local-env
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	PINTU_TESTING=1 $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

## make messages: refresh the English catalogue (needs GNU gettext) and compile it.
messages: $(VENV)/.installed
	PINTU_DEBUG=1 $(PY) manage.py makemessages -l en --no-obsolete --ignore '.venv/*' --ignore 'var/*'
	PINTU_DEBUG=1 $(PY) manage.py compilemessages -l en --ignore '.venv/*'

## make generate: fill DATABASE_URL with generated cases (migrate + load_demo first; see bench/README.md).
## Pass options with GENERATE_ARGS, e.g. make generate GENERATE_ARGS="--reports 20000 --requests 2000".
generate: $(VENV)/.installed-test
	$(PY) bench/generate.py $(GENERATE_ARGS)

## make bench: load and scale benchmarks at a small scale (fresh PostgreSQL database, gunicorn; under 10 min).
## BENCH_DATABASE_URL picks the database (default postgres://pintu:pintu@127.0.0.1:5432/pintu_bench_small);
## options with BENCH_ARGS, e.g. BENCH_ARGS=--existing to measure a generated database as it is. See docs/performance.md.
bench: $(VENV)/.installed-test
	$(PY) bench/run_all.py $(BENCH_ARGS)

## make guide-screenshots: remake the role guides' screenshots (static/guides/*.png, committed) with the per-role
## browser tests; a normal test run never writes them.
guide-screenshots: $(VENV)/.installed-test local-env
	PINTU_TESTING=1 PINTU_GUIDE_SCREENSHOTS=1 $(PY) -m pytest -p no:cacheprovider tests/browser/test_role_workspaces.py

## make vendor: copy front-end/test assets from npm (see package.json).
vendor:
	bash scripts/vendor_assets.sh

clean:
	rm -rf $(VENV) var artifacts .pytest_cache .ruff_cache .hypothesis
