"""backup -> destroy -> restore loses nothing, on the database the tests run on (SQLite or PostgreSQL)."""

import hashlib
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pintu.accounts.models import User
from pintu.complaints.models import Attachment, Report, ReporterContact
from pintu.complaints.search import filter_matching
from pintu.complaints.selectors import public_reports
from pintu.history.models import Event
from pintu.ppid.requests.identity import open_identity_file
from pintu.ppid.requests.models import RequesterIdentity
from tests.ops.conftest import NIK, file_checksums, row_counts

pytestmark = pytest.mark.django_db(transaction=True)


def timeline(report) -> list[tuple]:
    return list(Event.objects.for_case("report", report.pk).values_list("pk", "kind", "at", "reason", "visibility"))


def test_a_backup_restores_every_row_and_every_file(realistic_data, media, tmp_path, user_named, capsys):
    archive = tmp_path / "cadangan.tar.gz"
    rows_before, files_before = row_counts(), file_checksums(media)
    timeline_before = timeline(realistic_data["road"])
    assert rows_before["complaints_report"] == 2 and len(files_before) == 5  # 4 attachments + the KTP

    call_command("backup", output=str(archive))
    assert "Cadangan dibuat" in capsys.readouterr().out
    assert archive.stat().st_mode & 0o777 == 0o600

    with pytest.raises(CommandError, match="--force"):  # a database with data is not overwritten by accident
        call_command("restore", str(archive))
    assert row_counts() == rows_before

    call_command("flush", interactive=False)
    shutil.rmtree(media)
    media.mkdir()
    (media / "lain.txt").write_text("berkas sesudah cadangan")
    assert not Report.objects.exists() and not User.objects.exists()

    call_command("restore", str(archive))
    output = capsys.readouterr().out
    assert "berkas media ditulis: 5, dihapus (tidak ada di cadangan): 1" in output

    assert row_counts() == rows_before
    assert file_checksums(media) == files_before
    # deep checks: encrypted fields and files decrypt, stored checksums hold, the search index answers
    anonim = Report.objects.get(pk=realistic_data["anonim"].pk)
    assert ReporterContact.objects.get(report=anonim).nik == NIK
    request = realistic_data["request"]
    assert RequesterIdentity.objects.get(request=request).id_number == NIK
    opened = open_identity_file(request, "identity", user=user_named("ppid.utama"))
    assert opened.content == realistic_data["ktp"]
    for attachment in Attachment.objects.all():
        with attachment.file.open("rb") as handle:
            assert hashlib.sha256(handle.read()).hexdigest() == attachment.sha256
    assert list(filter_matching(public_reports(), "berlubang")) == [Report.objects.get(pk=realistic_data["road"].pk)]
    assert timeline(realistic_data["road"]) == timeline_before
