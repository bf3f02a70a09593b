"""Demo information requests at each step, decided through signed letters (issue #17 item 3).

`load_request_demo()` runs after the demo accounts and the letters' demo (kop, numbering, signatories,
demo-CA certificates: pintu.letters.demo). Idempotent: each request is found again by its idempotency
key and only the steps it has not taken yet are taken. Every decision goes the real way: the PPID
Pembantu decides (a draft letter), the PPID Utama approves and signs (pintu.ppid.requests.decisions).

    demo-ppid-granted      granted in whole (PUPR): signed notice, softcopy by e-mail
    demo-ppid-paid         granted in whole for a fee (PUPR): hardcopy by post, cost and payment method
    demo-ppid-refused      refused (Dinkes): cites a DIK entry in force with its consequence test
    demo-ppid-undocumented not yet documented (PUPR): says when it will be
    demo-ppid-waiting      decided by the PPID Pembantu of Dinkes: the draft waits for the PPID Utama
    demo-ppid-new          just received, with the PPID Utama
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.ppid.registers.models import DikItem, DikStatus
from pintu.ppid.registers.services import determination, dik
from pintu.ppid.requests import decisions, intake, services
from pintu.ppid.requests.models import InformationRequest, RequestChannel

DIK_DOCUMENT = "Data rekam medis pasien penerima layanan kesehatan gratis 2025"


@dataclass(frozen=True)
class DemoRequest:
    key: str
    agency: str  # "" = not yet assigned
    decision: str = ""  # "" = not decided
    sign: bool = True  # False: the draft waits for the PPID Utama
    draft: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)


REQUESTER = {"name": "Siti Aminah", "address": "Jalan Lintas Timur Nomor 12, Desa Tanjung Baru, Indralaya",
             "occupation": "Wiraswasta", "email": "siti.aminah@example.org", "phone": "081234567890"}  # fmt: skip
REQUESTS = [
    DemoRequest("demo-ppid-granted", "PUPR", "granted_whole", draft={
        "information": "Dokumen kontrak dan laporan kemajuan rehabilitasi Jalan Lintas Timur ruas Indralaya - "
                       "Tanjung Raja tahun anggaran 2025",
        "purpose": "Pemantauan pembangunan oleh forum warga", "obtain_method": "soft", "delivery_method": "email"},
        values={"held_form": "soft", "material": "Salinan kontrak dan laporan kemajuan Januari-Desember 2025",
                "provide_within": "Bersamaan dengan pemberitahuan ini, lewat e-mail"}),
    DemoRequest("demo-ppid-paid", "PUPR", "granted_whole", draft={
        "information": "Gambar kerja (as built drawing) jembatan Sungai Kelekar tahun 2024",
        "purpose": "Bahan penelitian tugas akhir", "obtain_method": "hard", "delivery_method": "post"},
        values={"held_form": "hard", "fee": "25000", "fee_note": "penggandaan 40 lembar A3 dan ongkos kirim pos",
                "payment_method": "Transfer ke rekening Kas Daerah Kabupaten Ogan Ilir atau tunai di loket PPID",
                "provide_within": "3 (tiga) hari kerja setelah biaya dibayar"}),
    DemoRequest("demo-ppid-refused", "DINKES", "refused", draft={
        "information": "Nama dan diagnosis pasien penerima layanan kesehatan gratis di Puskesmas Indralaya 2025",
        "purpose": "Liputan media", "obtain_method": "soft", "delivery_method": "email"}),
    DemoRequest("demo-ppid-undocumented", "PUPR", "not_documented", draft={
        "information": "Rekapitulasi kerusakan jalan kabupaten akibat banjir November 2026",
        "purpose": "Advokasi perbaikan jalan desa", "obtain_method": "soft", "delivery_method": "email"},
        values={"documented_within_days": 30}),
    DemoRequest("demo-ppid-waiting", "DINKES", "granted_whole", sign=False, draft={
        "information": "Jadwal dan lokasi posyandu di Kecamatan Indralaya Utara tahun 2027",
        "purpose": "Informasi untuk kader kesehatan desa", "obtain_method": "soft", "delivery_method": "email"},
        values={"held_form": "soft", "provide_within": "Bersamaan dengan pemberitahuan ini"}),
    DemoRequest("demo-ppid-new", "", draft={
        "information": "Daftar penerima beasiswa daerah tahun 2026 per kecamatan",
        "purpose": "Pemantauan program", "obtain_method": "soft", "delivery_method": "email"}),
]  # fmt: skip
PEMBANTU = {"PUPR": "ppid.pupr", "DINKES": "ppid.dinkes"}


def demo_test(on: datetime.date) -> determination.ConsequenceTest:
    """The demo's berita acara of a consequence test (for the determination letters of the demo's DIK)."""
    return determination.ConsequenceTest(
        test_date=on, test_place="Ruang Rapat Diskominfo, Indralaya",
        participants=[("Drs. Ahmad Fauzi, M.Si.", "Kepala Diskominfo selaku PPID Utama"),
                      ("Sekretaris perangkat daerah pemilik informasi", "PPID Pembantu")],
    )  # fmt: skip


def _exemption(utama: User) -> DikItem:
    """The demo's DIK entry in force (Dinkes, art. 17 letter h), with its consequence test."""
    found = DikItem.objects.filter(document=DIK_DOCUMENT, status=DikStatus.IN_FORCE).first()
    if found is not None:
        return found
    item = dik.draft_dik_item(
        User.objects.get(username="ppid.dinkes"), Agency.objects.get(code="DINKES"), document=DIK_DOCUMENT,
        information="Identitas dan diagnosis pasien (rekam medis)", legal_basis="h",
        consequence="Membuka identitas dan diagnosis pasien mengungkap rahasia pribadi dan riwayat kesehatan.",
        public_interest="Perlindungan rahasia pribadi pasien lebih besar; data agregat tanpa identitas terbuka.",
        exempt_until=timezone.localdate() + datetime.timedelta(days=365 * 5),
    )  # fmt: skip
    # in force through its signed determination letter (drafted and signed by the PPID Utama, the signatory)
    return determination.put_in_force(utama, utama, item, demo_test(timezone.localdate()))


def _request(spec: DemoRequest, utama: User) -> InformationRequest:
    """Registered by the PPID Utama as received by e-mail (the demo has no identity scans to upload)."""
    draft = intake.RequestDraft(**REQUESTER, **spec.draft, channel=RequestChannel.EMAIL, idempotency_key=spec.key)
    return services.register_request(utama, draft).request


def _decide(spec: DemoRequest, info: InformationRequest, utama: User) -> None:
    pembantu = User.objects.get(username=PEMBANTU[spec.agency])
    values = dict(spec.values)
    if spec.decision == "refused":
        values["refusal_dik"] = _exemption(utama)
    if "documented_within_days" in values:
        values["documented_by"] = timezone.localdate() + datetime.timedelta(days=values.pop("documented_within_days"))
    if info.pending_letter_id is None:
        decisions.decide(pembantu, info, spec.decision, **values)
        info.refresh_from_db()
    if spec.sign:
        decisions.sign(utama, info)


@transaction.atomic
def load_request_demo() -> list[InformationRequest]:
    utama = User.objects.get(username="ppid.utama")
    loaded = []
    for spec in REQUESTS:
        info = _request(spec, utama)
        if spec.agency and info.assigned_agency_id is None:
            info = services.assign_request(utama, info, Agency.objects.get(code=spec.agency))
        if spec.decision and not info.decision and not (info.pending_letter_id and not spec.sign):
            _decide(spec, info, utama)
        info.refresh_from_db()
        loaded.append(info)
    return loaded
