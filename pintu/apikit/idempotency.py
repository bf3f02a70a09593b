"""The Idempotency-Key header, scoped to the caller before it reaches the services' own key column.

Two clients that happen to pick the same key (or one guessing another's) must not get each other's
submission back, so the stored key is a hash of (account or "anonim", header value): 64 hex characters,
the column's width.
"""

import hashlib

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions

MAX_HEADER = 200
#: The header as the schema documents it on every submission that takes one.
IDEMPOTENCY_HEADER = OpenApiParameter(
    "Idempotency-Key", str, OpenApiParameter.HEADER, required=False,
    description="Kunci unik per kiriman (maks. 200 karakter, mis. UUID); kiriman ulang dengan kunci sama "
    "dari pengirim yang sama dengan isi yang sama mengembalikan kiriman pertama; dengan isi lain: 422.",
)  # fmt: skip


def scoped_key(request) -> str:
    key = (request.META.get("HTTP_IDEMPOTENCY_KEY") or "").strip()  # = headers["Idempotency-Key"], no header dict
    if not key:
        return ""
    if len(key) > MAX_HEADER:
        raise exceptions.ValidationError(
            {"idempotency_key": [_("Idempotency-Key paling panjang %(n)s karakter.") % {"n": MAX_HEADER}]}
        )
    owner = str(request.user.pk) if request.user.is_authenticated else "anonim"
    return hashlib.sha256(f"api:{owner}:{key}".encode()).hexdigest()
