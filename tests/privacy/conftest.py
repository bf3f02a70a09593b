"""A citizen with a report, an information request (with KTP scan) and a reply, plus a bystander."""

from dataclasses import dataclass

import pytest
from django.core import mail

from pintu.accounts.models import User
from pintu.complaints.models import Report
from pintu.complaints.services.reporter import reply
from pintu.ppid.requests.models import InformationRequest
from tests.factories import complaints as factories
from tests.factories.ppid import file_request

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


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def make_report(user=None, *, name="Siti Aminah", email="siti.aminah@example.com", phone="0812-3456-7890",
                nik=NIK, title="Jalan berlubang di depan pasar", category="INFRASTRUKTUR") -> Report:  # fmt: skip
    """A report whose text names its reporter too (erasure must find the name in the text)."""
    text = f"Jalan di depan pasar berlubang besar. Saya {name}, hubungi {phone} atau {email}."
    return factories.submit(title=title, text=text, category=category, name=name, email=email, phone=phone, nik=nik,
                            reporter_user=user).report  # fmt: skip


def make_request(user=None, *, name="Siti Aminah", email="siti.aminah@example.com") -> InformationRequest:
    """The citizen's request, with their NIK and their name in the purpose (what erasure must reach)."""
    return file_request(
        information="Salinan kontrak paket pemeliharaan jalan Indralaya tahun 2026.",
        purpose=f"Bahan pemantauan warga; penanggung jawab {name}.",
        name=name, email=email, id_number=NIK, requester_user=user,
    )  # fmt: skip


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
