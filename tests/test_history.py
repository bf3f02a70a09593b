"""The case history is append-only: through the model, the queryset, the admin and the database."""

import pytest
from django.contrib.admin.sites import site
from django.db import DatabaseError, connection, transaction
from django.test import RequestFactory

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.history.models import Event, EventImmutableError, Visibility
from pintu.history.registry import register_case_type, unregister_case_type
from pintu.history.selectors import events_visible_to, timeline_for_reporter
from pintu.history.services import record_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_type(demo):
    """Agencies stand in for a case model: PUPR staff may see the PUPR 'case'; 'warga' filed DINKES."""

    def visible_ids(user):
        return Agency.objects.filter(role_assignments__user=user).values("pk")

    def reporter_ids(user):
        return Agency.objects.filter(code="DINKES").values("pk") if user.username == "warga" else Agency.objects.none()

    def public_ids():
        return Agency.objects.exclude(code="BPBD").values("pk")

    register_case_type("test_case", Agency, visible_ids=visible_ids, reporter_ids=reporter_ids, public_ids=public_ids)
    yield
    unregister_case_type("test_case")


@pytest.fixture
def events(case_type):
    pupr, dinkes = Agency.objects.get(code="PUPR"), Agency.objects.get(code="DINKES")
    made = {}
    for case in (pupr, dinkes):
        for visibility in Visibility.values:
            made[(case.code, visibility)] = record_event(
                case, "status_changed", visibility=visibility, status_from="a", status_to="b", reason="uji"
            )
    return made


def test_record_event_appends_a_row_with_the_case_reference(events):
    event = events[("PUPR", Visibility.INTERNAL)]
    assert event.case_type == "test_case"
    assert event.case_id == Agency.objects.get(code="PUPR").pk
    assert Event.objects.count() == 6


def test_events_cannot_be_edited_or_deleted_through_the_app(events):
    event = events[("PUPR", Visibility.PUBLIC)]
    event.reason = "diubah"
    with pytest.raises(EventImmutableError):
        event.save()
    with pytest.raises(EventImmutableError):
        event.delete()
    with pytest.raises(EventImmutableError):
        Event.objects.filter(pk=event.pk).update(reason="diubah")
    with pytest.raises(EventImmutableError):
        Event.objects.all().delete()
    assert Event.objects.get(pk=event.pk).reason == "uji"


def test_the_database_refuses_updates_even_in_raw_sql(events):
    event = events[("PUPR", Visibility.PUBLIC)]
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE history_event SET reason = %s WHERE id = %s", ["diubah", event.pk])
    assert Event.objects.get(pk=event.pk).reason == "uji"


def test_the_database_refuses_deletes_even_in_raw_sql(events):  # SQLite too since issue #15
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM history_event")
    assert Event.objects.count() == 6


def test_admin_is_read_only(events, user_named):
    request = RequestFactory().get("/admin/")
    request.user = user_named("sysadmin")
    model_admin = site._registry[Event]
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, events[("PUPR", "public")])
    assert not model_admin.has_delete_permission(request, events[("PUPR", "public")])


def test_unregistered_case_models_are_refused(demo):
    with pytest.raises(LookupError):
        record_event(User.objects.first(), "x")


def _seen(user):
    return {(Agency.objects.get(pk=e.case_id).code, e.visibility) for e in events_visible_to(user)}


def test_public_sees_only_public_events(events):
    from django.contrib.auth.models import AnonymousUser

    assert _seen(AnonymousUser()) == {("PUPR", "public"), ("DINKES", "public")}


def test_public_events_of_a_case_the_public_may_not_see_stay_hidden(events):
    from django.contrib.auth.models import AnonymousUser

    record_event(Agency.objects.get(code="BPBD"), "status_changed", visibility=Visibility.PUBLIC)
    assert "BPBD" not in {code for code, _ in _seen(AnonymousUser())}


def test_handler_sees_every_event_of_own_cases_only(events, user_named):
    assert _seen(user_named("penghubung.pupr")) == {
        ("PUPR", "public"),
        ("PUPR", "reporter"),
        ("PUPR", "internal"),
        ("DINKES", "public"),
    }


def test_reporter_sees_public_and_reporter_events_of_own_case(events, user_named):
    assert _seen(user_named("warga")) == {("PUPR", "public"), ("DINKES", "public"), ("DINKES", "reporter")}
    dinkes = Agency.objects.get(code="DINKES")
    assert {e.visibility for e in timeline_for_reporter("test_case", dinkes.pk)} == {"public", "reporter"}
