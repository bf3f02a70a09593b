"""What a table of stored files keeps about each file besides the file itself (abstract).

The name it was uploaded under (shown, never used as a path), its sniffed content type, its size, its
SHA-256 and when it was stored; each table adds its own `file` (its own upload path) and owner columns.
Used by the PPID tables of published DIP files (DipFile) and of documents given to a requester (RequestDocument).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StoredFile(models.Model):
    original_name = models.CharField(_("nama berkas"), max_length=150)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.original_name
