"""Kota Prabumulih, loaded from its package alone, runs the main journeys with no code change: a complaint
(submit, verify, dispose, answer, close) and an information request (file, assign, decide with its notice)."""

import io

import pytest
from pypdf import PdfReader

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, Area, AreaLevel
from pintu.categories.models import Category
from pintu.complaints.services import admin, handling
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.complaints.workflow import Status
from pintu.letters.demo import ensure_demo_certificates
from pintu.letters.models import Signatory
from pintu.ppid.requests import services
from pintu.regions.loader import load_region
from tests.factories.letters import PASSPHRASE, decide_and_sign
from tests.factories.ppid import file_request
from tests.regions.conftest import SECOND_REGION

pytestmark = pytest.mark.django_db


@pytest.fixture
def prabumulih():
    """The package, and the officers a region's admin creates after loading it (accounts are not region data)."""
    load_region(SECOND_REGION)

    def officer(username: str, role: str, code: str) -> User:
        user = User.objects.create_user(username=username, password="x", full_name=username)
        RoleAssignment.objects.create(user=user, role=role, agency=Agency.objects.get(code=code))
        return user

    return {
        "admin": officer("admin.pbm", Role.ADMIN_INSTANSI, "DISKOMINFO"),
        "penghubung": officer("penghubung.pupr.pbm", Role.PEJABAT_PENGHUBUNG, "PUPR"),
        "ppid_utama": officer("ppid.utama.pbm", Role.PPID_UTAMA, "DISKOMINFO"),
        "ppid_pupr": officer("ppid.pupr.pbm", Role.PPID_PEMBANTU, "PUPR"),
    }


def test_a_complaint_in_prabumulih(prabumulih):
    kecamatan = Area.objects.get(level=AreaLevel.KECAMATAN, bps_code="1672031")  # Prabumulih Utara
    kelurahan = kecamatan.children.get(name="Wonosari")
    draft = ReportDraft(
        title="Jalan berlubang di depan pasar",
        text="Jalan di depan Pasar Prabumulih berlubang besar sejak sebulan, sudah ada pengendara jatuh.",
        kecamatan=kecamatan, desa=kelurahan, category=Category.objects.get(code="INFRASTRUKTUR"),
        name="Siti Aminah", email="siti.aminah@example.com", phone="0812-3456-7890",
    )  # fmt: skip
    report = submit_report(draft).report
    assert report.code.startswith("LPR-") and report.verify_due is not None
    report = admin.verify(report, user=prabumulih["admin"])
    report = admin.disposition(report, user=prabumulih["admin"], agency=Agency.objects.get(code="PUPR"))
    assert report.status == Status.DIDISPOSISIKAN and report.first_response_due
    report = handling.accept(report, user=prabumulih["penghubung"])
    report = handling.post_follow_up(report, user=prabumulih["penghubung"], text="Sudah ditambal pada 2 Desember.")
    report = handling.close(report, user=prabumulih["penghubung"], reason="Selesai ditambal")
    assert report.status == Status.SELESAI
    assert report.kecamatan.parent.name == "Kota Prabumulih"


def test_an_information_request_in_prabumulih(prabumulih, settings, tmp_path):
    """Filed, assigned, decided by the PPID Pembantu and signed by Prabumulih's own PPID Utama (its package's
    official, given an account and a demo-CA certificate as the region's admin would after loading)."""
    settings.PINTU_LETTERS_CERT_DIR, settings.PINTU_LETTERS_DEMO_CA_DIR = tmp_path / "certs", tmp_path / "ca"
    settings.PINTU_LETTERS_TRUST_ROOTS = [str(tmp_path / "ca" / "ca.pem")]
    settings.PINTU_LETTERS_SIGNER, settings.PINTU_LETTERS_P12_PASSPHRASE = "pkcs12", PASSPHRASE
    settings.PINTU_LETTERS_SIGNING_NOTE = ""
    official = Signatory.objects.get(role="ppid_utama", active=True)
    official.user, official.certificate = prabumulih["ppid_utama"], "ppid-utama-prabumulih"
    official.save()
    ensure_demo_certificates([official])
    request = file_request(
        information="Salinan kontrak paket pemeliharaan jalan Prabumulih Utara tahun 2026.",
        address="Jl. Jenderal Sudirman No. 5, Prabumulih",
    )
    assert request.number.startswith("PPID/")
    request = services.assign_request(prabumulih["ppid_utama"], request, Agency.objects.get(code="PUPR"))
    assert request.status == "diproses" and request.assigned_agency.code == "PUPR"
    request = decide_and_sign(request, "granted_whole", drafter=prabumulih["ppid_pupr"],
                              signer=prabumulih["ppid_utama"], provide_within="segera")  # fmt: skip
    assert request.decision == "granted_whole"
    notice = request.documents.get(is_notice=True)
    with notice.file.open("rb") as handle:
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(handle.read())).pages)
    assert "PEMERINTAH KOTA PRABUMULIH" in text and "Prabumulih" in text and official.nip in text.replace(" ", "")
    assert "Ogan Ilir" not in text and "OGAN ILIR" not in text


@pytest.mark.parametrize(
    ("path", "shows"),
    [
        ("/", ""),
        ("/instansi/", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("/instansi/", "Kepolisian Resor Prabumulih"),
        ("/instansi/", "Kepala Dinas Kesehatan: "),  # the head, by post and name
        ("/instansi/", "PPID Pembantu: Yuliana Sari"),  # PUPR's PPID Pembantu, from pejabat.csv
        ("/instansi/", "Pejabat penghubung: "),
        ("/wilayah/", "Rambang Kapak Tengah"),
        ("/statistik/", ""),
        ("/ppid/", ""),
        ("/lapor/", ""),
    ],
)
def test_the_public_pages_work_for_prabumulih(client, prabumulih, path, shows):
    response = client.get(path, follow=True)
    assert response.status_code == 200, path
    content = response.content.decode()
    assert shows in content and "Ogan Ilir" not in content
