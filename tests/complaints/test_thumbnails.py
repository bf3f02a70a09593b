"""Photo thumbnails on the tracking page (issue #16 item 8): a small copy behind the file's own access rule."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from pintu.files import clean_upload
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db


def _jpeg(size=(1600, 1200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_the_reporter_sees_thumbnails_and_a_stranger_gets_nothing(client, demo):
    submitted = factories.submit(files=[clean_upload("jalan.jpg", _jpeg())])
    item = submitted.report.attachments.get()
    thumb_url = reverse("complaints:attachment_thumbnail", args=[item.pk])

    assert client.get(thumb_url).status_code == 404  # not the reporter (yet): as the file itself

    client.post(reverse("web:track"), {"code": submitted.report.code, "secret": submitted.secret})
    page = client.get(reverse("complaints:track_detail", args=[submitted.report.code])).content.decode()
    assert f'src="{thumb_url}"' in page and 'alt="Foto jalan.jpg' in page

    response = client.get(thumb_url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store"
    small = Image.open(io.BytesIO(response.content))
    assert max(small.size) == 320 and len(response.content) < item.size
