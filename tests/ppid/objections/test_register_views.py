"""The objection register export (statutory columns) and the pages: staff gate, actions, public form."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from pintu.ppid.objections import register, services
from pintu.ppid.objections.models import Objection
from tests.factories.letters import answer_objection
from tests.factories.ppid import SECRET
from tests.letters.pdfinspect import text

STATUTORY = [
    "No", "Nomor registrasi keberatan", "Tanggal diterima", "Nama pemohon / kuasa", "Nomor pendaftaran permohonan",
    "Informasi yang diminta", "Tujuan penggunaan informasi", "Alasan keberatan", "Tanggapan Atasan PPID",
    "Tanggal tanggapan", "Nama dan jabatan Atasan PPID", "Tanggapan pemohon",
]  # fmt: skip


@pytest.fixture
def answered(decided_request, user_named):
    request = decided_request()
    o = services.file_objection(services.prove_requester(request, secret=SECRET), request, grounds=["f"],
                                description="Biaya tidak wajar.", is_proxy=True, proxy_name="Andi Kuasa")  # fmt: skip
    o = answer_objection(user_named("atasan.ppid"), o, decision="partial", text="Biaya dikurangi.")
    return services.record_response(services.prove_requester(request, secret=SECRET), o, "accepts")


def test_register_columns_in_csv_and_xlsx(answered, client, user_named):
    assert register.HEADERS == STATUTORY
    client.force_login(user_named("ppid.utama"))
    response = client.get(reverse("ppid:staff_objections_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == STATUTORY
    row = dict(zip(STATUTORY, rows[1], strict=True))
    assert row["Nomor registrasi keberatan"] == answered.number
    assert row["Nama pemohon / kuasa"] == "Andi Kuasa (kuasa dari Siti Pemohon)"
    assert row["Nomor pendaftaran permohonan"] == answered.request.number
    assert row["Informasi yang diminta"].startswith("Daftar paket pekerjaan jalan")
    assert row["Tujuan penggunaan informasi"] == "Pemantauan anggaran oleh kelompok warga"
    assert row["Alasan keberatan"] == "f. pengenaan biaya yang tidak wajar"
    assert row["Tanggapan Atasan PPID"] == "Keberatan diterima sebagian: Biaya dikurangi."
    assert row["Nama dan jabatan Atasan PPID"] == "Sekretaris Daerah, Sekda"
    assert row["Tanggapan pemohon"] == "Menerima tanggapan Atasan PPID"
    response = client.get(reverse("ppid:staff_objections_xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[1]] == STATUTORY
    assert sheet["B2"].value == answered.number


def test_register_filters_and_gate(answered, client, user_named):
    url = reverse("ppid:staff_objections")
    assert client.get(url).status_code == 302  # sign in first
    client.force_login(user_named("warga"))
    assert client.get(url).status_code == 403
    client.force_login(user_named("ppid.dinkes"))
    assert answered.number not in client.get(url).content.decode()
    client.force_login(user_named("atasan.ppid"))
    assert answered.number in client.get(url).content.decode()
    assert answered.number in client.get(url, {"alasan": "f"}).content.decode()
    assert answered.number not in client.get(url, {"alasan": "a"}).content.decode()
    assert answered.number not in client.get(url, {"status": "registered"}).content.decode()
    detail = reverse("ppid:staff_objection_detail", args=[answered.pk])
    client.force_login(user_named("ppid.dinkes"))
    assert client.get(detail).status_code == 404


def test_staff_actions_through_the_pages(decided_request, client, user_named):
    request = decided_request()
    o = services.file_objection(services.prove_requester(request, secret=SECRET), request, grounds=["f"],
                                description="Biaya tidak wajar.")  # fmt: skip
    detail = reverse("ppid:staff_objection_detail", args=[o.pk])
    client.force_login(user_named("ppid.utama"))
    page = client.get(detail).content.decode()
    assert "Simpan tanggapan" not in page and "hari kerja ke-" in page
    decision = {"decision": "accepted", "decision_text": "x", "atasan_name": "a", "atasan_post": "b"}
    response = client.post(reverse("ppid:staff_objection_decide", args=[o.pk]), decision)
    assert response.status_code == 403
    client.force_login(user_named("atasan.ppid"))
    assert "Simpan tanggapan" in client.get(detail).content.decode()
    response = client.post(reverse("ppid:staff_objection_decide", args=[o.pk]), {"decision": "refused"})
    assert response.status_code == 400
    response = client.post(reverse("ppid:staff_objection_decide", args=[o.pk]), {
        "decision": "refused", "decision_text": "Biaya sesuai Perbup.", "atasan_name": "Sekretaris Daerah",
        "atasan_post": "Sekda Kabupaten Ogan Ilir"})  # fmt: skip
    assert response.status_code == 302
    o.refresh_from_db()
    assert o.status == "registered" and o.pending_letter is not None and not o.decision  # a draft, not an answer
    page = client.get(detail).content.decode()
    assert "Setujui dan tandatangani" in page and "Batalkan draf surat" in page and "Pratinjau draf surat" in page
    draft = client.get(reverse("ppid:staff_objection_letter_draft", args=[o.pk]))
    assert draft.status_code == 200 and draft["Content-Type"] == "application/pdf"
    client.force_login(user_named("ppid.utama"))
    assert client.post(reverse("ppid:staff_objection_sign_letter", args=[o.pk])).status_code == 403
    client.force_login(user_named("atasan.ppid"))
    assert client.post(reverse("ppid:staff_objection_sign_letter", args=[o.pk])).status_code == 302
    o.refresh_from_db()
    assert o.status == "answered" and o.answer_letter.number and o.pending_letter is None
    client.force_login(user_named("ppid.utama"))
    today = timezone.localdate().isoformat()
    response = client.post(reverse("ppid:staff_objection_dispute", args=[o.pk]),
                           {"filed_on": today, "register_number": "012/REG-PSI/2026"})  # fmt: skip
    assert response.status_code == 302
    response = client.post(reverse("ppid:staff_objection_dispute_step", args=[o.pk]),
                           {"action": "mediation", "on": today})  # fmt: skip
    assert response.status_code == 302
    response = client.post(reverse("ppid:staff_objection_dispute_step", args=[o.pk]),
                           {"action": "agreement", "on": today, "note": "Biaya diturunkan."})  # fmt: skip
    assert response.status_code == 302
    o.refresh_from_db()
    assert (o.status, o.dispute.status, o.dispute.outcome) == ("disputed", "closed", "mediation_agreement")
    assert "012/REG-PSI/2026" in client.get(reverse("ppid:staff_disputes")).content.decode()


def test_public_form_asks_the_secret_and_files(decided_request, client):
    request = decided_request()
    url = reverse("ppid:objection_file", args=[request.slug])
    page = client.get(url).content.decode()
    assert "Kode rahasia permohonan" in page and "pengenaan biaya yang tidak wajar" in page
    data = {"grounds": ["f"], "description": "Biaya salinan elektronik seharusnya gratis."}
    response = client.post(url, {**data, "secret": "XXXX-YYYY"})
    assert response.status_code == 400 and not Objection.objects.exists()
    response = client.post(url, {**data, "secret": SECRET.lower()})
    objection = Objection.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("ppid:objection_track", args=[objection.pk])
    page = client.get(response["Location"]).content.decode()
    assert objection.number in page and "Keberatan dicatat" in page


def test_track_page_needs_the_proof(decided_request, client, user_named):
    request = decided_request()
    o = services.file_objection(services.prove_requester(request, secret=SECRET), request, grounds=["f"],
                                description="x")  # fmt: skip
    url = reverse("ppid:objection_track", args=[o.pk])
    assert client.get(url).status_code == 404
    client.force_login(user_named("ppid.utama"))  # staff use the staff page
    assert client.get(url).status_code == 404
    session = client.session
    session["tracked_info_requests"] = [request.number]
    session.save()
    assert client.get(url).status_code == 200


def test_requester_goes_to_ki_on_the_track_page(decided_request, client, user_named):
    warga = user_named("warga")
    request = decided_request(user=warga)
    o = services.file_objection(services.prove_requester(request, user=warga), request, grounds=["f"],
                                description="x")  # fmt: skip
    answer_objection(user_named("atasan.ppid"), o, decision="refused", text="Ditolak.")
    client.force_login(warga)
    url = reverse("ppid:objection_track", args=[o.pk])
    assert "Simpan sikap saya" in client.get(url).content.decode()
    response = client.post(reverse("ppid:objection_respond", args=[o.pk]), {"response": "goes_to_ki"})
    assert response.status_code == 302
    o.refresh_from_db()
    assert (o.status, o.response) == ("disputed", "goes_to_ki")


def test_paper_registration_page(decided_request, client, user_named):
    request = decided_request()
    client.force_login(user_named("ppid.utama"))
    url = reverse("ppid:staff_objection_create")
    response = client.post(url, {"request_number": request.number.replace("/", "-").lower(), "grounds": ["e"],
                                 "description": "Informasi tidak diberikan.",
                                 "filed_on": timezone.localdate().isoformat()})  # fmt: skip
    assert response.status_code == 302
    assert Objection.objects.get().request == request
    response = client.post(url, {"request_number": "PPID/2026/999999", "grounds": ["e"], "description": "x",
                                 "filed_on": timezone.localdate().isoformat()})  # fmt: skip
    assert response.status_code == 400
    client.force_login(user_named("ppid.pupr"))
    assert client.get(url).status_code == 302


def test_the_track_page_offers_a_pdf_receipt(decided_request, client):
    request = decided_request()
    o = services.file_objection(services.prove_requester(request, secret=SECRET), request, grounds=["f"],
                                description="Biaya salinan elektronik seharusnya gratis.")  # fmt: skip
    receipt = reverse("ppid:objection_receipt", args=[o.pk])
    assert client.get(receipt).status_code == 404  # no proof, no receipt
    session = client.session
    session["tracked_info_requests"] = [request.number]
    session.save()
    assert f'href="{receipt}"' in client.get(reverse("ppid:objection_track", args=[o.pk])).content.decode()
    words = text(client.get(receipt).content)
    assert "Tanda terima keberatan" in words and o.number in words and request.number in words
    assert "30 hari kerja: paling lambat" in words and "Biaya salinan elektronik seharusnya gratis." in words
