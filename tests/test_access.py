"""Visibility functions of the foundation models, role against agency."""

import pytest
from django.contrib.auth.models import AnonymousUser

from pintu.accounts.access import scope_of
from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role
from pintu.accounts.selectors import (
    agencies_visible_to,
    areas_visible_to,
    role_assignments_visible_to,
    users_visible_to,
)
from pintu.agencies.models import Agency
from pintu.workdays.models import ClosedDay
from pintu.workdays.selectors import closed_days_visible_to

pytestmark = pytest.mark.django_db


def usernames(qs):
    return set(qs.values_list("username", flat=True))


def test_a_role_for_an_agency_covers_its_units(user_named):
    atasan = user_named("atasan.ppid")  # Atasan PPID held for SETDA
    setda_units = set(Agency.objects.filter(parent__code="SETDA").values_list("pk", flat=True))
    assert setda_units and setda_units <= scope_of(atasan).agencies(Role.ATASAN_PPID)
    assert Agency.objects.get(code="PUPR").pk not in scope_of(atasan).agencies(Role.ATASAN_PPID)


def test_inactive_assignments_and_inactive_agencies_give_no_scope(user_named):
    user = user_named("penghubung.pupr")
    RoleAssignment.objects.filter(user=user).update(active=False)
    assert not scope_of(user).is_staff_member
    assert not scope_of(AnonymousUser()).is_staff_member


def test_users_are_seen_within_own_agencies_only(user_named):
    assert usernames(users_visible_to(user_named("penghubung.pupr"))) == {"penghubung.pupr", "kepala.pupr", "ppid.pupr"}
    assert usernames(users_visible_to(user_named("penghubung.dinkes"))) == {"penghubung.dinkes", "ppid.dinkes"}
    assert usernames(users_visible_to(user_named("warga"))) == {"warga"}
    assert usernames(users_visible_to(AnonymousUser())) == set()
    assert "warga" in usernames(users_visible_to(user_named("sysadmin")))


def test_role_assignments_of_another_agency_are_hidden(user_named):
    seen = role_assignments_visible_to(user_named("penghubung.dinkes"))
    assert {a.agency.code for a in seen} == {"DINKES"}
    assert role_assignments_visible_to(AnonymousUser()).count() == 0


def test_directory_hides_inactive_agencies_and_areas_from_all_but_system_admin(user_named):
    Agency.objects.filter(code="KAI").update(active=False)
    areas = areas_visible_to(AnonymousUser())
    some_area = areas.first()
    type(some_area).objects.filter(pk=some_area.pk).update(active=False)
    for viewer in (AnonymousUser(), user_named("warga"), user_named("admin.kominfo")):
        assert not agencies_visible_to(viewer).filter(code="KAI").exists()
        assert not areas_visible_to(viewer).filter(pk=some_area.pk).exists()
    assert agencies_visible_to(user_named("sysadmin")).filter(code="KAI").exists()
    assert areas_visible_to(user_named("sysadmin")).filter(pk=some_area.pk).exists()


def test_deactivated_closed_days_are_seen_by_system_admin_only(user_named):
    ClosedDay.objects.filter(date__year=2026).update(active=False)
    assert not closed_days_visible_to(AnonymousUser()).filter(date__year=2026).exists()
    assert closed_days_visible_to(user_named("sysadmin")).filter(date__year=2026).exists()
