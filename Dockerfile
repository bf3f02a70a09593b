# Pintu in a container: the web server (gunicorn) by default; the worker runs the same image with
# `python manage.py qcluster`. compose.yaml puts them beside PostgreSQL; docs/operations.md, "Containers".
FROM python:3.11-slim-bookworm

# pg_dump/pg_restore for `manage.py backup` and `restore`: the major version of the database server
# (compose.yaml: postgres:15); bookworm ships the client 15. Pango: WeasyPrint's layout of the PDF letters.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client-15 libpango-1.0-0 libpangoft2-1.0-0 \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PINTU_VAR_DIR=/var/lib/pintu \
    PINTU_STATIC_ROOT=/opt/pintu/staticfiles

RUN useradd --system --user-group --home-dir /var/lib/pintu --shell /usr/sbin/nologin pintu \
    && install -d -o pintu -g pintu -m 0750 /var/lib/pintu

WORKDIR /opt/pintu
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

# Static files are part of the image (WhiteNoise serves them with hashed names). The settings need a
# key to load; these build-time values are used for nothing else and never reach a running container.
RUN PINTU_DEBUG=0 PINTU_SECRET_KEY=collectstatic-at-build-only PINTU_FIELD_KEYS=collectstatic-at-build-only \
    PINTU_VAR_DIR=/tmp/pintu-build python manage.py collectstatic --noinput \
    && rm -rf /tmp/pintu-build \
    && python -m compileall -q pintu

USER pintu
VOLUME ["/var/lib/pintu"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD ["python", "-c", "import os, sys, urllib.request as u; r = u.Request('http://127.0.0.1:8000/healthz', headers={'Host': os.environ['PINTU_ALLOWED_HOSTS'].split(',')[0], 'X-Forwarded-Proto': 'https'}); sys.exit(u.urlopen(r, timeout=4).status != 200)"]
CMD ["gunicorn", "pintu.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--worker-class", "gthread", "--threads", "8", "--keep-alive", "30", "--max-requests", "2000", "--max-requests-jitter", "200", "--access-logfile", "-"]
