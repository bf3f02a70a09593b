"""Files that lie about what they are, through the real forms (report wizard, reporter's reply, request
form): refused with a clear Indonesian message and nothing stored; what is accepted is re-encoded without
metadata and served only after a permission check, with headers that stop a browser from sniffing."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from pintu.complaints.models import Attachment, Report
from pintu.files import DEFAULT_POLICY
from pintu.ppid.requests.models import InformationRequest
from tests.hostile import payloads as p
from tests.hostile.test_text import request_form

pytestmark = pytest.mark.django_db

TYPE_MESSAGE = "bukan jenis yang diterima"
MESSAGES = {
    "truncated_jpeg": "rusak atau tidak dapat dibaca",
    "pdf_zip_polyglot": "rusak atau tidak dapat dibaca",
    "png_bomb": "Resolusi gambar",
}


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize("kind", sorted(p.BAD_FILES))
def test_report_wizard_refuses_lying_files(wizard, kind):
    name, build = p.BAD_FILES[kind]
    wizard.what()
    wizard.where()
    response = wizard.finish(files=[upload(name, build(), "image/jpeg")])
    assert response.status_code in (200, 400)
    assert MESSAGES.get(kind, TYPE_MESSAGE) in response.content.decode()
    assert not Report.objects.exists() and not Attachment.objects.exists()


@pytest.mark.parametrize("kind", ["exe_as_jpg", "html_as_pdf", "svg_as_png", "png_bomb"])
def test_request_form_refuses_lying_identity_files(client, demo, kind):
    name, build = p.BAD_FILES[kind]
    response = client.post(reverse("ppid:request_create"), request_form(identity_file=upload(name, build())))
    assert response.status_code == 400
    assert MESSAGES.get(kind, TYPE_MESSAGE) in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_decompression_bomb_is_refused_from_the_header_before_decoding():
    from pintu.files import UploadRejected, clean_upload

    bomb = p.png_bomb()
    assert len(bomb) < 200  # 900 megapixels declared in a few bytes
    with pytest.raises(UploadRejected) as caught:
        clean_upload("foto.png", bomb)
    assert caught.value.code == "too_many_pixels"
    assert "Resolusi gambar foto.png terlalu besar" in caught.value.message_id


def test_pdf_that_inflates_to_50_mb_is_accepted_unchanged_without_inflating_it():
    """A zip-bomb-ish PDF is harmless to store: the check never decodes content streams (it is served
    as a download, never rendered by the server)."""
    from pintu.files import clean_upload

    raw = p.pdf_bomb_ish()
    assert len(raw) < 200_000
    clean = clean_upload("surat.pdf", raw)
    assert clean.content == raw and clean.content_type == "application/pdf"


def test_photo_is_stored_without_gps_and_served_only_to_the_reporter(wizard, client):
    response = wizard.submit(files=[upload("rumah.jpg", p.jpeg_with_gps(), "image/jpeg")])
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    stored = attachment.file.open("rb").read()
    assert b"Kamera Rahasia" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        exif = image.getexif()
        assert not exif.get(0x8825) and not exif.get(0x0110) and not exif.get_ifd(0x8825)
    url = reverse("complaints:attachment", args=[attachment.pk])
    served = client.get(url)  # the reporter's session (it submitted the report)
    assert served.status_code == 200
    assert served["X-Content-Type-Options"] == "nosniff" and "sandbox" in served["Content-Security-Policy"]
    assert served["Content-Type"] == "image/jpeg"
    stranger = client.__class__()
    assert stranger.get(url).status_code == 404


def test_per_file_and_per_submission_limits(wizard):
    wizard.what()
    wizard.where()
    too_many = [upload(f"foto{i}.png", p.png(), "image/png") for i in range(DEFAULT_POLICY.max_files + 1)]
    response = wizard.finish(files=too_many)
    assert "Paling banyak" in response.content.decode()
    big = upload("besar.jpg", b"\xff\xd8\xff" + b"\x00" * (DEFAULT_POLICY.max_bytes + 1), "image/jpeg")
    response = wizard.finish(files=[big])
    assert "lebih dari 5 MB" in response.content.decode()
    assert not Report.objects.exists()


def test_per_case_limit_on_the_reporters_replies(wizard, client, settings):
    response = wizard.submit()
    report = Report.objects.get(code=response["Location"].rstrip("/").rsplit("/", 1)[-1])
    url = reverse("complaints:track_reply", args=[report.code])
    for round_ in range(DEFAULT_POLICY.max_case_files // DEFAULT_POLICY.max_files):
        files = [upload(f"foto{round_}-{i}.png", p.png(color=(round_, i, 9)), "image/png") for i in range(5)]
        assert client.post(url, {"text": f"Tambahan {round_}", "files": files}).status_code == 302
    assert report.attachments.count() == DEFAULT_POLICY.max_case_files
    response = client.post(url, {"text": "Satu lagi", "files": [upload("lagi.png", p.png(), "image/png")]})
    assert response.status_code == 200
    assert "paling banyak 30 berkas untuk satu laporan" in response.content.decode()
    assert report.attachments.count() == DEFAULT_POLICY.max_case_files
    assert client.post(url, {"text": "Tanpa lampiran masih bisa"}).status_code == 302
