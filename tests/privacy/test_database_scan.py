"""docs/privacy.md promises that a database dump proves no secret: no tracking secret, and no contact e-mail or
phone in plaintext, in any table. This test submits through every way a report comes in, plays the worker as
production runs it (the real queue, django-q's own worker and monitor), forwards one report to an outside
instansi, files an information request through the PPID form, and then scans every column of every table of the
test database (tests/privacy/dbscan.py opens base64, signing, zlib and pickles) twice: while the work is
queued, and after the worker has done it."""

import io
import re
from email.message import EmailMessage

import django_q.monitor
import django_q.worker
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_q.conf import Conf
from django_q.models import OrmQ
from django_q.tasks import _sync as run_like_the_worker
from PIL import Image
from rest_framework.test import APIClient

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import PendingReport, Report
from pintu.complaints.services import accept, admin
from pintu.interop import lapor, signing
from pintu.interop.models import ForwardingEndpoint, Gateway
from pintu.interop.outbound.adapters.lapor_fake import FakeLaporTransport
from pintu.interop.outbound.adapters.lapor_interface import LaporReport
from pintu.interop.outbound.deliveries import deliver_due
from pintu.interop.outbound.sms import FakeSmsSender
from pintu.notifications.models import OutgoingMail
from pintu.open311.models import issue_client
from pintu.ppid.requests.models import InformationRequest
from pintu.privacy.contact import normalize_phone
from tests.privacy import dbscan

pytestmark = pytest.mark.django_db

SECRET_RE = re.compile(r"\b([0-9A-Z]{4}-[0-9A-Z]{4})\b")
#: channel -> (e-mail, phone as typed); every channel its own, so a hit names where it came from.
CONTACTS = {
    "web": ("warga.web@contoh-pindai.id", "0812-7100-0001"),
    "api_async": ("warga.api@contoh-pindai.id", "0812 7100 0002"),
    "api_files": ("warga.lampiran@contoh-pindai.id", "+62 812 7100 0003"),
    "open311": ("warga.open311@contoh-pindai.id", "081271000004"),
    "email": ("warga.surel@contoh-pindai.id", ""),
    "sms": ("", "0812-7100-0006"),
    "whatsapp": ("", "+6281271000007"),
    "lapor": ("warga.lapor@contoh-pindai.id", "0812.7100.0008"),
    "ppid": ("pemohon.ppid@contoh-pindai.id", "0812-7100-0009"),
}
GATEWAY_SECRET = "gateway-rahasia-uji"  # noqa: S105 (test value)


@pytest.fixture
def queued(settings, monkeypatch, tmp_path):
    """Production's queue: enqueue() writes a row; the test plays the worker (run_queue)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setattr(accept, "_last_wake", 0.0)
    monkeypatch.setattr(accept, "_trailing", None)
    monkeypatch.setattr(accept, "_arm_trailing", lambda delay: None)
    for module in (django_q.worker, django_q.monitor):  # the worker's fresh connection would end the test's transaction
        monkeypatch.setattr(module, "close_old_django_connections", lambda: None)
    FakeSmsSender.outbox.clear()
    FakeLaporTransport.reset()
    yield
    FakeLaporTransport.reset()


def run_queue() -> int:
    """Run every queued task through django-q's own worker and monitor (they store what qcluster stores),
    then take it off the queue, until nothing is left."""
    done = 0
    for _round in range(10):
        rows = list(OrmQ.objects.order_by("pk"))
        if not rows:
            return done
        for row in rows:
            run_like_the_worker(row.payload)
            row.delete()
            done += 1
    raise AssertionError("the queue never emptied")


def png(name="foto.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def needles(secrets: dict[str, str]) -> dict[str, str]:
    found = {}
    for channel, (email, phone) in CONTACTS.items():
        if email:
            found[f"e-mail of {channel}"] = email
        if phone:
            e164 = normalize_phone(phone)
            found[f"phone of {channel} as typed"] = phone
            found[f"phone of {channel} normalised"] = e164
            found[f"phone of {channel} national digits"] = e164[3:]
    for channel, secret in secrets.items():
        found[f"secret of {channel}"] = secret
        found[f"secret of {channel} without dash"] = secret.replace("-", "")
    return found


def secret_in(text: str) -> str:
    match = SECRET_RE.search(text)
    assert match, text
    return match.group(1)


# --- the channels ------------------------------------------------------------------------------------


def via_web_wizard(kecamatan, desa) -> str:
    email, phone = CONTACTS["web"]
    client = Client()
    category = Category.objects.get(code="INFRASTRUKTUR")
    what = {"kind": "pengaduan", "category": category.pk, "title": "Gorong-gorong tersumbat di pasar",
            "text": "Gorong-gorong di depan pasar tersumbat sampah dan air meluap ke jalan setiap hujan."}  # fmt: skip
    assert client.post(reverse("complaints:intake_what"), what).status_code == 302
    where = {"kecamatan": kecamatan.pk, "desa": desa.pk, "latitude": "", "longitude": "", "incident_date": ""}
    assert client.post(reverse("complaints:intake_where"), where).status_code == 302
    client.get(reverse("complaints:intake_similar"))
    finish = {"idempotency_key": client.session["lapor_draft"]["key"], "privacy": "biasa", "name": "Rina Wulandari",
              "email": email, "phone": phone, "nik": "", "consent": "on"}  # fmt: skip
    response = client.post(reverse("complaints:intake_finish"), finish)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(response["Location"]).content.decode()  # the confirmation, reloadable
    return secret_in(page.split('id="secret-code"', 1)[1])


def via_api(kecamatan, desa, channel: str, files: bool) -> str:
    email, phone = CONTACTS[channel]
    data = {"title": "Lampu jalan padam di simpang", "text": "Lampu jalan di simpang tiga padam sejak sepekan.",
            "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Dedi Kurniawan", "email": email, "phone": phone,
            "consent": True}  # fmt: skip
    if files:
        response = APIClient().post("/api/v1/reports/submit/", {**data, "files": [png()]}, format="multipart")
        assert response.status_code == 201, response.content
    else:
        response = APIClient().post("/api/v1/reports/submit/", data, format="json")
        assert response.status_code == 202, response.content  # accepted; the worker builds it
    return response.json()["secret"]


def via_open311(desa) -> None:
    email, phone = CONTACTS["open311"]
    params = {"api_key": issue_client("Aplikasi Warga")[1], "service_code": "INFRASTRUKTUR", "address_id": desa.code,
              "description": "Trotoar di depan sekolah amblas dan membahayakan anak-anak.", "first_name": "Yusuf",
              "email": email, "phone": phone}  # fmt: skip
    response = Client().post("/open311/v2/requests.json", params)
    assert response.status_code == 201, response.content


def via_email(tmp_path) -> None:
    email, _phone = CONTACTS["email"]

    def message(subject: str, body: str, message_id: str) -> str:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = f"Hendra Saputra <{email}>", "lapor@ogan-ilir.example", subject
        msg["Message-ID"] = message_id
        msg.set_content(body)
        path = tmp_path / f"{message_id.strip('<>')}.eml"
        path.write_bytes(msg.as_bytes())
        return str(path)

    out = io.StringIO()
    first = message("Pohon tumbang di Indralaya", "Pohon besar tumbang menutup jalan desa sejak kemarin sore.",
                    "<surel-1@mail.contoh-pindai.id>")  # fmt: skip
    call_command("ingest_email", first, stdout=out)
    code = re.search(r"LPR-\d{4}-[0-9A-Z]{5}", out.getvalue()).group(0)
    reply = message(f"Re: [Pintu] Laporan {code}", "Tambahan: jalannya masih tertutup sampai pagi ini.",
                    "<surel-2@mail.contoh-pindai.id>")  # fmt: skip
    out = io.StringIO()
    call_command("ingest_email", reply, stdout=out)
    assert out.getvalue().startswith("reply"), out.getvalue()  # threaded by the sender: the contact is readable


def via_gateway(channel: str, capture) -> None:
    _email, phone = CONTACTS[channel]
    gateway = Gateway.objects.get_or_create(slug="sms-oi", defaults={"name": "Gateway", "secret": GATEWAY_SECRET})[0]
    body = (
        f'{{"id": "gw-{channel}", "from": "{phone}", "channel": "{channel}", '
        '"text": "Air PDAM di Indralaya mati tiga hari, mohon segera diperbaiki."}'
    ).encode()
    headers = {
        f"HTTP_{k.upper().replace('-', '_')}": v for k, v in signing.signed_headers(GATEWAY_SECRET, body).items()
    }
    with capture(execute=True):  # the SMS answer goes out after commit
        response = Client().post(
            reverse("interop:gateway", args=[gateway.slug]), body, content_type="application/json", **headers
        )
    assert response.status_code == 200, response.content


def via_lapor() -> None:
    email, phone = CONTACTS["lapor"]
    FakeLaporTransport.dispositioned.append(
        LaporReport(
            lapor_id="LAPOR-7001",
            title="Jembatan desa retak",
            kecamatan="Indralaya",
            name="Fitri",
            text="Jembatan penghubung desa retak di tengah dan bergoyang saat dilewati motor.",
            email=email,
            phone=phone,
        )  # fmt: skip
    )
    assert lapor.import_dispositioned() == 1


def forward_outside(report: Report) -> None:
    """An outside instansi gets the reporter's contact with a forwarded report (a Delivery)."""
    outside = Agency.objects.get(code="PLN_UP3_OI")
    ForwardingEndpoint.objects.create(agency=outside, slug="pln", adapter="email", email="pengaduan@pln.example")
    admin.forward_out(report, user=admin_user(), agency=outside, channel="e-mail",
                      follow_up_date=timezone.localdate() + timezone.timedelta(days=14),
                      reason="Gangguan listrik adalah kewenangan PLN.")  # fmt: skip


def admin_user():
    from pintu.accounts.models import User

    return User.objects.get(username="admin.kominfo")


def via_ppid_form() -> tuple[str, InformationRequest]:
    email, phone = CONTACTS["ppid"]
    client = Client()
    data = {"requester_kind": "perorangan", "name": "Agus Salim", "address": "Indralaya", "occupation": "Guru",
            "phone": phone, "email": email, "information": "Daftar paket pekerjaan jalan tahun 2026 beserta nilainya.",
            "purpose": "Penelitian skripsi", "obtain_method": "soft", "delivery_method": "email", "consent": "on",
            "idempotency_key": "ppid-scan-1", "identity_file": png("ktp.png")}  # fmt: skip
    response = client.post(reverse("ppid:request_create"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(reverse("ppid:request_done")).content.decode()
    info = InformationRequest.objects.get()
    return secret_in(page.split(info.number, 1)[1]), info


# --- the test ---------------------------------------------------------------------------------------


def test_no_tracking_secret_and_no_contact_in_plaintext_anywhere_in_the_database(
    demo, queued, tmp_path, django_capture_on_commit_callbacks
):
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya
    desa = kecamatan.children.exclude(code="").order_by("code").first()
    secrets = {
        "web": via_web_wizard(kecamatan, desa),
        "api_async": via_api(kecamatan, desa, "api_async", files=False),
        "api_files": via_api(kecamatan, desa, "api_files", files=True),
    }
    via_open311(desa)
    via_email(tmp_path)
    via_gateway("sms", django_capture_on_commit_callbacks)
    via_gateway("whatsapp", django_capture_on_commit_callbacks)
    via_lapor()
    forward_outside(Report.objects.get(contact__isnull=False, channel="web"))
    secrets["ppid"], _info = via_ppid_form()
    assert OrmQ.objects.exists()  # the queued state: mails, the drain of the API submission
    assert OutgoingMail.objects.exists() and PendingReport.objects.exists()
    queued_state = dbscan.blobs()

    assert run_queue() > 0
    assert deliver_due(timezone.now() + timezone.timedelta(minutes=1)) == 1  # the forwarding to PLN
    for sent in FakeSmsSender.outbox:
        secrets.setdefault(sent.channel, secret_in(sent.text)) if "rahasia" in sent.text else None
    for channel, (email, _phone) in CONTACTS.items():
        if email and channel not in secrets:
            bodies = [m.body for m in mail.outbox if m.to == [email] and "rahasia" in m.body.lower()]
            assert bodies, f"no acknowledgement with a secret reached {channel}"
            secrets[channel] = secret_in(bodies[0].split("rahasia", 1)[1])
    assert set(secrets) == set(CONTACTS), secrets
    assert not OrmQ.objects.exists() and not OutgoingMail.objects.exists()  # sent mails leave no row

    found = dbscan.hits(queued_state + dbscan.blobs(), needles(secrets))
    assert found == [], "\n".join(found)


def test_the_scan_opens_signed_compressed_pickled_and_base64_layers(db):
    """The scanner itself: a secret hidden the ways Django and django-q store things is found."""
    import base64
    import pickle

    from django.contrib.sessions.backends.db import SessionStore
    from django.core.cache import cache
    from django.core.signing import dumps

    session = SessionStore()
    session["receipt"] = {"secret": "QWER-TYUP", "pad": "x" * 400}  # long enough to be compressed
    session.save()
    cache.set("hidden", {"phone": "+6281299990000"})
    from pintu.jobs.models import OnceMarker

    OnceMarker.objects.create(key=base64.b64encode(pickle.dumps({"s": "ZXCV-BNMA"})).decode())
    OnceMarker.objects.create(key=dumps({"e": "budi@contoh-pindai.id", "pad": "y" * 300}, compress=True)[:200])
    needles = {"a": "QWER-TYUP", "b": "81299990000", "c": "ZXCV-BNMA", "d": "budi@contoh-pindai.id"}
    found = dbscan.hits(dbscan.blobs(), needles)
    assert sorted(hit.split(" holds ")[1][0] for hit in found) == ["a", "b", "c", "d"], found
