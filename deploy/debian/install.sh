#!/usr/bin/env bash
# Install or upgrade Pintu on a plain Debian 12 (bookworm) server, as root, from this checkout.
#
#   sudo deploy/debian/install.sh --domain pintu.oganilirkab.go.id
#
# What it does (each step is idempotent; docs/operations.md, "Install on a Debian server"):
#  1. apt: PostgreSQL 15 (server and client: pg_dump for backups), Python 3 venv, Pango (PDF letters),
#     nginx, ssl-cert;
#  2. starts PostgreSQL; creates the role and database (password generated, kept in the config file);
#  3. a system user (default `pintu`) that owns the data directory and runs the services;
#  4. the config file /etc/pintu/pintu.env (generated PINTU_SECRET_KEY and PINTU_FIELD_KEYS, production
#     settings; written once, never overwritten: its keys decrypt the data);
#  5. a new release /opt/pintu/releases/<time> (this checkout's code and its own virtual environment),
#     a backup first when upgrading (manage.py backup), migrate, region data on the first install,
#     collectstatic, setup_schedules, check --deploy; then /opt/pintu/current points to it;
#  6. systemd units pintu-web (gunicorn), pintu-worker (qcluster), pintu-backup (daily timer), started
#     when systemd runs the machine (skipped, with a message, in a container or chroot);
#  7. the nginx site (TLS proxy; Debian's snakeoil certificate until --tls-cert/--tls-key are given).
#
# Options (defaults in brackets):
#   --domain NAME      public host name [hostname -f]
#   --prefix DIR       code and releases [/opt/pintu]       --config DIR   config file [/etc/pintu]
#   --data DIR         PINTU_VAR_DIR: media, backups [/var/lib/pintu]
#   --user NAME        service user [pintu]                 --port N       gunicorn on 127.0.0.1:N [8000]
#   --db-name NAME     [pintu]   --db-user NAME [pintu]     --workers N    gunicorn processes [CPU cores]
#   --units-dir DIR    systemd units [/etc/systemd/system]  --nginx-dir DIR [/etc/nginx]
#   --http-port N [80] --https-port N [443]                 --tls-cert FILE --tls-key FILE
#   --no-nginx         no nginx site (another proxy or balancer terminates TLS)
#   --no-apt           skip apt-get (packages already installed)
#   --seed NAME|none   region package regions/NAME/ loaded on the first install [ogan-ilir] (docs/regions.md)
#   --keep N           releases kept [3]
set -euo pipefail

SRC="$(cd "$(dirname "$0")/../.." && pwd)"
DOMAIN="$(hostname -f 2>/dev/null || hostname)"
PREFIX=/opt/pintu CONFIG=/etc/pintu DATA=/var/lib/pintu SERVICE_USER=pintu PORT=8000
DB_NAME=pintu DB_USER=pintu WORKERS="$(nproc)" UNITS_DIR=/etc/systemd/system NGINX_DIR=/etc/nginx
HTTP_PORT=80 HTTPS_PORT=443 TLS_CERT=/etc/ssl/certs/ssl-cert-snakeoil.pem TLS_KEY=/etc/ssl/private/ssl-cert-snakeoil.key
WITH_NGINX=1 WITH_APT=1 SEED=ogan-ilir KEEP=3

while [ $# -gt 0 ]; do
  case "$1" in
    --domain) DOMAIN="$2"; shift ;;
    --prefix) PREFIX="$2"; shift ;;
    --config) CONFIG="$2"; shift ;;
    --data) DATA="$2"; shift ;;
    --user) SERVICE_USER="$2"; shift ;;
    --port) PORT="$2"; shift ;;
    --db-name) DB_NAME="$2"; shift ;;
    --db-user) DB_USER="$2"; shift ;;
    --workers) WORKERS="$2"; shift ;;
    --units-dir) UNITS_DIR="$2"; shift ;;
    --nginx-dir) NGINX_DIR="$2"; shift ;;
    --http-port) HTTP_PORT="$2"; shift ;;
    --https-port) HTTPS_PORT="$2"; shift ;;
    --tls-cert) TLS_CERT="$2"; shift ;;
    --tls-key) TLS_KEY="$2"; shift ;;
    --no-nginx) WITH_NGINX=0 ;;
    --no-apt) WITH_APT=0 ;;
    --seed) SEED="$2"; shift ;;
    --keep) KEEP="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '== %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root (sudo)"
[ -f "$SRC/manage.py" ] || die "run from a Pintu checkout ($SRC has no manage.py)"
[ "$SEED" = none ] || { [[ "$SEED" =~ ^[a-z0-9_-]+$ ]] && [ -f "$SRC/regions/$SEED/region.toml" ]; } \
  || die "--seed must be none or the name of a region package in $SRC/regions/ (docs/regions.md)"
for name in "$DB_NAME" "$DB_USER" "$SERVICE_USER"; do
  [[ "$name" =~ ^[a-z_][a-z0-9_-]*$ ]] || die "not a safe name: $name"
done
# systemd runs this machine (sd_booted): start services; otherwise (container, chroot, CI) write units only.
SYSTEMD=0; [ -d /run/systemd/system ] && SYSTEMD=1
PYTHON=/usr/bin/python3

# --- 1. packages -------------------------------------------------------------------------------
if [ "$WITH_APT" = 1 ]; then
  say "apt: PostgreSQL, Python venv$([ "$WITH_NGINX" = 1 ] && echo ", nginx")"
  # Pango: WeasyPrint lays out the official letters' PDFs (pintu.letters, on main since issue #17)
  packages=(postgresql postgresql-client python3 python3-venv ca-certificates libpango-1.0-0 libpangoft2-1.0-0)
  [ "$WITH_NGINX" = 1 ] && packages+=(nginx ssl-cert)
  policy=""
  if [ "$SYSTEMD" = 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d  # without systemd, packages must not start daemons by themselves
    printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null \
    || { [ -n "$policy" ] && rm -f "$policy"; die "apt-get install failed"; }
  [ -n "$policy" ] && rm -f "$policy"
fi
"$PYTHON" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
  || die "$PYTHON must be Python 3.11+ with venv (apt-get install python3-venv)"

# --- 2. PostgreSQL -----------------------------------------------------------------------------
say "PostgreSQL"
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null
fi
read -r PG_VERSION PG_CLUSTER PG_PORT _ < <(pg_lsclusters -h | head -1)
if [ "$SYSTEMD" = 1 ]; then
  systemctl enable --now "postgresql@${PG_VERSION}-${PG_CLUSTER}" >/dev/null
else
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >/dev/null 2>&1 || true  # "already running" is fine
fi
for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q -p "$PG_PORT" && break; sleep 1; done
psql_admin() { runuser -u postgres -- psql -X -q -p "$PG_PORT" -v ON_ERROR_STOP=1 "$@"; }

ENV_FILE="$CONFIG/pintu.env"
if [ -f "$ENV_FILE" ]; then
  DATABASE_URL="$(sed -n 's/^DATABASE_URL=//p' "$ENV_FILE")"
else
  DB_PASSWORD="$("$PYTHON" -c 'import secrets; print(secrets.token_hex(24))')"
  DATABASE_URL="postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME"
  psql_admin -v name="$DB_USER" -v password="$DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'name') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'name', :'password') \gexec
SQL
fi
psql_admin -v db="$DB_NAME" -v owner="$DB_USER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL

# --- 3. service user and directories ------------------------------------------------------------
say "user $SERVICE_USER, $DATA"
install -d -m 0750 "$DATA"
if ! id -u "$SERVICE_USER" >/dev/null 2>&1; then
  adduser --system --group --home "$DATA" --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER" >/dev/null
fi
install -d -m 0750 -o "$SERVICE_USER" -g "$SERVICE_USER" "$DATA" "$DATA/backups"
install -d -m 0755 "$PREFIX" "$PREFIX/releases" "$PREFIX/bin"
install -d -m 0750 -g "$SERVICE_USER" "$CONFIG"

# --- 4. configuration (written once) ------------------------------------------------------------
if [ ! -f "$ENV_FILE" ]; then
  say "writing $ENV_FILE"
  SECRET_KEY="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(60))')"
  FIELD_KEY="$("$PYTHON" -c 'import base64, secrets; print(base64.urlsafe_b64encode(secrets.token_bytes(32)).decode())')"
  umask 027
  sed -e "s|@DOMAIN@|$DOMAIN|g" -e "s|@DATABASE_URL@|$DATABASE_URL|g" -e "s|@DATA@|$DATA|g" \
      -e "s|@SECRET_KEY@|$SECRET_KEY|g" -e "s|@FIELD_KEY@|$FIELD_KEY|g" \
      "$SRC/deploy/debian/pintu.env.template" > "$ENV_FILE"
  umask 022
  chown root:"$SERVICE_USER" "$ENV_FILE"; chmod 0640 "$ENV_FILE"
fi

# --- 5. the release ------------------------------------------------------------------------------
RELEASE="$PREFIX/releases/$(date -u +%Y%m%d%H%M%S)"
say "release $RELEASE"
[ -e "$RELEASE" ] && die "$RELEASE exists (two installs in one second?)"
install -d -m 0755 "$RELEASE"
tar -C "$SRC" --exclude=./.git --exclude=./.venv --exclude=./var --exclude=./artifacts --exclude=./node_modules \
    --exclude=./.pytest_cache --exclude=./.ruff_cache --exclude=./.hypothesis --exclude='__pycache__' -cf - . \
  | tar -C "$RELEASE" -xf -
"$PYTHON" -m venv "$RELEASE/.venv"
"$RELEASE/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$RELEASE/requirements.txt" \
  > "$RELEASE/pip-install.log" 2>&1 || { tail -30 "$RELEASE/pip-install.log" >&2; die "pip install failed"; }
"$RELEASE/.venv/bin/python" -m compileall -q "$RELEASE/pintu" >/dev/null

# manage.py of the new release, as the service user, with the config file (what the units do)
manage() {
  ( set -a; . "$ENV_FILE"; set +a
    export PINTU_STATIC_ROOT="$RELEASE/staticfiles"
    cd "$RELEASE" && runuser -u "$SERVICE_USER" -- "$RELEASE/.venv/bin/python" manage.py "$@" )
}
install -d -m 0755 -o "$SERVICE_USER" "$RELEASE/staticfiles"
PREVIOUS=""
[ -L "$PREFIX/current" ] && PREVIOUS="$(readlink -f "$PREFIX/current")"
if [ -n "$PREVIOUS" ] && [ -d "$PREVIOUS" ]; then
  say "upgrade from $PREVIOUS: backup first"
  manage backup
fi
say "migrate"
manage migrate --noinput
if [ -z "$PREVIOUS" ] && [ "$SEED" != none ]; then
  say "region data (regions/$SEED/: areas, agencies, categories, calendar, kop, officials; no accounts)"
  manage load_region "regions/$SEED/"
fi
manage collectstatic --noinput >/dev/null
chown -R root:root "$RELEASE/staticfiles"
manage setup_schedules
manage check --deploy --fail-level WARNING

ln -sfn "$RELEASE" "$PREFIX/current.new" && mv -T "$PREFIX/current.new" "$PREFIX/current"
sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@CONFIG@|$CONFIG|g" -e "s|@USER@|$SERVICE_USER|g" \
    "$SRC/deploy/debian/pintu-manage" > "$PREFIX/bin/pintu-manage"
chmod 0755 "$PREFIX/bin/pintu-manage"
# old releases beyond --keep (never the current one)
ls -1d "$PREFIX"/releases/*/ 2>/dev/null | sort | head -n "-$KEEP" | while read -r old; do
  [ "$(readlink -f "$old")" = "$(readlink -f "$PREFIX/current")" ] || rm -rf "$old"
done

# --- 6. systemd ----------------------------------------------------------------------------------
say "systemd units in $UNITS_DIR"
install -d "$UNITS_DIR"
for unit in pintu-web.service pintu-worker.service pintu-backup.service pintu-backup.timer; do
  sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@CONFIG@|$CONFIG|g" -e "s|@DATA@|$DATA|g" -e "s|@USER@|$SERVICE_USER|g" \
      -e "s|@PORT@|$PORT|g" -e "s|@WORKERS@|$WORKERS|g" -e "s|@PG_UNIT@|postgresql@${PG_VERSION}-${PG_CLUSTER}.service|g" \
      "$SRC/deploy/debian/$unit" > "$UNITS_DIR/$unit"
done
if [ "$SYSTEMD" = 1 ]; then
  systemctl daemon-reload
  systemctl enable --now pintu-web.service pintu-worker.service pintu-backup.timer >/dev/null
  systemctl restart pintu-web.service pintu-worker.service  # an upgrade: load the new release
else
  echo "   systemd is not running this machine (PID 1: $(ps -p 1 -o comm= 2>/dev/null || echo '?')):"
  echo "   units written, not started. Start the commands of their ExecStart= lines by other means."
fi

# --- 7. nginx ------------------------------------------------------------------------------------
if [ "$WITH_NGINX" = 1 ]; then
  say "nginx site in $NGINX_DIR/sites-available/pintu"
  install -d "$NGINX_DIR/sites-available" "$NGINX_DIR/sites-enabled"
  if [ "$TLS_CERT" = /etc/ssl/certs/ssl-cert-snakeoil.pem ] && [ ! -f "$TLS_CERT" ]; then
    make-ssl-cert generate-default-snakeoil  # a self-signed placeholder until the region's certificate is in place
  fi
  sed -e "s|@DOMAIN@|$DOMAIN|g" -e "s|@PORT@|$PORT|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
      -e "s|@HTTPS_PORT@|$HTTPS_PORT|g" -e "s|@TLS_CERT@|$TLS_CERT|g" -e "s|@TLS_KEY@|$TLS_KEY|g" \
      "$SRC/deploy/debian/nginx-pintu.conf" > "$NGINX_DIR/sites-available/pintu"
  ln -sfn ../sites-available/pintu "$NGINX_DIR/sites-enabled/pintu"
  if [ "$NGINX_DIR" = /etc/nginx ]; then
    nginx -t -q
    if [ "$SYSTEMD" = 1 ]; then systemctl reload-or-restart nginx; fi
  fi
fi

say "done: $PREFIX/current -> $RELEASE"
echo "   health: curl -s -H 'Host: $DOMAIN' -H 'X-Forwarded-Proto: https' http://127.0.0.1:$PORT/healthz"
echo "   first administrator: $PREFIX/bin/pintu-manage createsuperuser"
echo "   settings: $ENV_FILE (keep a copy of its keys apart from the backups in $DATA/backups)"
