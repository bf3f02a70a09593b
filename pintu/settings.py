"""One settings module, configured from the environment.

Defaults are safe for the embedded mode (`make run`: SQLite, one machine). Production sets
PINTU_DEBUG=0, PINTU_SECRET_KEY, PINTU_ALLOWED_HOSTS and DATABASE_URL (PostgreSQL); see
docs/operations.md for every variable. `manage.py` (not gunicorn) first fills unset variables from
var/local.env, the local development file that `make run` writes (pintu/localenv.py).
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
        raise ImproperlyConfigured(
            "Set PINTU_SECRET_KEY (production: docs/operations.md). For local development run `make run` or "
            "`make setup` once: it writes var/local.env (generated keys, PINTU_DEBUG=1), which manage.py reads."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105 (DEBUG or tests only)

SECRET_KEY_FALLBACKS = env_list("PINTU_SECRET_KEY_FALLBACKS")  # old keys, while rotating
#: Fernet keys for personal data at rest (NIK, identity files, queued submissions), newest first, comma-separated;
#: rotation: docs/privacy.md. Debug and test runs fall back to a key derived from SECRET_KEY (pintu.privacy.crypto).
PINTU_FIELD_KEYS = env_list("PINTU_FIELD_KEYS")
if not PINTU_FIELD_KEYS and not (DEBUG or TESTING):
    raise ImproperlyConfigured(
        "Set PINTU_FIELD_KEYS (Fernet keys, newest first) to encrypt personal data. Generate one with: "
        'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
    )
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_ratelimit",
    "csp",
    "pintu.accounts",
    "pintu.agencies",
    "pintu.categories",
    "pintu.workdays",
    "pintu.history",
    "pintu.audit",
    "pintu.mydata",
    "pintu.jobs",
    "pintu.notifications",
    "pintu.complaints",
    "pintu.routing",
    "pintu.interop",
    "pintu.ppid",
    "pintu.letters",
    "pintu.insights",
    "pintu.open311",
    "pintu.ops",
    "pintu.web",  # the UI toolkit: base templates, includes, viewkit, keyset
    "pintu.site",  # the site shell: home, directories, working-day pages, staff landing, serve
    "pintu.regions",  # manage.py load_region: a region's data package (regions/<name>/)
    "pintu.demo",
    "pintu.practice",  # practice mode for training sessions: rounds, seats, sample cases, checklists
    "pintu.security",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "pintu.apikit",  # app label "api": API tokens; the toolkit every API face uses
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "pintu.security.middleware.RequestSizeLimitMiddleware",  # 413 before a byte of an oversized body is read
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "pintu.security.clientid.ClientIdMiddleware",  # the client cookie rate limits count by (issued lazily)
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "pintu.web.middleware.NulCharacterGuardMiddleware",  # NUL in a URL never reaches PostgreSQL (400)
    "pintu.security.middleware.SessionTimeoutMiddleware",
    "pintu.security.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "pintu.security.middleware.PermissionsPolicyMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
    "pintu.practice.middleware.PracticeModeMiddleware",  # after every check: only the view runs on practice data
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
                "pintu.site.context_processors.menu",
                "pintu.practice.context_processors.practice",
            ],
            "builtins": ["pintu.web.templatetags.pintu_time"],  # |jam and |waktu: times shown one way
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
# Practice mode (docs/practice.md): a separate database with the same schema, never the real one. SQLite file
# by default; on PostgreSQL a database of its own (PINTU_PRACTICE_DATABASE_URL, created by the operator).
# Unset with PostgreSQL as the real database: the same server, the real database's name + "_practice".
if env("PINTU_PRACTICE_DATABASE_URL") or DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["practice"] = dj_database_url.parse(
        env("PINTU_PRACTICE_DATABASE_URL", f"sqlite:///{VAR_DIR / 'practice.sqlite3'}"),
        conn_max_age=int(env("PINTU_DB_CONN_MAX_AGE", "0")),
    )
else:
    DATABASES["practice"] = {**DATABASES["default"], "NAME": DATABASES["default"]["NAME"] + "_practice"}
for _alias in DATABASES:
    if DATABASES[_alias]["ENGINE"] == "django.db.backends.sqlite3":
        # IMMEDIATE transactions and a busy timeout let the web server and the worker share the file.
        DATABASES[_alias]["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
if env("PINTU_TEST_DB_NAME"):  # lets several test runs share one PostgreSQL server
    DATABASES["default"]["TEST"] = {"NAME": env("PINTU_TEST_DB_NAME")}
    DATABASES["practice"]["TEST"] = {"NAME": env("PINTU_TEST_DB_NAME") + "_practice"}
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
PASSWORD_RESET_TIMEOUT = int(env("PINTU_PASSWORD_RESET_SECONDS", str(3 * 3600)))  # the e-mailed link's life
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

# Media on S3-compatible object storage (MinIO, Ceph RGW, AWS S3 ...) when PINTU_S3_BUCKET is set; needs
# `pip install -r requirements-s3.txt` (django-storages + boto3). Private objects: every file is still
# served through Pintu's views and their access checks. docs/operations.md, "Files on object storage".
if env("PINTU_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("PINTU_S3_BUCKET"),
            "endpoint_url": env("PINTU_S3_ENDPOINT_URL") or None,
            "region_name": env("PINTU_S3_REGION") or None,
            "access_key": env("PINTU_S3_ACCESS_KEY") or None,
            "secret_key": env("PINTU_S3_SECRET_KEY") or None,
            "location": env("PINTU_S3_PREFIX", "media"),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
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

# --- WhatsApp and SMS (docs/interop.md, "WhatsApp and SMS"); empty provider = that channel is off -----
# Read at call time by pintu.interop.conf; under tests both providers default to the in-memory fake.
PINTU_WHATSAPP_PROVIDER = env("PINTU_WHATSAPP_PROVIDER")  # "cloud" (WhatsApp Business Cloud API) or ""
PINTU_WHATSAPP_TOKEN = env("PINTU_WHATSAPP_TOKEN")
PINTU_WHATSAPP_PHONE_NUMBER_ID = env("PINTU_WHATSAPP_PHONE_NUMBER_ID")
PINTU_WHATSAPP_API_VERSION = env("PINTU_WHATSAPP_API_VERSION", "21.0")
PINTU_WHATSAPP_API_URL = env("PINTU_WHATSAPP_API_URL", "https://graph.facebook.com")
PINTU_SMS_PROVIDER = env("PINTU_SMS_PROVIDER")  # "android" (SMS Gateway for Android), "http" or ""
PINTU_SMSGATE_URL = env("PINTU_SMSGATE_URL")  # http://<phone>:8080 or https://api.sms-gate.app/3rdparty/v1
PINTU_SMSGATE_USER = env("PINTU_SMSGATE_USER")
PINTU_SMSGATE_PASSWORD = env("PINTU_SMSGATE_PASSWORD")
PINTU_SMSGATE_SIM = int(env("PINTU_SMSGATE_SIM", "0"))
PINTU_SMS_HTTP_URL = env("PINTU_SMS_HTTP_URL")
PINTU_SMS_HTTP_METHOD = env("PINTU_SMS_HTTP_METHOD", "POST")
PINTU_SMS_HTTP_AUTH = env("PINTU_SMS_HTTP_AUTH")  # "bearer:TOKEN", "basic:USER:PASSWORD" or "header:NAME:VALUE"
PINTU_SMS_HTTP_CONTENT_TYPE = env("PINTU_SMS_HTTP_CONTENT_TYPE", "application/json")
PINTU_SMS_HTTP_BODY = env("PINTU_SMS_HTTP_BODY", '{"to": "$to", "text": "$text"}')
PINTU_SMS_HTTP_ID_FIELD = env("PINTU_SMS_HTTP_ID_FIELD")  # e.g. "data.message_id" in the JSON answer
PINTU_SMS_HTTP_SUCCESS = env("PINTU_SMS_HTTP_SUCCESS")  # e.g. "status=1|success": else the send failed

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

# --- Security (issue #8; docs/security.md, appendix A) -----------------------------------------
# Sign-in: Argon2 (above), django-axes lockout per username+IP, TOTP second factor for the roles
# in pintu.security.twofactor.SECOND_FACTOR_ROLES, idle and absolute session limits.
AUTHENTICATION_BACKENDS = [
    "pintu.security.backends.LockoutBackend",  # django-axes: refuses locked-out username+IP first
    "django.contrib.auth.backends.ModelBackend",
    "pintu.security.backends.VerifiedContactBackend",  # a verified e-mail or phone instead of the username
]
AXES_FAILURE_LIMIT = int(env("PINTU_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(env("PINTU_LOGIN_COOLOFF_MINUTES", "15")) / 60  # hours, as django-axes counts
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # one attacker cannot lock a colleague out
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "pintu.security.responses.locked_out"  # Indonesian page, wait in minutes
AXES_CLIENT_IP_CALLABLE = "pintu.security.clientip.axes_client_ip"
AXES_VERBOSE = False
OTP_TOTP_ISSUER = env("PINTU_OTP_ISSUER", "Pintu")
# `make run` only: staff who have not enrolled a device are not forced to (those who have are asked).
PINTU_DEMO_2FA_OPTIONAL = env_bool("PINTU_DEMO_2FA_OPTIONAL", False)
if PINTU_DEMO_2FA_OPTIONAL and not DEBUG:
    raise ImproperlyConfigured("PINTU_DEMO_2FA_OPTIONAL is for the local demo only: it needs PINTU_DEBUG=1.")
# Staff sessions end after this long without a request (sliding), everyone's after SESSION_COOKIE_AGE.
PINTU_STAFF_IDLE_SECONDS = int(env("PINTU_STAFF_IDLE_SECONDS", str(30 * 60)))

# Rate limits and size limits of public forms (pintu.security.ratelimit, pintu.security.spam).
# The counters live in CACHES["default"], shared by every process: the database by default (the table
# is made by a migration of pintu.security); PINTU_CACHE_URL=redis://... (or pymemcache://...) for a
# busy site. DatabaseCache increments are read-then-write, so under heavy concurrency a few requests
# past a limit can slip through: acceptable for abuse damping, hence E003/W001 silenced only for it.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "pintu_cache"}}
if env("PINTU_CACHE_URL").startswith(("redis://", "rediss://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("PINTU_CACHE_URL")}}
elif env("PINTU_CACHE_URL").startswith("pymemcache://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
                          "LOCATION": env("PINTU_CACHE_URL").removeprefix("pymemcache://")}}  # fmt: skip
# Rendered fragments of public pages (pintu.pagecache): each process's own memory, keyed by the versions
# kept in CACHES["default"], so every process and server sees a change at once.
CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pintu-pages",
                   "OPTIONS": {"MAX_ENTRIES": int(env("PINTU_PAGE_CACHE_ENTRIES", "2000"))}}  # fmt: skip
# Seconds the public statistics (page body, open data document, API summary) may lag a change before one
# server renders them afresh; meanwhile every other request gets the previous figures, and the page says when
# they were computed (pintu.pagecache.shared). 0 in tests: a change shows at once.
PINTU_STATS_MAX_STALE = int(env("PINTU_STATS_MAX_STALE", "0" if TESTING else "120"))
SILENCED_SYSTEM_CHECKS = []
if CACHES["default"]["BACKEND"].endswith("db.DatabaseCache"):
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]
RATELIMIT_IP_META_KEY = "pintu.security.clientip.client_ip"
RATELIMIT_ENABLE = env_bool("PINTU_RATELIMIT", True)
#: "count/period" per client (the account, else a signed client cookie, else a fingerprint: see
#: pintu.security.clientid), per address (far higher: offices and mobile networks share one; it refuses a
#: cookie or account only when that caller has itself used the scope) and per identity (e-mail, phone,
#: username; for tracking, the tracking code together with the client, so nobody else's wrong secrets lock
#: a reporter out).
PINTU_RATES = {
    "report_submit": {"client": env("PINTU_RATE_REPORT_CLIENT", "20/h"), "ip": env("PINTU_RATE_REPORT_IP", "600/h"),
                      "identity": env("PINTU_RATE_REPORT_ID", "5/h")},
    "info_request": {"client": env("PINTU_RATE_REQUEST_CLIENT", "20/h"), "ip": env("PINTU_RATE_REQUEST_IP", "600/h"),
                     "identity": env("PINTU_RATE_REQUEST_ID", "5/h")},
    "objection": {"client": env("PINTU_RATE_OBJECTION_CLIENT", "20/h"),
                  "ip": env("PINTU_RATE_OBJECTION_IP", "600/h"), "identity": env("PINTU_RATE_OBJECTION_ID", "10/h")},
    "tracking": {"client": env("PINTU_RATE_TRACK_CLIENT", "20/10m"), "ip": env("PINTU_RATE_TRACK_IP", "300/10m"),
                 "identity": env("PINTU_RATE_TRACK_ID", "10/h")},
    "login": {"client": env("PINTU_RATE_LOGIN_CLIENT", "30/10m"), "ip": env("PINTU_RATE_LOGIN_IP", "300/10m"),
              "identity": env("PINTU_RATE_LOGIN_ID", "20/10m")},
    "second_factor": {"client": env("PINTU_RATE_2FA_CLIENT", "30/10m"), "ip": env("PINTU_RATE_2FA_IP", "300/10m"),
                      "identity": env("PINTU_RATE_2FA_ID", "10/10m")},
    "api": {"client": env("PINTU_RATE_API_ANON", "300/m"), "ip": env("PINTU_RATE_API_IP", "3000/m"),
            "identity": env("PINTU_RATE_API_USER", "1200/m")},
    # one-time codes (citizen registration and sign-in by code): per client, per address, and per e-mail or
    # phone from any address (many citizens share an office or mobile-network address)
    "code_send": {"client": env("PINTU_RATE_CODE_SEND_CLIENT", "60/h"), "ip": env("PINTU_RATE_CODE_SEND_IP", "600/h"),
                  "identity": env("PINTU_RATE_CODE_SEND_ID", "5/h")},
    "code_verify": {"client": env("PINTU_RATE_CODE_VERIFY_CLIENT", "60/10m"),
                    "ip": env("PINTU_RATE_CODE_VERIFY_IP", "600/10m"),
                    "identity": env("PINTU_RATE_CODE_VERIFY_ID", "10/h")},
    "password_reset": {"client": env("PINTU_RATE_RESET_CLIENT", "60/h"), "ip": env("PINTU_RATE_RESET_IP", "600/h"),
                       "identity": env("PINTU_RATE_RESET_ID", "5/h")},
    "password_change": {"client": env("PINTU_RATE_PASSWORD_CLIENT", "60/10m"),
                        "ip": env("PINTU_RATE_PASSWORD_IP", "600/10m"),
                        "identity": env("PINTU_RATE_PASSWORD_ID", "10/10m")},
    # a receipt sent from a confirmation page to the case's own e-mail or WhatsApp (per case code and channel)
    "receipt_send": {"client": env("PINTU_RATE_RECEIPT_CLIENT", "30/h"), "ip": env("PINTU_RATE_RECEIPT_IP", "600/h"),
                     "identity": env("PINTU_RATE_RECEIPT_ID", "3/h")},
    "letter_verify": {  # uploads or pasted hashes on /verifikasi/<token>/ (pintu.letters)
        "client": env("PINTU_RATE_LETTER_VERIFY_CLIENT", "30/10m"), "ip": env("PINTU_RATE_LETTER_VERIFY_IP", "300/10m"),
        "identity": env("PINTU_RATE_LETTER_VERIFY_ID", "60/10m"),
    },
}  # fmt: skip
#: New client ids (cookies) per address: bounds how many fresh clients throwing cookies away can buy.
PINTU_NEW_CLIENTS_RATE = env("PINTU_RATE_NEW_CLIENTS", "100/h")
PINTU_CLIENT_COOKIE_NAME = "pintu_client"
# Spam defence without outside services: a honeypot field and a signed render time.
PINTU_SPAM_MIN_SECONDS = int(env("PINTU_SPAM_MIN_SECONDS", "0" if TESTING else "3"))
PINTU_SPAM_MAX_AGE_SECONDS = int(env("PINTU_SPAM_MAX_AGE_SECONDS", str(12 * 3600)))
# Files chosen on a form that was not sent yet (pintu.web.drafts) are kept this long, then swept.
PINTU_DRAFT_UPLOAD_HOURS = int(env("PINTU_DRAFT_UPLOAD_HOURS", "24"))
# Form fields in memory (uploads are limited per file by pintu.files.limits and in total below).
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024  # 1 MB of non-file fields is far above any of our forms
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500
DATA_UPLOAD_MAX_NUMBER_FILES = 10
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024  # larger uploads are streamed to a temporary file
# A whole request: the largest upload policy (DIP files, 50 MB per submission,
# pintu.ppid.registers.services.files) + the form.
PINTU_MAX_REQUEST_BYTES = int(env("PINTU_MAX_REQUEST_BYTES", str(60 * 1024 * 1024)))

# Headers: a Content Security Policy without inline scripts, and the rest of the usual set.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PINTU_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()"
# Where vulnerabilities are reported (/.well-known/security.txt, RFC 9116): an e-mail address or an
# https URL the deployer reads. Unset, security.txt answers 404 rather than publish a contact nobody reads.
PINTU_SECURITY_CONTACT = env("PINTU_SECURITY_CONTACT", "")
PINTU_SECURITY_TXT_DAYS = int(env("PINTU_SECURITY_TXT_DAYS", "180"))  # "Expires" this many days ahead
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"  # Strict would drop the session when a citizen follows an e-mailed link
CSRF_COOKIE_SAMESITE = "Lax"
# The CSRF cookie stays readable to scripts (CSRF_COOKIE_HTTPONLY=False): no script reads it today,
# and HttpOnly on it adds nothing (the token is in every form); Django's docs say the same.
if not DEBUG and not TESTING:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("PINTU_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PINTU_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("PINTU_HSTS_PRELOAD", False)  # opt in: preload is hard to undo
    SECURE_SSL_REDIRECT = env_bool("PINTU_SSL_REDIRECT", True)
    SESSION_COOKIE_NAME = "__Host-pintu_session"  # __Host-: Secure, no Domain, Path=/
    CSRF_COOKIE_NAME = "__Host-pintu_csrf"
    PINTU_CLIENT_COOKIE_NAME = "__Host-pintu_client"
    SILENCED_SYSTEM_CHECKS += [] if SECURE_HSTS_PRELOAD else ["security.W021"]  # preload is a deliberate opt-in

# --- Privacy and audit (issue #8; docs/privacy.md) -------------------------------------------
# Proxies in front of Pintu that append to X-Forwarded-For (0: trust only REMOTE_ADDR).
PINTU_TRUSTED_PROXY_COUNT = int(env("PINTU_TRUSTED_PROXY_COUNT", "0"))
# Retention periods are the archive schedule (JRA) in the admin (pintu.mydata.models.RecordType, issue #18).
# PINTU_RETENTION_DAYS_REPORTS / _REQUESTS / _IDENTITY_FILES are read once, by migration
# mydata.0001_initial (the first migrate), to carry a deployment's earlier choice into that schedule.

# --- Statistics (issue #6; docs/insights.md) -------------------------------------------------
# Public figures hide any count from 1 to this minus one ("<5") so that no person can be identified.
PINTU_STATS_MIN_CELL = int(env("PINTU_STATS_MIN_CELL", "5"))

# --- REST API (issue 7; docs/api.md) --------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "pintu.apikit.auth.HashedTokenAuthentication",  # first: an anonymous call gets 401 + WWW-Authenticate
        "rest_framework.authentication.SessionAuthentication",  # CSRF enforced for signed-in browsers
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],  # each view says who may
    "DEFAULT_PAGINATION_CLASS": "pintu.apikit.pagination.DefaultCursorPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "pintu.apikit.errors.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": [  # rates in PINTU_RATES["api"] (security section above)
        "pintu.security.throttles.ApiAnonThrottle",
        "pintu.security.throttles.ApiUserThrottle",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "pintu.apikit.parsers.DepthLimitedJSONParser",  # JSON nested too deep: a 400, not a RecursionError
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Pintu API",
    "DESCRIPTION": "API REST Pintu: pengaduan SP4N-LAPOR! dan layanan informasi PPID. Lihat docs/api.md.",
    "VERSION": "1",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["pintu.apikit.schema.only_api_paths"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "pintu.apikit.schema.shared_responses",
    ],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ReportStatusEnum": "pintu.complaints.models.STATUS_CHOICES",
        "ReportKindEnum": "pintu.complaints.models.ReportKind",
        "ReportChannelEnum": "pintu.complaints.models.Channel",
        "RequestStatusEnum": "pintu.ppid.requests.models.STATUS_CHOICES",
        "RequestChannelEnum": "pintu.ppid.requests.models.RequestChannel",
        "RequestDecisionEnum": "pintu.ppid.requests.models.DECISION_CHOICES",
        "Article17Enum": "pintu.ppid.exemptions.Article17",
        "PhoneChannelEnum": "pintu.notifications.models.PHONE_CHANNELS",
        "HeldFormEnum": "pintu.ppid.requests.models.HeldForm",
    },
}

# Official letters (pintu.letters, docs/letters.md): PAdES signatures and the public verification page.
# "pkcs12": each signatory's .p12 in PINTU_LETTERS_CERT_DIR (the demo CA puts test certificates there);
# "bsre": the region's BSrE signing service (the signer types the TTE passphrase when approving).
PINTU_LETTERS_SIGNER = env("PINTU_LETTERS_SIGNER", "pkcs12")
PINTU_LETTERS_CERT_DIR = Path(env("PINTU_LETTERS_CERT_DIR", str(VAR_DIR / "letters" / "certs")))
PINTU_LETTERS_DEMO_CA_DIR = Path(env("PINTU_LETTERS_DEMO_CA_DIR", str(VAR_DIR / "letters" / "demo-ca")))
#: Opens the .p12 files when the signer types no passphrase (unattended signing); the demo's in debug and tests.
PINTU_LETTERS_P12_PASSPHRASE = env("PINTU_LETTERS_P12_PASSPHRASE", "pintu-demo-ttd" if (DEBUG or TESTING) else "")
#: Roots `letters_check_pdf` trusts (comma-separated PEM/DER files); the demo CA's certificate by default.
PINTU_LETTERS_TRUST_ROOTS = env_list("PINTU_LETTERS_TRUST_ROOTS", str(PINTU_LETTERS_DEMO_CA_DIR / "ca.pem"))
#: The footer sentence on signed letters; empty: the signing service words it (names the certificate's issuer).
PINTU_LETTERS_SIGNING_NOTE = env("PINTU_LETTERS_SIGNING_NOTE")
PINTU_LETTERS_BSRE_URL = env("PINTU_LETTERS_BSRE_URL")
PINTU_LETTERS_BSRE_USER = env("PINTU_LETTERS_BSRE_USER")
PINTU_LETTERS_BSRE_PASSWORD = env("PINTU_LETTERS_BSRE_PASSWORD")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("PINTU_LOG_LEVEL", "INFO")},
    "loggers": {
        "django-q": {"level": env("PINTU_Q_LOG_LEVEL", "ERROR" if TESTING else "WARNING")},
        "weasyprint": {"level": "ERROR"},  # letters (pintu.letters.rendering): no per-step progress lines
        "fontTools": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # sign-ins are in the audit log (pintu.security.audit_hooks)
    },
}
