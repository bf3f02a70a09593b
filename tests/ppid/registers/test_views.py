"""The register pages through the test client: drafts invisible, search and filters, files and exports,
the public DIK, the staff gate, staff actions."""

import io as stdlib_io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook
from PIL import Image

from pintu.ppid.registers import services
from pintu.ppid.registers.models import DikStatus, DipFile, DipItem, DipStatus

pytestmark = pytest.mark.django_db


def login(client, user_named, username):
    client.force_login(user_named(username))


def png() -> bytes:
    buffer = stdlib_io.BytesIO()
    Image.new("RGB", (20, 10), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def test_drafts_are_invisible_to_the_public(client, draft_item, published_item, user_named):
    draft = draft_item(title="Draf anggaran rahasia")
    published = published_item(title="Laporan keuangan PUPR 2025")
    for who in [None, "warga", "ppid.dinkes"]:
        client.logout()
        if who:
            login(client, user_named, who)
        listing = client.get(reverse("ppid:dip_list")).content.decode()
        assert "Laporan keuangan PUPR 2025" in listing and "Draf anggaran rahasia" not in listing
        assert client.get(reverse("ppid:dip_detail", args=[draft.pk])).status_code == 404
        assert client.get(reverse("ppid:dip_detail", args=[published.pk])).status_code == 200
        assert b"Draf anggaran rahasia" not in client.get(reverse("ppid:dip_export_csv")).content


def test_search_and_filters(client, published_item):
    published_item(title="Laporan keuangan PUPR 2025", summary="Neraca dan realisasi anggaran.")
    published_item(title="Peringatan dini banjir", category="serta_merta", summary="Status siaga Sungai Ogan.")
    published_item(title="Ruang rapat dinas", category="setiap_saat", summary="Jadwal pemakaian.")

    def found(**params):
        return client.get(reverse("ppid:dip_list"), params).content.decode()

    page = found(q="keuangan")
    assert "Laporan keuangan PUPR 2025" in page and "Peringatan dini banjir" not in page
    assert "Ruang rapat dinas" not in page  # "uang" must start a word, not sit inside "ruang"
    assert "Peringatan dini banjir" in found(q="banjir sungai")
    assert "Peringatan dini banjir" not in found(q="banjir jembatan")  # every term must match
    page = found(kategori="serta_merta")
    assert "Peringatan dini banjir" in page and "Laporan keuangan" not in page
    assert "Tidak ada informasi yang cocok" in found(instansi="DINKES")
    assert "Laporan keuangan" in found(instansi="PUPR", q="laporan")


def test_detail_shows_statutory_columns_and_files(client, published_item, user_named):
    item = published_item(link="https://pu.oganilirkab.go.id/renja")
    services.add_dip_files(user_named("ppid.utama"), item, [_clean_png()])
    content = client.get(reverse("ppid:dip_detail", args=[item.pk])).content.decode()
    for text in ["Ringkasan isi informasi", "Pejabat/unit yang menguasai informasi", "Sekretariat Dinas PUPR",
                 "Penanggung jawab pembuatan informasi", "2026, Indralaya", "Softcopy dan hardcopy", "5 tahun",
                 "https://pu.oganilirkab.go.id/renja", "Jadwal pembaruan berikutnya", "peta.png"]:  # fmt: skip
        assert text in content, text


def _clean_png():
    from pintu.files.validation import clean_upload

    return clean_upload("peta.png", png())


def test_files_are_public_only_once_published(client, draft_item, user_named):
    item = draft_item()
    services.add_dip_files(user_named("ppid.pupr"), item, [_clean_png()])
    row = DipFile.objects.get()
    url = reverse("ppid:dip_file", args=[row.pk])
    assert client.get(url).status_code == 404
    login(client, user_named, "ppid.pupr")
    assert client.get(url).status_code == 200  # its keeper may check the draft's file
    client.logout()
    services.publish_dip_item(user_named("ppid.utama"), item)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png" and response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_exports(client, published_item):
    published_item(title="Laporan keuangan PUPR 2025")
    response = client.get(reverse("ppid:dip_export_xlsx"), {"instansi": "PUPR"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="dip-pupr-')
    sheet = load_workbook(stdlib_io.BytesIO(response.content)).active
    assert sheet["D2"].value == "Laporan keuangan PUPR 2025"
    csv_response = client.get(reverse("ppid:dip_export_csv"), {"instansi": "DINKES"})
    assert csv_response.content.decode("utf-8-sig").count("\n") == 1  # header only


def test_dik_public_list_shows_the_consequence_test(client, dik_item):
    dik_item(decide=True)
    dik_item(document="Draf memo internal")
    content = client.get(reverse("ppid:dik_list")).content.decode()
    assert "Dokumen HPS paket pemeliharaan jalan 2026" in content
    assert "Pasal 17 huruf b" in content and "persaingan usaha tidak sehat" in content
    assert "Membuka HPS sebelum lelang" in content and "Kepala Diskominfo, PPID Utama" in content
    assert "Draf memo internal" not in content


# --- staff pages -----------------------------------------------------------------------------------------


STAFF_URLS = ["ppid:staff_register", "ppid:staff_dip_create", "ppid:staff_dik", "ppid:staff_dik_create",
              "ppid:staff_dip_import"]  # fmt: skip


@pytest.mark.parametrize("name", STAFF_URLS)
def test_staff_pages_need_login_and_a_ppid_role(client, user_named, name):
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302 and "/masuk/" in response["Location"]
    login(client, user_named, "warga")
    response = client.get(url)
    assert response.status_code == 403 and "Akses ditolak" in response.content.decode()
    client.logout()
    login(client, user_named, "ppid.pupr")
    assert client.get(url).status_code == 200


def test_pembantu_drafts_through_the_form(client, user_named, agency):
    login(client, user_named, "ppid.pupr")
    form = client.get(reverse("ppid:staff_dip_create")).content.decode()
    assert "Dinas Pekerjaan Umum" in form and "Dinas Kesehatan" not in form
    response = client.post(reverse("ppid:staff_dip_create"), {"agency": agency("PUPR").pk, "title": ""})
    assert response.status_code == 200
    assert "Judul informasi wajib diisi." in response.content.decode()
    response = client.post(reverse("ppid:staff_dip_create"), {
        "agency": agency("PUPR").pk, "category": "berkala", "title": "Renstra Dinas PUPR 2026-2031",
        "summary": "Rencana strategis lima tahun.", "holder": "Sekretariat", "responsible": "Kasubbag Program",
        "made_when_where": "2026, Indralaya", "form_kind": "soft", "retention": "Selama berlaku"})  # fmt: skip
    item = DipItem.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("ppid:staff_dip_detail", args=[item.pk])
    detail = client.get(response["Location"]).content.decode()
    assert "Draf" in detail and "Umumkan informasi ini" not in detail  # the pembantu does not publish
    response = client.post(reverse("ppid:staff_dip_publish", args=[item.pk]))
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.status == DipStatus.DRAFT


def test_pembantu_cannot_open_other_agencies_drafts(client, user_named, draft_item):
    item = draft_item(username="ppid.dinkes", code="DINKES")
    login(client, user_named, "ppid.pupr")
    assert client.get(reverse("ppid:staff_dip_detail", args=[item.pk])).status_code == 404
    assert client.post(reverse("ppid:staff_dip_edit", args=[item.pk]), {"title": "x"}).status_code == 404


def test_utama_publishes_withdraws_and_register_shows_due(client, user_named, draft_item):
    item = draft_item()
    login(client, user_named, "ppid.utama")
    register = client.get(reverse("ppid:staff_register")).content.decode()
    assert item.title in register and "Umumkan" in register
    response = client.post(reverse("ppid:staff_dip_publish", args=[item.pk]), {"back": "register"})
    assert response.status_code == 302 and response["Location"] == reverse("ppid:staff_register")
    item.refresh_from_db()
    assert item.status == DipStatus.PUBLISHED
    response = client.post(reverse("ppid:staff_dip_withdraw", args=[item.pk]), {"reason": ""})
    assert response.status_code == 400 and "Tuliskan alasan penarikan." in response.content.decode()
    client.post(reverse("ppid:staff_dip_withdraw", args=[item.pk]), {"reason": "Salah unggah."})
    item.refresh_from_db()
    assert item.status == DipStatus.WITHDRAWN
    detail = client.get(reverse("ppid:staff_dip_detail", args=[item.pk])).content.decode()
    assert "Ditarik dari DIP" in detail and "Salah unggah." in detail


def test_refresh_and_file_upload_through_pages(client, user_named, published_item):
    item = published_item()
    login(client, user_named, "ppid.pupr")
    response = client.post(reverse("ppid:staff_dip_refresh", args=[item.pk]), {"date": "2000-01-01"})
    assert response.status_code == 400 and "sebelum pembaruan terakhir" in response.content.decode()
    response = client.post(reverse("ppid:staff_dip_add_files", args=[item.pk]),
                           {"files": [SimpleUploadedFile("peta.png", png(), "image/png")]})  # fmt: skip
    assert response.status_code == 403  # published: only the PPID Utama changes its files
    client.logout()
    login(client, user_named, "ppid.utama")
    fake = SimpleUploadedFile("script.png", b"<script>alert(1)</script>", "image/png")
    response = client.post(reverse("ppid:staff_dip_add_files", args=[item.pk]), {"files": [fake]})
    assert response.status_code == 400 and "error-message" in response.content.decode()
    response = client.post(reverse("ppid:staff_dip_add_files", args=[item.pk]),
                           {"files": [SimpleUploadedFile("peta.png", png(), "image/png")]})  # fmt: skip
    assert response.status_code == 302 and item.files.count() == 1
    client.post(reverse("ppid:staff_dip_remove_file", args=[item.pk, item.files.get().pk]))
    assert item.files.count() == 0


def test_import_page(client, user_named, agency):
    login(client, user_named, "ppid.pupr")
    bad = SimpleUploadedFile("dip.csv", b"judul_informasi,jenis_informasi\nProfil,entah\n", "text/csv")
    response = client.post(reverse("ppid:staff_dip_import"), {"agency": agency("PUPR").pk, "file": bad})
    assert response.status_code == 400 and "Baris 2: jenis informasi" in response.content.decode()
    good = SimpleUploadedFile("dip.csv", b"judul_informasi,jenis_informasi\nProfil,berkala\nKontrak,setiap saat\n")
    response = client.post(reverse("ppid:staff_dip_import"), {"agency": agency("PUPR").pk, "file": good})
    assert response.status_code == 302 and DipItem.objects.filter(status=DipStatus.DRAFT).count() == 2
    dinkes = SimpleUploadedFile("dip.csv", b"judul_informasi,jenis_informasi\nProfil,berkala\n")
    response = client.post(reverse("ppid:staff_dip_import"), {"agency": agency("DINKES").pk, "file": dinkes})
    assert response.status_code == 200 and DipItem.objects.count() == 2  # not a choice for ppid.pupr


def test_dik_pages(client, user_named, agency, letters_ready):
    login(client, user_named, "ppid.pupr")
    response = client.post(reverse("ppid:staff_dik_create"), {"agency": agency("PUPR").pk, "legal_basis": "j"})
    content = response.content.decode()
    assert "Uraikan konsekuensi bila informasi dibuka" in content and "Sebutkan undang-undang" in content
    response = client.post(reverse("ppid:staff_dik_create"), {
        "agency": agency("PUPR").pk, "information": "Data pribadi penerima bantuan", "document": "Daftar penerima",
        "legal_basis": "h", "consequence": "Mengungkap rahasia pribadi.", "public_interest": "Privasi warga.",
        "exempt_until": "2099-12-31"})  # fmt: skip
    assert response.status_code == 302
    client.logout()
    login(client, user_named, "ppid.utama")
    item_url = response["Location"]
    pk = int(item_url.rstrip("/").split("/")[-1])
    response = client.post(reverse("ppid:staff_dik_decide", args=[pk]), {"test_place": ""})
    assert response.status_code == 400
    client.post(reverse("ppid:staff_dik_decide", args=[pk]), {"test_place": "Ruang Rapat",
                                                              "participants": "Drs. Ahmad Fauzi - PPID Utama"})
    assert services.dik.DikItem.objects.get(pk=pk).status == DikStatus.DRAFT  # a draft letter only
    client.post(reverse("ppid:staff_dik_sign_letter", args=[pk]))
    assert services.dik.DikItem.objects.get(pk=pk).status == DikStatus.IN_FORCE
    assert "Daftar penerima" in client.get(reverse("ppid:dik_list")).content.decode()
    register = client.get(reverse("ppid:staff_dik")).content.decode()
    assert "Daftar penerima" in register and "Berlaku" in register
