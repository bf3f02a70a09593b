"""The columns a case filed by a citizen (a report, an information request) keeps the same way.

- `secret_hash`: the keyed hash of the tracking secret (pintu.cases.tracking proves it);
- `idempotency_key` and `idempotency_fingerprint`: the create-once of a retried submission
  (pintu.idempotency);
- `status_changed_at` and `closed_at`: when the status last moved and when the case was closed;
- `created_by`: the officer who entered it for the citizen (walk-in, phone, letter), empty otherwise.

Abstract: each case type keeps its own table, code or number, status choices and clocks.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FiledCase(models.Model):
    secret_hash = models.CharField(max_length=128)
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    #: What came with the key (pintu.idempotency.draft_fingerprint): the same key with other content is refused.
    idempotency_fingerprint = models.CharField(max_length=64, blank=True, default="", editable=False)
    status_changed_at = models.DateTimeField(_("status berubah"))
    closed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True
