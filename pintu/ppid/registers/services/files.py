"""Documents of a DIP item. They become public with the item, so they are cleaned like any upload.

Accepted: PDF (no scripts, launch actions or embedded files) and images (re-encoded without
metadata), checked by content through pintu.files.validation with DIP_UPLOAD_POLICY. The same rule
as editing the item decides who may add or remove them.
"""

import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from pintu.files.limits import MIB, UploadPolicy
from pintu.files.validation import CleanFile
from pintu.ppid.permissions import actor_of, require_utama
from pintu.ppid.registers import workflow as wf
from pintu.ppid.registers.models import DipFile, DipItem
from pintu.ppid.registers.permissions import require_keeper
from pintu.ppid.registers.services.steps import record

#: Public documents run longer than a citizen's photo: larger files, many more PDF pages.
DIP_UPLOAD_POLICY = UploadPolicy(max_bytes=20 * MIB, max_files=5, max_total_bytes=50 * MIB, max_pdf_pages=1000)


def _require_editor(user, item: DipItem) -> None:
    require_keeper(user, item.agency)
    if item.status not in wf.DIP_EDITABLE_BY_AGENCY:
        require_utama(user, _("Berkas informasi yang sudah diumumkan hanya dapat diubah oleh PPID Utama."))


@transaction.atomic
def add_dip_files(user, item: DipItem, files: list[CleanFile]) -> list[DipFile]:
    item = DipItem.objects.select_for_update().select_related("agency").get(pk=item.pk)
    _require_editor(user, item)
    saved = []
    for clean in files:
        row = DipFile(item=item, original_name=clean.original_name, content_type=clean.content_type,
                      size=clean.size, sha256=clean.sha256, uploaded_by=actor_of(user))  # fmt: skip
        row.file.save(f"{uuid.uuid4().hex}{clean.extension}", ContentFile(clean.content), save=False)
        row.save()
        saved.append(row)
    if saved:
        record(item, "file_added", user, payload={"files": [row.original_name for row in saved]})
    return saved


@transaction.atomic
def remove_dip_file(user, dip_file: DipFile) -> None:
    item = DipItem.objects.select_for_update().select_related("agency").get(pk=dip_file.item_id)
    _require_editor(user, item)
    storage, name = dip_file.file.storage, dip_file.file.name
    record(item, "file_removed", user, payload={"files": [dip_file.original_name]})
    dip_file.delete()
    transaction.on_commit(lambda: storage.delete(name))
