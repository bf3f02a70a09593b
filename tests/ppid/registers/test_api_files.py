"""The registers' files on the API (/api/v1/ppid/dip/files|export, /staff/ppid/dip/import/): the same file as
the web download for the same user and filters, a draft's document hidden, the import all or nothing with
its row errors in the API's error body."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from pintu.agencies.models import Agency
from pintu.files.validation import clean_upload
from pintu.ppid.registers import services as register
from pintu.ppid.registers.models import DipItem, DipStatus
from pintu.ppid.sheets import XLSX_TYPE
from tests.factories.ppid import dip_fields, png_bytes
from tests.ppid.readers import V1, sheet_values, web_as

pytestmark = pytest.mark.django_db


def _item(user_named, code: str, title: str, *, publish: bool) -> DipItem:
    keeper = "ppid.pupr" if code == "PUPR" else "ppid.utama"
    item = register.draft_dip_item(user_named(keeper), Agency.objects.get(code=code), **dip_fields(title=title))
    return register.publish_dip_item(user_named("ppid.utama"), item) if publish else item


def test_dip_export_is_the_web_file_with_the_same_filters(anon, demo, user_named):
    _item(user_named, "PUPR", "Profil Dinas PUPR", publish=True)
    _item(user_named, "DINKES", "Profil Dinas Kesehatan", publish=True)
    _item(user_named, "PUPR", "Rancangan belum diumumkan", publish=False)
    web = web_as(user_named)

    every = anon.get(V1 + "ppid/dip/export/csv/")
    assert every.status_code == 200 and every["Content-Type"].startswith("text/csv")
    assert every.content == web.get(reverse("ppid:dip_export_csv")).content
    text = every.content.decode("utf-8-sig")
    assert "Profil Dinas PUPR" in text and "Profil Dinas Kesehatan" in text and "Rancangan" not in text

    pupr = anon.get(V1 + "ppid/dip/export/csv/", {"agency": "PUPR"}, HTTP_ACCEPT="text/csv")
    web_pupr = web.get(reverse("ppid:dip_export_csv"), {"instansi": "PUPR"})
    assert pupr.status_code == 200 and pupr.content == web_pupr.content
    assert pupr["Content-Disposition"] == web_pupr["Content-Disposition"]
    assert "Profil Dinas Kesehatan" not in pupr.content.decode("utf-8-sig")

    xlsx = anon.get(V1 + "ppid/dip/export/xlsx/", {"category": "berkala", "q": "Profil"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"] == XLSX_TYPE
    web_xlsx = web.get(reverse("ppid:dip_export_xlsx"), {"kategori": "berkala", "q": "Profil"})
    assert sheet_values(xlsx.content) == sheet_values(web_xlsx.content)

    bad = anon.get(V1 + "ppid/dip/export/csv/", {"category": "rahasia"})
    assert bad.status_code == 400 and set(bad.json()["errors"]) == {"category"}


def test_dip_file_of_a_draft_is_not_public(anon, demo, user_named, client_for):
    item = _item(user_named, "PUPR", "Peta jalan kabupaten", publish=False)
    row = register.add_dip_files(user_named("ppid.pupr"), item, [clean_upload("peta.png", png_bytes())])[0]
    url = V1 + f"ppid/dip/files/{row.pk}/"
    assert anon.get(url).status_code == 404
    assert client_for("warga").get(url).status_code == 404
    assert client_for("ppid.dinkes").get(url).status_code == 404
    keeper = client_for("ppid.pupr").get(url)
    assert keeper.status_code == 200 and keeper["Content-Type"] == "image/png"
    web = web_as(user_named, "ppid.pupr").get(reverse("ppid:dip_file", args=[row.pk]))
    assert b"".join(keeper.streaming_content) == b"".join(web.streaming_content)

    register.publish_dip_item(user_named("ppid.utama"), item)
    public = anon.get(url)
    assert public.status_code == 200 and public["X-Content-Type-Options"] == "nosniff"
    assert b"".join(public.streaming_content).startswith(b"\x89PNG")
    assert anon.get(V1 + "ppid/dip/files/999999/").status_code == 404


def csv_file(body: bytes) -> ContentFile:
    return ContentFile(body, name="dip.csv")


def test_dip_import_all_or_nothing_with_row_errors(demo, user_named, client_for):
    url = V1 + "staff/ppid/dip/import/"
    pupr = client_for("ppid.pupr")
    bad = pupr.post(
        url,
        {
            "agency": "PUPR",
            "file": csv_file(b"judul_informasi,jenis_informasi\nProfil,berkala\nKontrak,entah\n,setiap saat\n"),
        },
        format="multipart",
    )
    assert bad.status_code == 400, bad.content
    body = bad.json()
    assert body["detail"] == "Periksa kembali isian Anda."
    assert body["errors"]["file"][0].startswith('Baris 3: jenis informasi "entah" tidak dikenali')
    assert body["errors"]["file"][1] == "Baris 4: judul informasi kosong."
    assert not DipItem.objects.exists()

    good = pupr.post(url, {"file": csv_file(b"judul_informasi,jenis_informasi\nProfil,berkala\nKontrak,setiap saat\n")},
                     format="multipart")  # fmt: skip
    assert good.status_code == 201, good.content
    assert good.json()["count"] == 2 and [i["title"] for i in good.json()["items"]] == ["Profil", "Kontrak"]
    assert set(DipItem.objects.values_list("status", "agency__code")) == {(DipStatus.DRAFT, "PUPR")}

    other = pupr.post(url, {"agency": "DINKES", "file": csv_file(b"judul,jenis\nProfil,berkala\n")}, format="multipart")
    assert other.status_code == 400 and "agency" in other.json()["errors"]
    utama = client_for("ppid.utama").post(url, {"file": csv_file(b"judul,jenis\nProfil,berkala\n")}, format="multipart")
    assert utama.status_code == 400 and "agency" in utama.json()["errors"]  # keeps every agency: must choose
    assert pupr.post(url, {"agency": "PUPR"}, format="multipart").status_code == 400
    refused = client_for("atasan.ppid").post(url, {"agency": "PUPR", "file": csv_file(b"judul,jenis\nA,berkala\n")},
                                             format="multipart")  # fmt: skip
    assert refused.status_code == 403
    assert client_for("warga").post(url, {}, format="multipart").status_code == 403
    assert DipItem.objects.count() == 2
