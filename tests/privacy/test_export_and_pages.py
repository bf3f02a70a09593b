"""Data saya: the export holds everything about the subject and nothing about anyone else; the pages work."""

import io
import json
import zipfile

from django.urls import reverse

from pintu.accounts.models import User
from pintu.audit.models import AuditEntry
from pintu.complaints.models import ReporterContact
from pintu.mydata.models import RecordKind, RecordType
from pintu.mydata.services import export_account
from tests.privacy.conftest import PASSWORD


def _unzip(content: bytes) -> tuple[dict, dict[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(content))
    data = json.loads(archive.read("data.json"))
    return data, {name: archive.read(name) for name in archive.namelist() if name != "data.json"}


def test_export_holds_all_of_the_subjects_data_decrypted(citizen, bystander):
    data, files = _unzip(export_account(citizen.user))
    assert data["account"]["username"] == "warga.siti" and data["account"]["phone"] == citizen.phone_e164
    [report] = data["reports"]
    assert report["code"] == citizen.report.code
    assert report["contact"] == {**report["contact"], "name": citizen.name, "email": citizen.email,
                                 "phone": citizen.phone_e164, "nik": citizen.nik}  # fmt: skip
    assert any(e["kind"] == "reporter_reply" and "Tambahan" in e["text"] for e in report["events"])
    [info] = data["information_requests"]
    assert info["number"] == citizen.request.number and info["identity"]["id_number"] == citizen.nik
    assert info["identity"]["address"] == citizen.address
    [identity_file] = info["files"]
    assert files[identity_file].startswith(b"\x89PNG")  # decrypted, not the stored token
    dump = json.dumps(data)
    assert bystander.code not in dump and "Budi" not in dump


def test_export_shows_no_internal_notes(citizen, user_named):
    from pintu.complaints.services.base import note

    note(citizen.report, "internal_remark", user=user_named("admin.kominfo"), reason="Catatan internal petugas")
    data, _files = _unzip(export_account(citizen.user))
    assert "Catatan internal petugas" not in json.dumps(data)


def test_data_page_download_and_audit(client, citizen):
    client.force_login(citizen.user)
    page = client.get(reverse("mydata:home"))
    html = page.content.decode()
    assert page.status_code == 200 and "s***@example.com" in html and citizen.email not in html
    response = client.post(reverse("mydata:export"), REMOTE_ADDR="10.7.7.7")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "no-store" in response["Cache-Control"]
    data, _files = _unzip(response.content)
    assert data["reports"][0]["code"] == citizen.report.code
    entry = AuditEntry.objects.get(action="mydata.export")
    assert entry.actor_id == citizen.user.pk and entry.ip == "10.7.7.7"
    assert entry.details == {"reports": 1, "information_requests": 1, "objections": 0, "files": 1}


def test_data_pages_need_a_signed_in_account(client, demo):
    assert client.get(reverse("mydata:home"))["Location"].startswith(reverse("web:login"))
    assert client.post(reverse("mydata:export"))["Location"].startswith(reverse("web:login"))
    assert client.post(reverse("mydata:erase"))["Location"].startswith(reverse("web:login"))
    assert client.get(reverse("mydata:export")).status_code in (302, 405)


def test_erase_page_asks_again_then_erases_and_signs_out(client, citizen):
    client.force_login(citizen.user)
    refused = client.post(reverse("mydata:erase"), {"password": "salah"})
    html = refused.content.decode()
    assert refused.status_code == 400 and "Kata sandi salah." in html and "error-summary" in html
    assert User.objects.get(pk=citizen.user.pk).is_active
    done = client.post(reverse("mydata:erase"), {"password": PASSWORD, "confirm": "on"})
    assert done.status_code == 302 and done["Location"] == reverse("mydata:erased")
    assert not User.objects.get(pk=citizen.user.pk).is_active
    assert ReporterContact.objects.get(report=citizen.report).name == "[dihapus]"
    assert client.get(reverse("mydata:home")).status_code == 302  # signed out
    erased = client.get(done["Location"])
    assert erased.status_code == 200
    # issue #18: the page names the case kept under restriction (the open request) and until when
    html = erased.content.decode()
    assert citizen.request.number in html and "Dibatasi sampai" in html


def test_account_page_links_to_data_saya(client, citizen):
    client.force_login(citizen.user)
    assert reverse("mydata:home") in client.get(reverse("web:staff_home")).content.decode()


def test_privacy_page_states_the_retention_periods(client, db):
    RecordType.objects.filter(kind=RecordKind.REPORT).update(
        active_years=1, inactive_years=1, classification_code="000.9.2"
    )
    html = client.get(reverse("mydata:privacy")).content.decode()
    assert "UU 27/2022" in html
    row = html.split("Laporan pengaduan (SP4N-LAPOR!) (000.9.2)")[1].split("</tr>")[0]
    assert row.count("1 tahun") == 2 and "Anonimkan data pribadi" in row
