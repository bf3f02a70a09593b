"""Draft uploads: files a citizen chose on a form that was not sent yet (pintu.web.drafts)."""

from django.db import models


class DraftUpload(models.Model):
    """A cleaned upload (pintu.files.validation) held for one browser session until the form is sent.

    `owner` is a random token kept in that session (not the session key, which changes on sign-in);
    `slot` says which form field it belongs to ("lapor.files", "ppid.identity_file"). The content is
    already cleaned (images re-encoded without metadata, PDFs checked) and encrypted (pintu.privacy.crypto).
    Rows older than settings.PINTU_DRAFT_UPLOAD_HOURS are removed by the sweep "web.draft_uploads".
    """

    owner = models.CharField(max_length=64, db_index=True)
    slot = models.CharField(max_length=60)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    extension = models.CharField(max_length=10)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    content = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.slot}: {self.original_name}"
