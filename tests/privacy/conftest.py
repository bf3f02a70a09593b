"""A citizen with a report, an information request (with KTP scan) and a reply, plus a bystander."""

import io
from dataclasses import dataclass

import pytest
from django.core import mail
from PIL import Image

from pintu.accounts.models import User
from pintu.agencies.models import Area
from pintu.categories.models import Category
from pintu.complaints.models import Report
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.complaints.services.reporter import reply
from pintu.files.validation import clean_upload
from pintu.ppid.models_requests import InformationRequest
from pintu.ppid.requests import intake
from pintu.ppid.requests.intake import RequestDraft
from tests.interop.phone_servers import cloud_api  # noqa: F401 (fixture: the local WhatsApp Cloud API)

PASSWORD = "kata-sandi-warga-2026"  # noqa: S105 (test account)
NIK = "1610065503900002"


@dataclass
class Citizen:
    user: User
    report: Report
    request: InformationRequest
    name: str = "Siti Aminah"
    email: str = "siti.aminah@example.com"
    phone_typed: str = "0812-3456-7890"
    phone_e164: str = "+6281234567890"
    nik: str = NIK
    address: str = "Jl. Lintas Timur No. 5, Indralaya"

    def strings(self) -> list[str]:
        """What must be gone after erasure, in the forms the database could hold it."""
        from pintu.privacy.crypto import blind_index

        return [self.name, self.email, self.phone_e164, "81234567890", self.nik, blind_index(self.nik), self.address,
                "warga.siti"]  # fmt: skip


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def make_report(user=None, *, name="Siti Aminah", email="siti.aminah@example.com", phone="0812-3456-7890",
                nik=NIK, title="Jalan berlubang di depan pasar", category="INFRASTRUKTUR") -> Report:  # fmt: skip
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    draft = ReportDraft(
        title=title,
        text=f"Jalan di depan pasar berlubang besar. Saya {name}, hubungi {phone} atau {email}.",
        kecamatan=kecamatan,
        desa=kecamatan.children.order_by("code").first(),
        category=Category.objects.get(code=category),
        name=name,
        email=email,
        phone=phone,
        nik=nik,
        consent=True,
        reporter_user=user,
    )
    return submit_report(draft).report


def make_request(user=None, *, name="Siti Aminah", email="siti.aminah@example.com") -> InformationRequest:
    draft = RequestDraft(
        information="Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
        purpose=f"Bahan pemantauan warga; penanggung jawab {name}.",
        obtain_method="hard",
        delivery_method="pick_up",
        name=name,
        address="Jl. Lintas Timur No. 5, Indralaya",
        occupation="Wiraswasta",
        phone="0812-3456-7890",
        email=email,
        id_number=NIK,
        consent=True,
        identity_file=clean_upload("ktp.png", png_bytes()),
        requester_user=user,
    )
    return intake._submit(draft).request


@pytest.fixture
def citizen(demo) -> Citizen:
    user = User.objects.create_user(
        "warga.siti", email="siti.aminah@example.com", password=PASSWORD, full_name="Siti Aminah",
        phone="+6281234567890",
    )  # fmt: skip
    report = make_report(user)
    reply(report, text="Tambahan: kirim kabar ke siti.aminah@example.com atau 0812 3456 7890 ya.", user=user)
    info = make_request(user)
    mail.outbox.clear()
    return Citizen(user, report, info)


@pytest.fixture
def bystander(demo) -> Report:
    """Someone else's report, which nothing about the citizen may touch or reveal."""
    return make_report(None, name="Budi Santoso", email="budi.santoso@example.com", phone="0813-1111-2222",
                       nik="1610061503900001", title="Lampu jalan mati")  # fmt: skip
