"""Practice mode's use cases: rounds, seats and their sample cases, the checklist, reset (issue #19 item 3)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.complaints.services import admin as report_admin
from pintu.complaints.services import handling
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests.models import InformationRequest
from pintu.practice import checklist, services
from pintu.practice.progress import seat_progress
from pintu.sandbox import PRACTICE_ALIAS, practice_database

pytestmark = pytest.mark.django_db(databases=["default", "practice"])


def _ticks(seat) -> list[bool]:
    return [item.done for progress in seat_progress(seat) for item in progress.items]


def test_a_seat_gets_its_sample_complaint_in_the_practice_database_only(admin_seat):
    (case,) = admin_seat.cases.all()
    assert case.kind == checklist.COMPLAINT_DISPOSE
    assert Report.objects.using(PRACTICE_ALIAS).get(pk=case.case_id).code == case.reference
    assert not Report.objects.filter(code=case.reference).exists()
    # in the practice database the trainee holds only the seat's role
    roles = RoleAssignment.objects.using(PRACTICE_ALIAS).filter(user=admin_seat.trainee)
    assert [(r.role, r.agency.code) for r in roles] == [(Role.ADMIN_INSTANSI, "DISKOMINFO")]
    assert _ticks(admin_seat) == [False, False, False]


def test_verify_and_dispose_to_the_right_agency_ticks_every_step(admin_seat):
    case = admin_seat.cases.get()
    with practice_database():
        report = Report.objects.get(pk=case.case_id)
        report = report_admin.verify(report, user=admin_seat.trainee)
        report_admin.disposition(report, user=admin_seat.trainee, agency=Agency.objects.get(code="PUPR"))
    assert _ticks(admin_seat) == [True, True, True]


def test_a_disposition_to_the_wrong_agency_is_not_ticked(admin_seat):
    case = admin_seat.cases.get()
    with practice_database():
        report = Report.objects.get(pk=case.case_id)
        report_admin.disposition(report, user=admin_seat.trainee, agency=Agency.objects.get(code="DINKES"))
    assert _ticks(admin_seat) == [True, True, False]


def test_each_role_gets_its_own_sample(trainer, practice_round):
    def seat(username, role, code):
        return services.add_seat(
            trainer, practice_round, username=username, role=role, agency=Agency.objects.get(code=code)
        )

    liaison = seat("penghubung.pupr", Role.PEJABAT_PENGHUBUNG, "PUPR")
    pembantu = seat("ppid.pupr", Role.PPID_PEMBANTU, "PUPR")
    atasan = seat("atasan.ppid", Role.ATASAN_PPID, "SETDA")
    info_case, request_case, objection_case = liaison.cases.get(), pembantu.cases.get(), atasan.cases.get()
    report = Report.objects.using(PRACTICE_ALIAS).get(pk=info_case.case_id)
    assert report.status == "didisposisikan" and report.assigned_agency.code == "PUPR"
    request = InformationRequest.objects.using(PRACTICE_ALIAS).get(pk=request_case.case_id)
    assert request.assigned_agency.code == "PUPR"
    assert Objection.objects.using(PRACTICE_ALIAS).filter(pk=objection_case.case_id).exists()
    assert not InformationRequest.objects.filter(number=request.number).exists()
    with practice_database():
        handling.request_info(
            Report.objects.get(pk=report.pk),
            user=liaison.trainee,
            question="Di jalan mana dan dekat bangunan apa lampu itu padam?",
        )
    assert _ticks(liaison) == [True, True, True]


def test_only_trainers_create_rounds_and_a_seat_needs_an_account(user_named, practice_round):
    with pytest.raises(PermissionDenied):
        services.create_round(user_named("penghubung.pupr"), "Tidak boleh")
    with pytest.raises(ValidationError):
        services.add_seat(
            user_named("admin.kominfo"),
            practice_round,
            username="tidak.ada",
            role=Role.ADMIN_INSTANSI,
            agency=Agency.objects.get(code="DISKOMINFO"),
        )


def test_reset_empties_the_practice_database_and_seeds_again(trainer, practice_round, admin_seat):
    case = admin_seat.cases.get()
    with practice_database():
        report_admin.verify(Report.objects.get(pk=case.case_id), user=admin_seat.trainee)
    assert _ticks(admin_seat)[0]
    assert services.reset_round(trainer, practice_round) == 1
    assert not Report.objects.using(PRACTICE_ALIAS).filter(code=case.reference).exists()
    assert Report.objects.using(PRACTICE_ALIAS).count() == 1
    assert _ticks(admin_seat) == [False, False, False]
