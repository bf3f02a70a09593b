"""The fixture world of the access matrix: one set of actors and cases, built once per test module.

Agency A is Dinas PUPR, agency B is Dinas Kesehatan. Every actor holds exactly one role, so a
failure names one role (the demo's Sekda holds two; the matrix has its own single-role Atasan PPID).
Cases come in pairs: one the actor should reach ("own": its agency, its own filing, a public report)
and one it should not ("other": agency B, someone else's filing, a draft; the other report is
also rahasia, so it is the one nobody but its handlers, the Pemkab-wide roles and its reporter reaches). `CASE_KINDS`
in access_table.py says which pair each URL argument takes.
"""

import datetime
import hashlib
import io
from dataclasses import dataclass, field

from django.utils import timezone
from PIL import Image

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.complaints.services import admin as report_admin
from pintu.demo.loader import load_demo
from pintu.files.validation import clean_upload
from pintu.letters.models import Letterhead, Signatory
from pintu.mydata import breaches
from pintu.ppid.annual import dispatch as annual_dispatch
from pintu.ppid.annual import services as annual
from pintu.ppid.objections import services as objections
from pintu.ppid.registers.services import determination, dik, dip
from pintu.ppid.registers.services import files as dip_files
from pintu.ppid.requests import decisions
from pintu.ppid.requests import services as requests
from tests.factories import complaints as factories
from tests.factories import ppid as ppid_factories

#: actor key -> (username, role, agency code); None role = citizen account, no user = anonymous.
ACTORS: dict[str, tuple[str, str, str] | None] = {
    "anonymous": None,
    "citizen": ("mtx.warga", "", ""),
    "admin_instansi": ("mtx.admin", Role.ADMIN_INSTANSI, "DISKOMINFO"),
    "penghubung_a": ("mtx.penghubung", Role.PEJABAT_PENGHUBUNG, "PUPR"),
    "kepala_opd_a": ("mtx.kepala", Role.KEPALA_OPD, "PUPR"),
    "ppid_utama": ("mtx.utama", Role.PPID_UTAMA, "DISKOMINFO"),
    "ppid_pembantu_a": ("mtx.pembantu", Role.PPID_PEMBANTU, "PUPR"),
    "atasan_ppid": ("mtx.atasan", Role.ATASAN_PPID, "SETDA"),
    "inspektorat": ("mtx.apip", Role.INSPEKTORAT, "INSPEKTORAT"),
    "pimpinan": ("mtx.bupati", Role.PIMPINAN, "PEMKAB"),
    "system_admin": ("mtx.sysadmin", Role.SYSTEM_ADMIN, "DISKOMINFO"),
}
ACTOR_KEYS = tuple(ACTORS)
STAFF_ACTORS = tuple(a for a in ACTOR_KEYS if a not in ("anonymous", "citizen"))


def png_bytes(size=(40, 30), color=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def tiny_pdf() -> bytes:
    """A small valid PDF (ReportLab), the kind of document officers attach."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Dokumen uji")
    page.save()
    return buffer.getvalue()


@dataclass
class World:
    users: dict[str, User] = field(default_factory=dict)
    cases: dict[str, object] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)  # actor -> session key (signed in once)

    def __getitem__(self, name: str):
        return self.cases[name]


def _user(username: str, role: str, agency_code: str) -> User:
    user = User.objects.create_user(username=username, password=None, full_name=username, email=f"{username}@x.invalid")
    if role:
        RoleAssignment.objects.create(user=user, role=role, agency=Agency.objects.get(code=agency_code))
    if role == Role.SYSTEM_ADMIN:
        user.is_superuser = user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    return user


def _report(world: World, name: str, *, reporter, agency_code: str, anonim=False, rahasia=False, pengawasan=False):
    submitted = factories.submit(
        title=f"Laporan uji {name}",
        text="Jalan di depan pasar berlubang besar sejak sebulan, sudah ada pengendara jatuh.",
        anonim=anonim,
        rahasia=rahasia,
        email="siti@example.com",
        phone="",
        reporter_user=reporter,
        files=[clean_upload("foto.png", png_bytes())],
    )
    report, boss = submitted.report, world.users["admin_instansi"]
    report = report_admin.verify(report, user=boss)
    if pengawasan:
        report = report_admin.flag_pengawasan(report, user=boss, reason="Dugaan pungutan liar oleh petugas.")
    report = report_admin.disposition(report, user=boss, agency=Agency.objects.get(code=agency_code))
    world.cases[name] = report
    world.cases[f"{name}_attachment"] = report.attachments.first()
    world.secrets[name] = submitted.secret
    return report


def _request(world: World, name: str, *, requester, agency_code: str):
    submitted = ppid_factories.submit(
        information="Salinan kontrak paket pemeliharaan jalan tahun 2026.",
        obtain_method="soft",
        delivery_method="email",
        requester_user=requester,
    )
    info = requests.assign_request(world.users["ppid_utama"], submitted.request, Agency.objects.get(code=agency_code))
    world.cases[name] = info
    world.secrets[name] = submitted.secret
    world.cases[f"{name}_document"] = requests._store_document(
        info, tiny_pdf(), "jawaban.pdf", "application/pdf", world.users["ppid_utama"]
    )
    return info


def _drafted(world: World, name: str, *, requester, agency_code: str) -> None:
    """A request decided by the PPID Utama as a draft letter waiting for the signatory (the world's PPID Utama,
    a named signatory without a certificate: signing is tried and refused with a message, nothing stored)."""
    info = _request(world, name, requester=requester, agency_code=agency_code)
    decisions.decide(world.users["ppid_utama"], info, "granted_whole", held_form="soft", provide_within="segera")
    info.refresh_from_db()


def _signatory(world: World) -> None:
    unit = Agency.objects.get(code="DISKOMINFO")
    fields = {"name": "Pejabat Uji", "post": "PPID Utama", "nip": "197503122000031002", "role": Role.PPID_UTAMA,
              "agency": unit}  # fmt: skip
    Signatory.objects.get_or_create(user=world.users["ppid_utama"], defaults=fields)


def _objection(world: World, name: str, info):
    decided_on = timezone.localdate() - datetime.timedelta(days=5)
    decided = ppid_factories.make_request(
        info.assigned_agency,
        received=ppid_factories.at(decided_on - datetime.timedelta(days=14)),
        decided=ppid_factories.at(decided_on),
        due=decided_on,
        decision="granted_part",
        user=info.requester_user,
    )
    world.cases[f"{name}_request"] = decided
    world.cases[name] = objections.register_objection(
        world.users["ppid_utama"], info_request=decided, grounds=["f"], description="Informasi tidak lengkap."
    )
    return world.cases[name]


def _atasan_signatory(world: World) -> None:
    """The world's Atasan PPID signs objection answers (a named signatory without a certificate)."""
    fields = {"name": "Atasan Uji", "post": "Sekretaris Daerah", "nip": "196801011990031001",
              "role": Role.ATASAN_PPID, "agency": Agency.objects.get(code="SETDA")}  # fmt: skip
    Signatory.objects.get_or_create(user=world.users["atasan_ppid"], defaults=fields)


def _answer_drafted(world: World, name: str, info) -> None:
    """An objection whose answer is a draft letter waiting for the Atasan PPID's signature."""
    objection = _objection(world, f"{name}_objection", info)
    objections.decide_objection(world.users["atasan_ppid"], objection, decision="refused", text="Keberatan ditolak.")
    objection.refresh_from_db()
    world.cases[name] = objection


def _disputed(world: World, name: str, info) -> None:
    """An objection the Atasan PPID refused, taken to the Komisi Informasi (a dispute to record steps on)."""
    objection = _objection(world, f"{name}_objection", info)
    atasan = world.users["atasan_ppid"]
    letter = objections.decide_objection(atasan, objection, decision="refused", text="Keberatan ditolak.")
    # the answer, marked signed without a certificate (the world has no CA; tests/ppid/objections sign for real)
    letter.status, letter.number, letter.pdf = "issued", f"000.9.3/{objection.pk:03d}/SETDA/2026", b"%PDF-1.7 uji"
    letter.sha256, letter.dated = hashlib.sha256(letter.pdf).hexdigest(), timezone.localdate()
    letter.save()
    objection.refresh_from_db()
    objection = objections.answer_signed(atasan, objection, letter)
    objections.record_dispute(world.users["ppid_utama"], objection, filed_on=timezone.localdate())
    world.cases[name] = objection


def _registers(world: World) -> None:
    dik_fields, dip_fields = ppid_factories.dik_fields, ppid_factories.dip_fields
    utama = world.users["ppid_utama"]
    for side, code in (("a", "PUPR"), ("b", "DINKES")):
        agency = Agency.objects.get(code=code)
        draft = dip.draft_dip_item(utama, agency, **dip_fields(title=f"Rencana kerja {code}"))
        world.cases[f"dip_{side}_draft"] = draft
        world.cases[f"dip_{side}_draft_file"] = dip_files.add_dip_files(
            utama, draft, [clean_upload("lampiran.pdf", tiny_pdf())]
        )[0]
        published = dip.publish_dip_item(utama, dip.draft_dip_item(utama, agency, **dip_fields(title=f"Profil {code}")))
        world.cases[f"dip_{side}_published"] = published
        world.cases[f"dip_{side}_published_file"] = dip_files.add_dip_files(
            utama, published, [clean_upload("profil.pdf", tiny_pdf())]
        )[0]
        world.cases[f"dik_{side}"] = dik.draft_dik_item(utama, agency, **dik_fields())
        # an exemption whose determination letter waits for the signatory (signing needs no CA to draft)
        drafted = dik.draft_dik_item(utama, agency, **dik_fields(document=f"Dokumen uji {code}"))
        determination.draft_determination(utama, drafted, determination.ConsequenceTest(
            timezone.localdate(), "Ruang Rapat", [("Drs. Ahmad Fauzi", "PPID Utama")]))  # fmt: skip
        drafted.refresh_from_db()
        world.cases[f"dik_drafted_{side}"] = drafted


def _annual(world: World) -> None:
    utama, year = world.users["ppid_utama"], timezone.localdate().year - 1
    world.cases["annual_published"] = annual.publish_report(utama, year, None)
    world.cases["annual_draft"] = annual.save_sections(utama, year - 1, None, {})
    # its cover letter, marked signed without a certificate (the world has no CA; tests/ppid/annual signs for real)
    cover = annual_dispatch.draft_cover(utama, world.cases["annual_published"])
    cover.status, cover.number, cover.pdf = "issued", f"000.9.4/001/DISKOMINFO/{year + 1}", b"%PDF-1.7 uji"
    cover.sha256, cover.dated = hashlib.sha256(cover.pdf).hexdigest(), timezone.localdate()
    cover.save()
    world.cases["annual_cover"] = cover


def _breach(world: World) -> None:
    """One entry of the breach register with a draft notice letter (pintu.mydata.breaches, issue #18)."""
    admin = world.users["system_admin"]
    Letterhead.objects.get_or_create(agency=None, defaults={
        "government_name": "Pemerintah Kabupaten Ogan Ilir", "unit_name": "Dinas Komunikasi dan Informatika",
        "unit_code": "DISKOMINFO", "address": "Indralaya", "place": "Indralaya",
    })  # fmt: skip
    breach = breaches.record_breach(
        user=admin, title="Uji", discovered_at=timezone.now() - datetime.timedelta(hours=1),
        description="Berkas terkirim ke alamat yang salah.", data_affected="Nama dan e-mail",
        subjects_affected="3 pemohon", measures="Berkas dihapus penerima.",
    )  # fmt: skip
    world.cases["breach"] = breach
    world.cases["breach_letter"] = breaches.draft_notice_letter(
        breach, user=admin, recipient="lembaga", addressee={"name": "Kepala Lembaga PDP", "salutation": "jabatan"}
    )


def build_world() -> World:
    load_demo()
    world = World()
    for key, spec in ACTORS.items():
        if spec is not None:
            world.users[key] = _user(*spec)
    world.users["citizen_b"] = _user("mtx.warga2", "", "")
    citizen, someone = world.users["citizen"], world.users["citizen_b"]
    _report(world, "report_a", reporter=citizen, agency_code="PUPR")
    _report(world, "report_b", reporter=someone, agency_code="DINKES", rahasia=True)
    _report(world, "report_pengawasan", reporter=someone, agency_code="INSPEKTORAT", pengawasan=True)
    _request(world, "request_a", requester=citizen, agency_code="PUPR")
    _request(world, "request_b", requester=someone, agency_code="DINKES")
    _request(world, "request_a_objected", requester=citizen, agency_code="PUPR")
    ppid_factories.make_objection(world["request_a_objected"])  # pending before the Atasan PPID (issue #15)
    _signatory(world)
    _drafted(world, "drafted_a", requester=citizen, agency_code="PUPR")
    _drafted(world, "drafted_b", requester=someone, agency_code="DINKES")
    _objection(world, "objection_a", world["request_a"])
    _objection(world, "objection_b", world["request_b"])
    _atasan_signatory(world)
    _answer_drafted(world, "answer_drafted_a", world["request_a"])
    _answer_drafted(world, "answer_drafted_b", world["request_b"])
    _disputed(world, "disputed_a", world["request_a"])
    _disputed(world, "disputed_b", world["request_b"])
    _registers(world)
    _annual(world)
    _breach(world)
    return world
