"""Media on S3-compatible storage is configured from the environment (pintu/settings.py).

Only the configuration is tested here: there is no S3 server on the test machine and
django-storages is an optional install (requirements-s3.txt), so no file goes to a bucket.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT = "import json, pintu.settings as s; print(json.dumps({'storages': s.STORAGES}, default=str))"


def settings_with(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PINTU_S3_")} | {"PINTU_TESTING": "1"} | extra
    out = subprocess.run([sys.executable, "-c", PRINT], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)["storages"]


def test_files_stay_on_disk_without_a_bucket():
    assert settings_with()["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_moves_media_to_private_s3_objects():
    storages = settings_with(
        PINTU_S3_BUCKET="pintu-media", PINTU_S3_ENDPOINT_URL="https://minio.oganilirkab.go.id",
        PINTU_S3_ACCESS_KEY="AK", PINTU_S3_SECRET_KEY="SK",  # noqa: S106 (dummy)
    )  # fmt: skip
    default = storages["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    options = default["OPTIONS"]
    assert options["bucket_name"] == "pintu-media" and options["endpoint_url"] == "https://minio.oganilirkab.go.id"
    assert options["default_acl"] == "private" and options["querystring_auth"] and not options["file_overwrite"]
    assert options["location"] == "media" and options["region_name"] is None
    assert storages["staticfiles"]["BACKEND"]  # static files stay with WhiteNoise
