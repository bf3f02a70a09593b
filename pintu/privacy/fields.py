"""Model field that keeps personal data encrypted in the database.

    nik = EncryptedTextField(blank=True)
    nik_index = models.CharField(max_length=64, blank=True, db_index=True)  # crypto.blind_index(nik)

The attribute holds the plaintext; the column holds ``"fernet:<token>"`` (see pintu.privacy.crypto).
None and '' are stored as they are. The ciphertext is randomised, so the only lookup is
``isnull``; anything else (including ``filter(nik=...)``, ``__icontains`` and admin search)
raises TypeError. Search through a blind-index column instead.

Serialisation (dumpdata) writes the plaintext, like any other field: treat dumps as personal data.
"""

from __future__ import annotations

import json

from django.core import checks
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from pintu.privacy import crypto

__all__ = ["EncryptedJSONField", "EncryptedTextField"]

_ALLOWED_LOOKUPS = frozenset({"isnull"})


class EncryptedTextField(models.TextField):
    description = "Text encrypted with the keys in PINTU_FIELD_KEYS"

    def get_prep_value(self, value):
        value = super().get_prep_value(value)  # to_python: anything else becomes str
        if value is None or value == "":
            return value
        return crypto.encrypt_text(value)

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return crypto.decrypt_text(value)

    def get_lookup(self, lookup_name):
        if lookup_name not in _ALLOWED_LOOKUPS:
            raise TypeError(self._lookup_message(lookup_name))
        return super().get_lookup(lookup_name)

    def get_transform(self, lookup_name):
        raise TypeError(self._lookup_message(lookup_name))

    def _lookup_message(self, lookup_name: str) -> str:
        name = getattr(self, "name", None) or "EncryptedTextField"
        return (
            f"{name} is encrypted and cannot be filtered with '{lookup_name}' (only 'isnull'): store "
            "pintu.privacy.crypto.blind_index(value) in an indexed column and filter on that instead."
        )

    def check(self, **kwargs):
        return [*super().check(**kwargs), *self._check_not_indexed()]

    def _check_not_indexed(self):
        errors = []
        if self.primary_key or self._unique:
            errors.append(
                checks.Error(
                    "EncryptedTextField cannot be unique or a primary key: equal values encrypt differently.",
                    hint="Put unique=True on a blind-index column instead.",
                    obj=self,
                    id="pintu_privacy.E001",
                )
            )
        if self.db_index:
            errors.append(
                checks.Warning(
                    "An index on an EncryptedTextField is never used.",
                    hint="Index a blind-index column instead.",
                    obj=self,
                    id="pintu_privacy.W001",
                )
            )
        return errors


class EncryptedJSONField(EncryptedTextField):
    """A JSON value (dict, list ...) stored as one encrypted text: ``"fernet:" + token of its JSON``.

    For documents that carry personal data as a whole (an outbound delivery with the reporter's contact);
    nothing inside can be filtered on. The attribute holds the decoded value; None stays NULL.
    """

    description = "JSON encrypted with the keys in PINTU_FIELD_KEYS"

    def get_prep_value(self, value):
        if value is None:
            return None
        return crypto.encrypt_text(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False))

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return json.loads(crypto.decrypt_text(value))

    def to_python(self, value):
        if isinstance(value, str) and value:
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                return value
        return value

    def value_to_string(self, obj):
        return json.dumps(self.value_from_object(obj), cls=DjangoJSONEncoder, ensure_ascii=False)
