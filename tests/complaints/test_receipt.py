"""The reporter's PDF receipt on the confirmation page (issue #16 item 3): the code, the secret marked as
private (only while this session holds it), what was sent, the deadlines in working days with dates, how
to track, and a QR code to the tracking page."""

import re

import pytest
from django.urls import reverse

from pintu.complaints.models import Report
from tests.complaints.test_views_public import finish, walk_to_finish
from tests.letters.pdfinspect import reader, structure_tags, text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_the_confirmation_page_links_a_pdf_receipt_with_code_secret_deadlines_and_qr(client, area):
    walk_to_finish(client, area)
    done_url = finish(client)["Location"]
    report = Report.objects.get()
    done = client.get(done_url).content.decode()
    secret = re.search(r'id="secret-code"[^>]*>([^<]+)<', done).group(1).strip()
    receipt_url = reverse("complaints:intake_receipt", args=[report.code])
    assert f'href="{receipt_url}"' in done

    response = client.get(receipt_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    pdf = response.content
    words = text(pdf)
    assert "Tanda terima laporan" in words
    assert report.code in words and secret in words
    assert "RAHASIA" in words  # the secret is marked as private
    assert report.title in words
    assert report.verify_due is not None
    assert "3 hari kerja" in words and str(report.verify_due.year) in words
    assert f"/lapor/lacak/?kode={report.code}" in words
    # the QR code is a tagged figure; the PDF carries its title
    assert "/Figure" in structure_tags(pdf)
    assert report.code in reader(pdf).metadata.title


def test_another_session_gets_no_receipt(client, report):
    response = client.get(reverse("complaints:intake_receipt", args=[report.code]))
    assert response.status_code == 302 and reverse("complaints:track") in response["Location"]


def test_a_tracked_report_gets_a_receipt_without_the_secret(client, report):
    session = client.session
    session["tracked_reports"] = [report.code]
    session.save()
    words = text(client.get(reverse("complaints:intake_receipt", args=[report.code])).content)
    assert report.code in words and "RAHASIA, jangan" not in words
    assert "Kode rahasia hanya tercantum" in words


def test_the_receipt_is_emailed_to_the_reports_own_address_with_the_secret_while_the_session_holds_it(client, area):
    from django.core import mail

    walk_to_finish(client, area)
    done_url = finish(client)["Location"]
    report = Report.objects.get()
    done = client.get(done_url).content.decode()
    secret = re.search(r'id="secret-code"[^>]*>([^<]+)<', done).group(1).strip()
    send_url = reverse("complaints:intake_receipt_send", args=[report.code])
    assert f'action="{send_url}"' in done
    mail.outbox.clear()
    response = client.post(send_url)
    assert response.status_code == 302 and response["Location"] == done_url
    (message,) = mail.outbox
    assert message.to == [report.contact.email] and report.code in message.subject
    ((name, pdf, mime),) = message.attachments
    assert mime == "application/pdf" and name.endswith(".pdf")
    words = text(pdf)
    assert report.code in words and secret in words and "RAHASIA" in words
    assert secret not in message.body  # only inside the receipt, as on the download


def test_another_session_cannot_send_the_receipt(client, report):
    from django.core import mail

    mail.outbox.clear()
    response = client.post(reverse("complaints:intake_receipt_send", args=[report.code]))
    assert response.status_code == 302 and reverse("complaints:track") in response["Location"]
    assert mail.outbox == []
