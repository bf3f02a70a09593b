"""The citizen's workspace: own reports, requests and objections listed with status, number and link;
claiming a guest case (secret AND a verified matching address); the readable export summary; the
notification settings showing only what applies to a citizen."""

import io
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pintu.accounts.models import User
from pintu.agencies.models import Area
from pintu.categories.models import Category
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.history.models import Event
from pintu.mydata.claims import LINKED
from pintu.mydata.services import export_account
from pintu.notifications.models import Topic
from pintu.ppid.objections import services as objection_services
from pintu.ppid.requests.services import hash_secret
from tests.factories.ppid import SECRET
from tests.factories.ppid import make_request as make_decided_request
from tests.privacy.conftest import make_request

pytestmark = pytest.mark.django_db


def verified(user, *, email=True, phone=False):
    if email:
        user.email_verified_at = timezone.now()
    if phone:
        user.phone_verified_at = timezone.now()
    user.save()
    return user


def test_the_workspace_lists_reports_requests_and_objections_with_status_and_links(client, citizen):
    decided = make_decided_request(None, decided=timezone.now(), decision="refused", user=citizen.user)
    proof = objection_services.RequesterProof(decided.pk, citizen.user)
    objection = objection_services.file_objection(proof, decided, grounds="a",
                                                  description="Penolakan tanpa uji konsekuensi.")  # fmt: skip
    client.force_login(citizen.user)
    page = client.get(reverse("web:staff_home")).content.decode()
    assert citizen.report.code in page and citizen.report.status_label in page
    assert reverse("complaints:track_detail", args=[citizen.report.code]) in page
    assert citizen.request.number in page and citizen.request.status_label in page
    assert reverse("ppid:request_track_detail", args=[citizen.request.slug]) in page
    assert objection.number in page and objection.status_label in page
    assert reverse("ppid:objection_track", args=[objection.pk]) in page
    for link in (reverse("ppid:request_track_detail", args=[citizen.request.slug]),
                 reverse("ppid:objection_track", args=[objection.pk])):  # fmt: skip
        assert client.get(link).status_code == 200  # the links open for the owner


def test_someone_elses_cases_are_not_listed(client, citizen, bystander):
    other = make_request(None, name="Budi Santoso", email="budi.santoso@example.com")
    client.force_login(citizen.user)
    page = client.get(reverse("web:staff_home")).content.decode()
    assert bystander.code not in page and other.number not in page


def claim(client, reference, secret):
    return client.post(reverse("web:claim_case"), {"reference": reference, "secret": secret})


@pytest.fixture
def guest(demo):
    """A report and a request sent as a guest with the address siti.aminah@example.com, and their secrets."""
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    submitted = submit_report(ReportDraft(
        title="Lampu jalan mati", text="Lampu jalan di depan sekolah mati sejak seminggu.", kecamatan=kecamatan,
        category=Category.objects.get(code="INFRASTRUKTUR"), name="Siti Aminah", email="Siti.Aminah@example.com",
        phone="0812-3456-7890", consent=True,
    ))  # fmt: skip
    info = make_request(None)
    info.secret_hash = hash_secret(SECRET)
    info.save(update_fields=["secret_hash"])
    return submitted.report, submitted.secret, info


def test_a_guest_case_is_claimed_with_its_secret_and_a_verified_matching_address(client, guest):
    report, secret, info = guest
    user = verified(User.objects.create_user("warga-baru", email="siti.aminah@example.com"))
    client.force_login(user)
    response = claim(client, report.code.lower().replace("-", " "), secret)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.reporter_user == user
    assert Event.objects.filter(case_type="report", case_id=report.pk, kind=LINKED, actor=user).exists()
    assert claim(client, info.number, SECRET).status_code == 302
    info.refresh_from_db()
    assert info.requester_user == user
    page = client.get(reverse("web:staff_home")).content.decode()
    assert report.code in page and info.number in page
    assert claim(client, report.code, secret).status_code == 302  # again: "already in your account"


def test_a_phone_verified_account_claims_by_phone(client, guest):
    report, secret, _info = guest
    user = User.objects.create_user("warga-hp", phone="+6281234567890")
    verified(user, email=False, phone=True)
    client.force_login(user)
    assert claim(client, report.code, secret).status_code == 302
    report.refresh_from_db()
    assert report.reporter_user == user


def test_no_claim_without_verification_with_a_wrong_secret_or_another_address(client, guest):
    report, secret, info = guest
    unverified = User.objects.create_user("warga-belum", email="siti.aminah@example.com")
    client.force_login(unverified)
    page = client.get(reverse("web:staff_home")).content.decode()
    assert 'action="/akun/tautkan/"' not in page  # the form is offered only with a verified address
    response = claim(client, report.code, secret)
    assert response.status_code == 400 and "bukan alamat e-mail atau nomor HP" in response.content.decode()

    other = verified(User.objects.create_user("warga-lain", email="orang.lain@example.com"))
    client.force_login(other)
    assert claim(client, report.code, secret).status_code == 400
    assert claim(client, info.number, SECRET).status_code == 400

    owner = verified(User.objects.create_user("warga-siti", email="siti.aminah@example.com"))
    client.force_login(owner)
    wrong = claim(client, report.code, "SALAHSAL")
    assert wrong.status_code == 400 and "kode rahasia salah" in wrong.content.decode()
    assert claim(client, "LPR-2026-ZZZZZ", secret).status_code == 400
    report.refresh_from_db()
    info.refresh_from_db()
    assert report.reporter_user is None and info.requester_user is None
    assert not Event.objects.filter(kind=LINKED).exists()


def test_a_case_of_another_account_cannot_be_claimed(client, citizen):
    citizen.report.secret_hash = hash_secret("RAHASIA2")
    citizen.report.save(update_fields=["secret_hash"])
    intruder = verified(User.objects.create_user("warga-x", email="siti.aminah@example.com"))
    client.force_login(intruder)
    response = claim(client, citizen.report.code, "RAHASIA2")
    assert response.status_code == 400 and "akun lain" in response.content.decode()
    citizen.report.refresh_from_db()
    assert citizen.report.reporter_user == citizen.user


def test_claim_failures_are_rate_limited_per_code(client, guest, settings):
    report, secret, _info = guest
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"ip": "100/h", "identity": "2/h"}}
    user = verified(User.objects.create_user("warga-baru", email="siti.aminah@example.com"))
    client.force_login(user)
    for n in range(2):
        assert client.post(reverse("web:claim_case"), {"reference": report.code, "secret": "SALAHSAL"},
                           REMOTE_ADDR=f"10.1.0.{n}").status_code == 400  # fmt: skip
    assert claim(client, report.code, secret).status_code == 429


def test_someone_elses_wrong_claims_never_lock_the_owner_out(client, guest, settings):
    """Issue #15 item 6 for claims: wrong secrets count per code AND client (the account), so a stranger
    who fails on the code waits with a 429 saying how long, while the owner's claim with the secret passes."""
    report, secret, _info = guest
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"client": "100/h", "ip": "100/h", "identity": "2/h"}}
    stranger = Client()
    stranger.force_login(verified(User.objects.create_user("orang-lain", email="orang.lain@example.com")))
    for _ in range(2):
        assert claim(stranger, report.code, "SALAHSAL").status_code == 400
    locked = claim(stranger, report.code, "SALAHSAL")
    assert locked.status_code == 429 and int(locked["Retry-After"]) >= 1
    assert "Coba lagi dalam" in locked.content.decode()
    client.force_login(verified(User.objects.create_user("warga-baru", email="siti.aminah@example.com")))
    assert claim(client, report.code, secret).status_code == 302
    report.refresh_from_db()
    assert report.reporter_user.username == "warga-baru"


# --- export summary, notification settings ----------------------------------------------------------------


def test_the_export_has_a_readable_summary_beside_the_json(citizen):
    archive = zipfile.ZipFile(io.BytesIO(export_account(citizen.user)))
    assert {"data.json", "ringkasan.html"} <= set(archive.namelist())
    html = archive.read("ringkasan.html").decode()
    assert citizen.report.code in html and citizen.report.title in html and citizen.report.status_label in html
    assert citizen.request.number in html and citizen.nik in html and citizen.email in html
    assert "<script" not in html and "http" not in html.split("</head>")[0]  # self-contained


def test_the_data_page_mentions_the_summary(client, citizen):
    client.force_login(citizen.user)
    assert "ringkasan.html" in client.get(reverse("mydata:home")).content.decode()


def test_the_summary_is_also_a_page_of_ones_own_data_audited(client, citizen, user_named):
    from pintu.audit.models import AuditEntry

    client.force_login(citizen.user)
    home = client.get(reverse("mydata:home")).content.decode()
    assert f'href="{reverse("mydata:summary")}"' in home
    response = client.get(reverse("mydata:summary"))
    html = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert citizen.report.code in html and citizen.request.number in html and "<script" not in html
    assert "'unsafe-inline'" in response["Content-Security-Policy"].split("style-src")[1].split(";")[0]
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert AuditEntry.objects.filter(action="mydata.export", details__format="summary").count() == 1
    client.force_login(user_named("warga"))  # someone else sees only their own
    assert citizen.report.code not in client.get(reverse("mydata:summary")).content.decode()


def test_a_citizen_is_offered_only_the_topics_that_apply(client, citizen, user_named):
    client.force_login(citizen.user)
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert 'name="own_cases"' in page
    for staff_topic in (Topic.ESCALATIONS, Topic.ASSIGNMENTS, Topic.CASE_ACTIVITY, Topic.SYSTEM):
        assert f'name="{staff_topic.value}"' not in page
    response = client.post(reverse("notifications:preferences"), {"own_cases": ""})  # unticked
    assert response.status_code == 302
    stored = dict(citizen.user.notification_prefs.values_list("topic", "email"))
    assert stored == {"own_cases": False, "assignments": False, "case_activity": False, "system": False}
    client.force_login(user_named("penghubung.pupr"))
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert 'name="escalations"' in page and 'name="assignments"' in page
