"""One settings module, configured from the environment.

Defaults are safe for the embedded mode (`make run`: SQLite, one machine). Production sets
PINTU_DEBUG=0, PINTU_SECRET_KEY, PINTU_ALLOWED_HOSTS and DATABASE_URL (PostgreSQL); see
docs/operations.md for every variable.
"""

import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("PINTU_DEBUG", False)
TESTING = env_bool("PINTU_TESTING", "pytest" in sys.modules)

SECRET_KEY = env("PINTU_SECRET_KEY")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured("Set PINTU_SECRET_KEY (or PINTU_DEBUG=1 for local development).")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105 (DEBUG or tests only)

ALLOWED_HOSTS = env_list("PINTU_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("PINTU_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_q",
    "pintu.accounts",
    "pintu.agencies",
    "pintu.categories",
    "pintu.workdays",
    "pintu.history",
    "pintu.jobs",
    "pintu.notifications",
    "pintu.complaints",
    "pintu.routing",
    "pintu.ppid",
    "pintu.web",
    "pintu.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "pintu.urls"
WSGI_APPLICATION = "pintu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pintu.web.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# Embedded default: SQLite in var/. Production and CI: DATABASE_URL=postgres://user:pw@host/db
VAR_DIR = Path(env("PINTU_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'pintu.sqlite3'}"),
        conn_max_age=int(env("PINTU_DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions and a busy timeout let the web server and the worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:  # hashing cost is not what the tests measure
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:staff_home"
LOGOUT_REDIRECT_URL = "web:home"
SESSION_COOKIE_AGE = int(env("PINTU_SESSION_SECONDS", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# --- Language and time ----------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("PINTU_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("PINTU_STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it; collectstatic fills it
MEDIA_ROOT = Path(env("PINTU_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Absolute address used in e-mails (tracking links).
BASE_URL = env("PINTU_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

# --- E-mail ---------------------------------------------------------------------------------
# Embedded default writes each message to var/mail/ so a demo never sends real mail.
EMAIL_BACKEND = env("PINTU_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = env("PINTU_EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("PINTU_EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("PINTU_EMAIL_USER")
EMAIL_HOST_PASSWORD = env("PINTU_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("PINTU_EMAIL_TLS", False)
DEFAULT_FROM_EMAIL = env("PINTU_FROM_EMAIL", "Pintu <no-reply@localhost>")

# --- Background jobs (django-q2, ORM broker: the database is the queue) ----------------------
Q_CLUSTER = {
    "name": "pintu",
    "orm": "default",
    "workers": int(env("PINTU_WORKERS", "1")),
    "timeout": 300,
    "retry": 600,
    "max_attempts": 5,
    "catch_up": False,  # our sweeps catch up by themselves; see pintu/jobs/sweeps.py
    "sync": env_bool("PINTU_JOBS_SYNC", TESTING),
    "poll": 1,
    "save_limit": 1000,
    "label": "Antrian tugas",
}
SWEEP_INTERVAL_MINUTES = int(env("PINTU_SWEEP_INTERVAL_MINUTES", "15"))

# --- Security (more in issue #8) -------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG and not TESTING:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("PINTU_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_SSL_REDIRECT = env_bool("PINTU_SSL_REDIRECT", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("PINTU_LOG_LEVEL", "INFO")},
    "loggers": {"django-q": {"level": env("PINTU_Q_LOG_LEVEL", "ERROR" if TESTING else "WARNING")}},
}
