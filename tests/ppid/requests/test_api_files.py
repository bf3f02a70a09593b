"""A request's files on the staff API: the registers' exports (the same scope and filters as the web, audited),
the requester's identity files and the request's documents, only for the PPID handling the request."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.audit.models import AuditEntry
from pintu.files.validation import clean_upload
from pintu.history.models import Event
from pintu.ppid.requests import intake
from pintu.ppid.requests import services as requests
from pintu.ppid.requests.models import RequestDocument
from tests.factories.ppid import make_draft, make_objection, make_request, png_bytes
from tests.ppid.readers import V1, audits, sheet_values, web_as

pytestmark = pytest.mark.django_db


LAST_YEAR = timezone.localdate().year - 1


def test_register_exports_same_scope_and_filters_as_the_web(anon, demo, user_named, client_for):
    pupr_request = make_request(Agency.objects.get(code="PUPR"))
    dinkes_request = make_request(Agency.objects.get(code="DINKES"))
    make_objection(pupr_request, number=f"KEB/{LAST_YEAR}/900001", year=LAST_YEAR)
    make_objection(dinkes_request, number=f"KEB/{LAST_YEAR}/900002", year=LAST_YEAR)

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
