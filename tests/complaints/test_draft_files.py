"""The wizard keeps what was typed (issue #16 item 7): draft storage for uploads and its sweep, every file
error at once, "Ubah" keeping the last step's answers, required marks and the NIK hint; the PPID request
form keeps its files too."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from pintu.complaints.models import Attachment, Report
from pintu.files.validation import clean_uploads_each
from pintu.jobs.sweeps import registered_sweeps, run_sweeps
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.web import drafts
from pintu.web.models import DraftUpload
from tests.complaints.test_views_public import SVG, code_of, finish_data, png, upload, walk_to_finish

pytestmark = pytest.mark.django_db
FINISH = "complaints:intake_finish"
NIK = "1610014101900001"


def _request(session=None, post=None):
    request = RequestFactory().post("/", post or {}) if post is not None else RequestFactory().get("/")
    request.session = {} if session is None else session
    return request


# --- the validation of each file ---------------------------------------------------------------


def test_every_refused_file_is_reported_and_the_good_ones_pass():
    files = [("a.png", png()), ("b.svg", SVG), ("c.png", b""), ("d.png", png())]
    passed, refused = clean_uploads_each(files)
    assert [f.original_name for f in passed] == ["a.png", "d.png"]
    assert [(exc.index, exc.code) for exc in refused] == [(1, "type_not_allowed"), (2, "empty")]


def test_the_number_limit_counts_the_files_already_kept():
    passed, refused = clean_uploads_each([("a.png", png()), ("b.png", png())], kept_count=4)
    assert len(passed) == 1 and [exc.code for exc in refused] == ["too_many"]


# --- the draft store and its sweep -------------------------------------------------------------


def test_kept_files_belong_to_their_session_and_slot():
    mine, theirs = {}, {}
    assert drafts.take_uploads(_request(mine, {}), "lapor.files", [upload("a.png")], language="id") == []
    assert [row.original_name for row in drafts.kept(_request(mine), "lapor.files")] == ["a.png"]
    assert drafts.kept(_request(mine), "ppid.identity_file") == []
    assert drafts.kept(_request(theirs), "lapor.files") == []  # another browser sees nothing
    clean = drafts.clean_files(_request(mine), "lapor.files")
    assert clean[0].content_type == "image/png" and clean[0].content[:4] == b"\x89PNG"
    assert not bytes(DraftUpload.objects.get().content).startswith(b"\x89PNG")  # encrypted at rest


def test_take_uploads_reports_every_problem_once_and_removes_ticked_files():
    session = {}
    drafts.take_uploads(_request(session, {}), "lapor.files", [upload("a.png"), upload("b.png")], language="id")
    a, b = drafts.kept(_request(session), "lapor.files")
    messages = drafts.take_uploads(
        _request(session, {drafts.REMOVE_FIELD: [str(a.pk)]}), "lapor.files",
        [upload("x.svg", SVG, "image/svg+xml"), upload("y.png", b"", "image/png"), upload("c.png")], language="id",
    )  # fmt: skip
    assert len(messages) == 2 and "x.svg" in messages[0] and "y.png" in messages[1]
    assert [row.original_name for row in drafts.kept(_request(session), "lapor.files")] == ["b.png", "c.png"]


def test_a_single_file_slot_replaces_its_file():
    session = {}
    drafts.take_uploads(_request(session, {}), "ppid.identity_file", [upload("ktp1.png")], language="id", replace=True)
    drafts.take_uploads(_request(session, {}), "ppid.identity_file", [upload("ktp2.png")], language="id", replace=True)
    assert [row.original_name for row in drafts.kept(_request(session), "ppid.identity_file")] == ["ktp2.png"]


def test_the_sweep_removes_old_drafts_only(settings):
    settings.PINTU_DRAFT_UPLOAD_HOURS = 24
    session = {}
    drafts.take_uploads(_request(session, {}), "lapor.files", [upload("lama.png"), upload("baru.png")], language="id")
    old = DraftUpload.objects.get(original_name="lama.png")
    DraftUpload.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(hours=25))
    assert "web.draft_uploads" in {sweep.name for sweep in registered_sweeps()}
    assert run_sweeps(names=["web.draft_uploads"]) == {"web.draft_uploads": 1}
    assert [row.original_name for row in DraftUpload.objects.all()] == ["baru.png"]
    assert run_sweeps(names=["web.draft_uploads"]) == {"web.draft_uploads": 0}  # a repeated run finds nothing


# --- the complaint wizard ----------------------------------------------------------------------


def test_an_error_keeps_the_good_files_and_shows_every_file_error(client, area):
    walk_to_finish(client, area)
    data = finish_data(client, phone="12345")
    data["files"] = [upload("foto.png"), upload("gambar.svg", SVG, "image/svg+xml"), upload("kosong.png", b"")]
    response = client.post(reverse(FINISH), data)
    body = response.content.decode()
    assert response.status_code == 200 and Report.objects.count() == 0
    assert "Nomor telepon tidak sah." in body  # the other fields' errors with the files'
    assert "gambar.svg bukan jenis yang diterima" in body and "kosong.png kosong" in body
    assert "Lampiran yang sudah tersimpan" in body and "foto.png" in body
    # fixing the phone, choosing nothing again: the kept photo is sent with the report
    response = client.post(reverse(FINISH), finish_data(client))
    report = Report.objects.get(code=code_of(response))
    assert [a.original_name for a in Attachment.objects.filter(report=report)] == ["foto.png"]
    assert not DraftUpload.objects.exists()  # the draft is gone with the submission


def test_a_kept_file_can_be_removed_before_sending(client, area):
    walk_to_finish(client, area)
    client.post(reverse(FINISH), {**finish_data(client, name="", privacy="biasa"), "files": [upload("salah.png")]})
    kept = DraftUpload.objects.get()
    response = client.post(reverse(FINISH), finish_data(client, **{drafts.REMOVE_FIELD: str(kept.pk)}))
    assert response.status_code == 302 and not Attachment.objects.exists()


@pytest.mark.parametrize("step", ["what", "where"])
def test_ubah_keeps_the_answers_and_files_of_the_last_step(client, area, step):
    walk_to_finish(client, area)
    typed = finish_data(client, name="Siti Aminah", email="siti@example.com", phone="0812 3456 7890", nik=NIK)
    response = client.post(reverse(FINISH), {**typed, "ubah": step, "files": [upload("foto.png")]})
    target = reverse("complaints:intake_what" if step == "what" else "complaints:intake_where")
    assert response.status_code == 302 and response["Location"] == f"{target}?kembali=1"
    assert Report.objects.count() == 0
    assert NIK not in str(dict(client.session))  # sealed in the session row
    page = client.get(target + "?kembali=1")
    assert page.status_code == 200
    form = client.get(reverse(FINISH)).context["form"]
    for name, value in typed.items():  # whatever the last step asks (privacy, contact, NIK, consent)
        if name in form.fields and name not in ("idempotency_key", "rendered_at"):
            assert form[name].value() == value, name
    body = client.get(reverse(FINISH)).content.decode()
    assert 'value="Siti Aminah"' in body and NIK in body and "foto.png" in body


def test_ubah_is_not_counted_as_a_submission(client, area, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "report_submit": {"client": "50/h", "ip": "50/h",
                                                                      "identity": "1/h"}}  # fmt: skip
    walk_to_finish(client, area)
    for _ in range(3):
        assert client.post(reverse(FINISH), {**finish_data(client), "ubah": "what"}).status_code == 302
    assert client.post(reverse(FINISH), finish_data(client)).status_code == 302
    assert Report.objects.count() == 1


def test_required_fields_are_marked_and_inputs_have_hints(client, area):
    what = client.get(reverse("complaints:intake_what")).content.decode()
    assert what.count("(wajib)") == 3  # kind, title, text
    walk_to_finish(client, area)
    finish = client.get(reverse(FINISH)).content.decode()
    assert 'type="tel"' in finish and 'autocomplete="tel"' in finish and 'autocomplete="email"' in finish
    assert "16 angka" in finish  # the NIK hint says the rule validate_nik applies


# --- the PPID request form ---------------------------------------------------------------------


def test_ppid_request_form_keeps_the_identity_file_across_an_error(client, demo):
    from tests.ppid.requests.test_views import form_data

    response = client.post(reverse("ppid:request_create"), form_data(information="", purpose=""))
    body = response.content.decode()
    assert response.status_code == 400 and "ktp.png" in body and "Lampiran yang sudah tersimpan" in body
    assert 'type="tel"' in body and "(wajib)" in body
    fixed = form_data()
    del fixed["identity_file"]  # not chosen again
    response = client.post(reverse("ppid:request_create"), fixed)
    assert response.status_code == 302
    assert RequesterIdentity.objects.get(request=InformationRequest.objects.get()).identity_file_name == "ktp.png"
    assert not DraftUpload.objects.exists()


def test_ppid_request_form_shows_file_and_field_errors_together(client, demo):
    from tests.ppid.requests.test_views import form_data

    bad = SimpleUploadedFile("ktp.svg", SVG, "image/svg+xml")
    response = client.post(reverse("ppid:request_create"), form_data(purpose="", identity_file=bad))
    body = response.content.decode()
    assert response.status_code == 400
    assert "ktp.svg bukan jenis yang diterima" in body and "Tuliskan tujuan penggunaan informasi." in body
