"""A reporter without an account erases their data from one report, from its tracking page."""

from django.core import mail
from django.urls import reverse

from pintu.audit.models import AuditEntry
from pintu.complaints.models import ReporterContact
from tests.factories import complaints as factories
from tests.privacy.conftest import make_report


def _guest_report():
    return factories.submit(
        title="Sampah menumpuk", text="Sampah menumpuk di pasar. Hubungi Rina Wati 0813-2222-3333.", desa=None,
        name="Rina Wati", email="rina.wati@example.com", phone="0813-2222-3333",
    )  # fmt: skip


def test_guest_erases_contact_after_proving_the_secret(client, demo):
    submitted = _guest_report()
    report = submitted.report
    url = reverse("mydata:report_erase", args=[report.code])
    assert client.get(url)["Location"].startswith(reverse("complaints:track"))  # not proved yet
    client.post(reverse("complaints:track"), {"code": report.code, "secret": submitted.secret})
    detail = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert url in detail
    assert client.post(url, {}).status_code == 400  # the checkbox is required
    assert ReporterContact.objects.get(report=report).name == "Rina Wati"
    mail.outbox.clear()
    response = client.post(url, {"confirm": "on"})
    track_url = reverse("complaints:track_detail", args=[report.code])
    assert response.status_code == 302 and response["Location"] == track_url
    contact = ReporterContact.objects.get(report=report)
    assert (contact.name, contact.email, contact.phone) == ("[dihapus]", "", "")
    report.refresh_from_db()
    assert report.text == "Sampah menumpuk di pasar. Hubungi [dihapus] [dihapus]."
    assert [m.to for m in mail.outbox] == [["rina.wati@example.com"]]
    entry = AuditEntry.objects.get(action="mydata.erase_case")
    assert entry.target_id == str(report.pk) and entry.actor_id is None
    assert client.get(track_url).status_code == 200  # still trackable


def test_someone_elses_report_cannot_be_erased(client, demo):
    report = make_report()
    response = client.post(reverse("mydata:report_erase", args=[report.code]), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("complaints:track"))
    assert ReporterContact.objects.get(report=report).name == "Siti Aminah"
