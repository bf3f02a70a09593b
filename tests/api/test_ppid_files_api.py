"""PPID file endpoints (/api/v1/ppid/dip/files|export, /ppid/annual/, /staff/ppid/.../export|import|identity):
the same file as the web download for the same user and filters, the web's refused roles refused, exports
and private files audited, the DIP import all or nothing with its row errors in the API's error body.
"""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from pintu.agencies.models import Agency
from pintu.audit.models import AuditEntry
from pintu.files.validation import clean_upload
from pintu.history.models import Event
from pintu.ppid.annual import services as annual
from pintu.ppid.objections.models import Objection
from pintu.ppid.registers import services as register
from pintu.ppid.registers.models import DipItem, DipStatus
from pintu.ppid.requests import intake
from pintu.ppid.requests import services as requests
from pintu.ppid.requests.models import RequestDocument
from pintu.ppid.sheets import XLSX_TYPE
from tests.ppid.conftest import dip_fields
from tests.ppid.objections.factories import make_request
from tests.ppid.requests.conftest import make_draft, png_bytes

pytestmark = pytest.mark.django_db
V1 = "/api/v1/"
LAST_YEAR = timezone.localdate().year - 1


def web_as(user_named, username: str | None = None) -> Client:
    client = Client()
    if username:
        client.force_login(user_named(username))
    return client


def sheet_values(content: bytes) -> dict:
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def audits(action: str) -> int:
    return AuditEntry.objects.filter(action=action).count()


def _item(user_named, code: str, title: str, *, publish: bool) -> DipItem:
    keeper = "ppid.pupr" if code == "PUPR" else "ppid.utama"
    item = register.draft_dip_item(user_named(keeper), Agency.objects.get(code=code), **dip_fields(title=title))
    return register.publish_dip_item(user_named("ppid.utama"), item) if publish else item


# --- public ---------------------------------------------------------------------------------------


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


def test_published_annual_report_downloads(anon, demo, user_named):
    report = annual.publish_report(user_named("ppid.utama"), LAST_YEAR, None)
    web = web_as(user_named)
    pdf = anon.get(V1 + f"ppid/annual/{report.pk}/pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    web_pdf = web.get(reverse("ppid:annual_pdf", args=[report.pk]))
    assert pdf_text(pdf.content) == pdf_text(web_pdf.content)
    assert pdf["Content-Disposition"] == web_pdf["Content-Disposition"]
    xlsx = anon.get(V1 + f"ppid/annual/{report.pk}/xlsx/")
    assert sheet_values(xlsx.content) == sheet_values(web.get(reverse("ppid:annual_xlsx", args=[report.pk])).content)

    draft = annual.save_sections(user_named("ppid.utama"), LAST_YEAR - 1, None, {"policy": "Belum diumumkan."})
    assert anon.get(V1 + f"ppid/annual/{draft.pk}/pdf/").status_code == 404


# --- staff: registers and the annual report -------------------------------------------------------


def _objection(info, number: str) -> Objection:
    filed = timezone.now() - datetime.timedelta(days=3)
    return Objection.objects.create(
        number=number, year=LAST_YEAR, sequence=int(number[-3:]), request=info, agency=info.assigned_agency,
        requester_name="Pemohon", grounds="c", description="Tidak ditanggapi.", ground_arose_on=filed.date(),
        filed_at=filed, channel="online", answer_due=filed.date() + datetime.timedelta(days=30),
    )  # fmt: skip


def test_register_exports_same_scope_and_filters_as_the_web(anon, demo, user_named, client_for):
    pupr_request = make_request(Agency.objects.get(code="PUPR"))
    dinkes_request = make_request(Agency.objects.get(code="DINKES"))
    _objection(pupr_request, f"KEB/{LAST_YEAR}/900001")
    _objection(dinkes_request, f"KEB/{LAST_YEAR}/900002")

    utama = client_for("ppid.utama").get(V1 + "staff/ppid/requests/export/csv/").content.decode("utf-8-sig")
    assert pupr_request.number in utama and dinkes_request.number in utama
    before = audits("export.requests")
    pembantu = client_for("ppid.pupr").get(V1 + "staff/ppid/requests/export/csv/", {"status": "diproses"})
    assert pembantu.status_code == 200 and audits("export.requests") == before + 1
    web = web_as(user_named, "ppid.pupr").get(reverse("ppid:staff_requests_csv"), {"status": "diproses"})
    assert pembantu.content == web.content and pembantu["Content-Disposition"] == web["Content-Disposition"]
    assert pupr_request.number in pembantu.content.decode("utf-8-sig")
    assert dinkes_request.number not in pembantu.content.decode("utf-8-sig")
    xlsx = client_for("ppid.pupr").get(V1 + "staff/ppid/requests/export/xlsx/", {"q": pupr_request.number})
    web_xlsx = web_as(user_named, "ppid.pupr").get(reverse("ppid:staff_requests_xlsx"), {"q": pupr_request.number})
    assert sheet_values(xlsx.content) == sheet_values(web_xlsx.content)

    before = audits("export.objections")
    objections = client_for("ppid.pupr").get(V1 + "staff/ppid/objections/export/csv/", {"grounds": "c"})
    assert audits("export.objections") == before + 1
    web = web_as(user_named, "ppid.pupr").get(reverse("ppid:staff_objections_csv"), {"alasan": "c"})
    assert objections.status_code == 200 and objections.content == web.content
    text = objections.content.decode("utf-8-sig")
    assert "900001" in text and "900002" not in text
    everything = client_for("atasan.ppid").get(V1 + "staff/ppid/objections/export/xlsx/", {"year": LAST_YEAR})
    cells = {cell for rows in sheet_values(everything.content).values() for row in rows for cell in row}
    assert everything.status_code == 200 and {f"KEB/{LAST_YEAR}/900001", f"KEB/{LAST_YEAR}/900002"} <= cells

    bad = client_for("ppid.pupr").get(V1 + "staff/ppid/requests/export/csv/", {"status": "bukan-status"})
    assert bad.status_code == 400 and "status" in bad.json()["errors"]
    before = audits("export.requests")
    assert anon.get(V1 + "staff/ppid/requests/export/csv/").status_code == 401
    assert client_for("warga").get(V1 + "staff/ppid/requests/export/csv/").status_code == 403
    assert client_for("penghubung.pupr").get(V1 + "staff/ppid/objections/export/csv/").status_code == 403
    assert audits("export.requests") == before


def test_staff_annual_download(anon, demo, user_named, client_for):
    annual.save_sections(user_named("ppid.pupr"), LAST_YEAR, Agency.objects.get(code="PUPR"),
                         {"obstacles": "Jaringan internet kecamatan."})  # fmt: skip
    query = {"tahun": LAST_YEAR, "instansi": "PUPR"}
    pdf = client_for("ppid.pupr").get(V1 + "staff/ppid/annual/pdf/", query)
    assert pdf.status_code == 200 and "Jaringan internet kecamatan" in " ".join(pdf_text(pdf.content).split())
    web = web_as(user_named, "ppid.pupr")
    assert pdf_text(pdf.content) == pdf_text(web.get(reverse("ppid:staff_annual_pdf"), query).content)
    xlsx = client_for("atasan.ppid").get(V1 + "staff/ppid/annual/xlsx/", query)
    web_xlsx = web_as(user_named, "atasan.ppid").get(reverse("ppid:staff_annual_xlsx"), query)
    assert xlsx["Content-Disposition"] == web_xlsx["Content-Disposition"]
    assert sheet_values(xlsx.content) == sheet_values(web_xlsx.content)
    assert client_for("ppid.pupr").get(V1 + "staff/ppid/annual/pdf/", {"instansi": "TIDAKADA"}).status_code == 404
    assert client_for("warga").get(V1 + "staff/ppid/annual/pdf/").status_code == 403
    assert anon.get(V1 + "staff/ppid/annual/xlsx/").status_code == 401


# --- staff: a request's private files ---------------------------------------------------------------


def _request_with_identity(user_named):
    info = intake._submit(make_draft(clean_upload("ktp.png", png_bytes((10, 120, 40))))).request
    return requests.assign_request(user_named("ppid.utama"), info, Agency.objects.get(code="PUPR"))


def test_identity_file_only_for_the_handling_ppid_and_audited(anon, demo, user_named, client_for):
    info = _request_with_identity(user_named)
    url = V1 + f"staff/ppid/requests/{info.pk}/identity/identity/"
    events = Event.objects.filter(kind="identity_document_opened")
    assert anon.get(url).status_code == 401
    assert client_for("warga").get(url).status_code == 403
    assert client_for("ppid.dinkes").get(url).status_code == 404
    assert events.count() == 0 and audits("identity_file.open") == 0

    opened = client_for("ppid.pupr").get(url)
    assert opened.status_code == 200 and opened["Content-Type"] == "image/png"
    assert opened["Cache-Control"] == "private, no-store" and "attachment" in opened["Content-Disposition"]
    web = web_as(user_named, "ppid.pupr").get(reverse("ppid:staff_request_identity_file", args=[info.pk, "identity"]))
    assert opened.content == web.content
    assert events.count() == 2 and audits("identity_file.open") == 2
    assert AuditEntry.objects.filter(action="identity_file.open").first().actor_username == "ppid.pupr"
    assert client_for("ppid.pupr").get(V1 + f"staff/ppid/requests/{info.pk}/identity/proxy/").status_code == 404
    assert client_for("ppid.pupr").get(V1 + f"staff/ppid/requests/{info.pk}/identity/foto/").status_code == 404
    assert events.count() == 2


def test_request_document_for_the_handling_ppid(anon, demo, user_named, client_for):
    info = _request_with_identity(user_named)
    document = RequestDocument.objects.create(
        request=info, file=ContentFile(b"%PDF-1.4 salinan kontrak", name="kontrak.pdf"), original_name="kontrak.pdf",
        content_type="application/pdf", size=24, sha256="0" * 64,
    )  # fmt: skip
    url = V1 + f"staff/ppid/requests/{info.pk}/documents/{document.pk}/"
    assert client_for("ppid.dinkes").get(url).status_code == 404
    assert anon.get(url).status_code == 401
    before = audits("document.open")
    got = client_for("ppid.pupr").get(url)
    assert got.status_code == 200 and b"".join(got.streaming_content) == b"%PDF-1.4 salinan kontrak"
    assert audits("document.open") == before + 1
    other = make_request(Agency.objects.get(code="PUPR"))
    assert client_for("ppid.pupr").get(V1 + f"staff/ppid/requests/{other.pk}/documents/{document.pk}/").status_code \
        == 404  # fmt: skip
    assert audits("document.open") == before + 1


# --- staff: the DIP import ---------------------------------------------------------------------------


def csv_file(body: bytes) -> ContentFile:
    return ContentFile(body, name="dip.csv")


def test_dip_import_all_or_nothing_with_row_errors(demo, user_named, client_for):
    url = V1 + "staff/ppid/dip/import/"
    pupr = client_for("ppid.pupr")
    bad = pupr.post(url, {"agency": "PUPR", "file": csv_file(
        b"judul_informasi,jenis_informasi\nProfil,berkala\nKontrak,entah\n,setiap saat\n")}, format="multipart")
    assert bad.status_code == 400, bad.content
    body = bad.json()
    assert body["detail"] == "Periksa kembali isian Anda."
    assert body["errors"]["file"][0].startswith("Baris 3: jenis informasi \"entah\" tidak dikenali")
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
