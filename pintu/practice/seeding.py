"""A seat's sample cases, made in the practice database by the case types' own services.

Each sample goes through the same intake and handling services a real case does (numbers, clocks,
history events, outbox rows: all in the practice database; pintu.jobs sends nothing in practice mode).
Which samples a seat gets depends on its role (`KINDS_FOR_ROLE`); each is recorded as a PracticeCase
(real database) so the trainee's page can list it and the checklist can find it.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.complaints.models import Report
from pintu.complaints.services import admin as report_admin
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.ppid.objections import services as objections
from pintu.ppid.requests import intake as request_intake
from pintu.ppid.requests import services as request_services
from pintu.ppid.requests.models import RequestChannel
from pintu.practice import checklist
from pintu.practice.models import PracticeCase, PracticeSeat
from pintu.practice.reference import add_seat_role
from pintu.sandbox import practice_database

#: The agency a road complaint belongs to: the trainee disposing it must choose this one.
ROAD_AGENCY = "PUPR"
KINDS_FOR_ROLE = {
    Role.ADMIN_INSTANSI: (checklist.COMPLAINT_DISPOSE,),
    Role.PEJABAT_PENGHUBUNG: (checklist.COMPLAINT_INFO,),
    Role.KEPALA_OPD: (checklist.COMPLAINT_INFO,),
    Role.PPID_UTAMA: (checklist.REQUEST_DECIDE,),
    Role.PPID_PEMBANTU: (checklist.REQUEST_DECIDE,),
    Role.ATASAN_PPID: (checklist.OBJECTION_ANSWER,),
}
PRACTICE_ROLES = tuple(KINDS_FOR_ROLE)


@dataclass(frozen=True)
class Sample:
    case_id: int
    reference: str
    expected_agency: str = ""


def _officer(role: str) -> User:
    """An officer of the practice database holding `role` (a copied real officer, or a trainee)."""
    user = User.objects.filter(role_assignments__role=role, role_assignments__active=True).order_by("pk").first()
    if user is None:
        raise ValidationError(
            _("Basis data latihan tidak memiliki akun %(role)s untuk menyiapkan kasus contoh.")
            % {"role": Role(role).label}
        )
    return user


def _report(title: str, text: str) -> Report:
    kecamatan = Area.objects.filter(level="kecamatan").order_by("code").first()
    draft = ReportDraft(
        title=title,
        text=text,
        kecamatan=kecamatan,
        desa=kecamatan.children.order_by("code").first() if kecamatan else None,
        category=Category.objects.filter(code="INFRASTRUKTUR").first(),
        name="Warga Latihan",
        email="warga.latihan@contoh.invalid",
        consent=True,
    )
    return submit_report(draft).report


def _complaint_dispose(seat: PracticeSeat) -> Sample:
    report = _report(
        _("Jalan berlubang di depan pasar (latihan)"),
        _("Jalan kabupaten di depan pasar berlubang besar sejak sebulan; dua pengendara motor sudah jatuh."),
    )
    return Sample(report.pk, report.code, ROAD_AGENCY)


def _complaint_info(seat: PracticeSeat) -> Sample:
    report = _report(
        _("Lampu jalan padam (latihan)"),
        _("Lampu jalan di dekat rumah saya padam."),  # no place given: the officer must ask the reporter
    )
    admin = _officer(Role.ADMIN_INSTANSI)
    report = report_admin.disposition(report, user=admin, agency=Agency.objects.get(pk=seat.agency_id))
    return Sample(report.pk, report.code)


def _request_decide(seat: PracticeSeat) -> Sample:
    utama = _officer(Role.PPID_UTAMA)
    draft = request_intake.RequestDraft(
        information=_("Salinan daftar paket pekerjaan tahun ini beserta nilai kontraknya (latihan)."),
        purpose=_("Bahan pemantauan oleh kelompok warga."),
        obtain_method="soft",
        delivery_method="email",
        name="Pemohon Latihan",
        email="pemohon.latihan@contoh.invalid",
        address="Jl. Latihan No. 1",
        channel=RequestChannel.WALK_IN,
    )
    request = request_intake.register_request(utama, draft).request
    if seat.role == Role.PPID_PEMBANTU:
        request = request_services.assign_request(utama, request, Agency.objects.get(pk=seat.agency_id))
    return Sample(request.pk, request.number)


def _objection_answer(seat: PracticeSeat) -> Sample:
    utama = _officer(Role.PPID_UTAMA)
    objection = objections.register_objection(
        utama,
        grounds=["b"],
        description=_("Informasi berkala tentang anggaran tidak diumumkan (latihan)."),
        requester_name="Pemohon Latihan",
        contact="pemohon.latihan@contoh.invalid",
        information=_("Ringkasan laporan keuangan tahun lalu."),
        agency=Agency.objects.get(pk=seat.agency_id),
    )
    return Sample(objection.pk, objection.number)


MAKERS = {
    checklist.COMPLAINT_DISPOSE: _complaint_dispose,
    checklist.COMPLAINT_INFO: _complaint_info,
    checklist.REQUEST_DECIDE: _request_decide,
    checklist.OBJECTION_ANSWER: _objection_answer,
}


def seed_seat(seat: PracticeSeat) -> list[PracticeCase]:
    """Make the seat's sample cases in the practice database (prepared) and record them."""
    samples = []
    add_seat_role(seat)
    with practice_database():
        for kind in KINDS_FOR_ROLE.get(seat.role, ()):
            samples.append((kind, MAKERS[kind](seat)))
    seat.cases.all().delete()
    cases = [
        PracticeCase.objects.create(
            seat=seat, kind=kind, case_id=s.case_id, reference=s.reference, expected_agency=s.expected_agency
        )
        for kind, s in samples
    ]
    seat.seeded_at = timezone.now()
    seat.save(update_fields=["seeded_at"])
    return cases
