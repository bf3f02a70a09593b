"""/privasi/ names the controller and the data-protection officer with a contact, states the legal basis
(UU 27/2022 Pasal 20 ayat (2) huruf c and e) and the archive schedule; the system admin edits them."""

import pytest
from django.urls import reverse

from pintu.mydata.models import PrivacySettings, RecordKind, RecordType

pytestmark = pytest.mark.django_db


def test_the_demo_names_the_officer_with_an_email_address(client, demo):
    html = client.get(reverse("mydata:privacy")).content.decode()
    assert "Pemerintah Kabupaten Ogan Ilir" in html and "Dinas Komunikasi dan Informatika" in html
    officer = html.split("data-pdp-officer")[1].split("</dl>")[0]
    assert "Rahmawati" in officer and 'href="mailto:pdp@oganilirkab.go.id"' in officer and "(0711)" in officer
    assert "Pejabat Pelindungan Data Pribadi" in html and "Pasal 53" in html


def test_the_legal_basis_is_the_public_duty_not_consent(client, demo):
    html = client.get(reverse("mydata:privacy")).content.decode()
    assert "Pasal 20 ayat (2) huruf c" in html and "Pasal 20 ayat (2) huruf e" in html
    assert "UU 25/2009" in html and "UU 14/2008" in html and "bukan atas dasar persetujuan" in html
    assert "Pasal 46" in html and "3 x 24 jam" in html


def test_the_archive_schedule_is_listed_line_by_line(client, demo):
    html = client.get(reverse("mydata:privacy")).content.decode()
    for kind in RecordKind:
        assert str(kind.label) in html, kind
    assert "UU 43/2009" in html


def test_without_an_officer_the_page_points_to_the_ppid(client, db):
    html = client.get(reverse("mydata:privacy")).content.decode()
    assert "data-pdp-officer" not in html and "belum diumumkan" in html


def test_the_system_admin_edits_the_officer_and_the_schedule_in_the_admin(client, user_named):
    client.force_login(user_named("sysadmin"))
    row = PrivacySettings.load()
    response = client.post(reverse("admin:mydata_privacysettings_change", args=[row.pk]), {
        "controller": "Pemerintah Kabupaten Ogan Ilir", "controller_unit": "Diskominfo", "controller_agency": "",
        "controller_address": "", "officer_title": "petugas", "officer_name": "Andi Saputra",
        "officer_post": "Pranata Komputer", "officer_email": "andi.pdp@oganilirkab.go.id", "officer_phone": "",
        "authority_name": "Lembaga Pelindungan Data Pribadi", "authority_address": "",
    })  # fmt: skip
    assert response.status_code == 302
    html = client.get(reverse("mydata:privacy")).content.decode()
    assert "Petugas Pelindungan Data Pribadi" in html and "andi.pdp@oganilirkab.go.id" in html

    line = RecordType.objects.get(kind=RecordKind.IDENTITY_FILE)
    url = reverse("admin:mydata_recordtype_change", args=[line.pk])
    form = {"kind": line.kind, "classification_code": "", "active_years": 1, "inactive_years": 0, "reference": ""}
    refused = client.post(url, {**form, "after": "anonymise"})
    assert refused.status_code == 200 and "Dokumen identitas dihapus berkasnya" in refused.content.decode()
    assert client.post(url, {**form, "inactive_years": 1, "after": "delete_files"}).status_code == 302
    assert RecordType.objects.get(pk=line.pk).retention_years == 2


def test_the_notice_on_every_form_cites_the_legal_basis(client, demo):
    page = client.get(reverse("ppid:request_create")).content.decode()
    assert "Pasal 20 ayat (2) huruf c dan huruf e" in page and 'name="consent"' not in page
