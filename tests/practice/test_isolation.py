"""No practice row reaches the real database: not a list, register, statistic, export or notification.

A trainee works a sample complaint through the REAL screens in practice mode (verify, then dispose);
every table of the real database keeps exactly its rows, no mail leaves, and the real lists, registers,
statistics, downloads and outbox show nothing of it (issue #19 item 3, "must show")."""

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse

from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.history.models import Event
from pintu.notifications.models import OutgoingMail
from pintu.sandbox import PRACTICE_ALIAS

pytestmark = pytest.mark.django_db(databases=["default", "practice"])
#: Tables the real request machinery itself writes (the session, sign-in attempts) and the rounds/seats.
NOT_COMPARED = {"sessions", "axes", "practice"}


def _row_counts(alias: str) -> dict[str, int]:
    return {
        model._meta.label: model._base_manager.using(alias).count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and model._meta.app_label not in NOT_COMPARED
    }


def _enter(client, seat) -> None:
    """Sign in and choose "Mode latihan" (both real: the session and the sign-in's audit entry)."""
    client.force_login(seat.trainee)
    assert client.post(reverse("practice:enter", args=[seat.pk])).status_code == 302


def _work_the_sample_in_practice_mode(client, seat) -> Report:
    case = seat.cases.get()
    inbox = client.get(reverse("complaints:staff_inbox"))
    assert inbox.status_code == 200 and case.reference in inbox.content.decode()
    assert "MODE LATIHAN" in inbox.content.decode()
    action = lambda name: reverse("complaints:staff_action", args=[case.reference, name])  # noqa: E731
    assert client.post(action("verify"), {}).status_code == 302
    pupr = Agency.objects.get(code="PUPR")
    assert client.post(action("disposition"), {"agency": pupr.pk, "note": "Mohon ditangani."}).status_code == 302
    return Report.objects.using(PRACTICE_ALIAS).get(pk=case.case_id)


def test_a_practice_request_writes_only_to_the_practice_database(client, admin_seat):
    _enter(client, admin_seat)
    before = _row_counts("default")
    mail.outbox.clear()
    report = _work_the_sample_in_practice_mode(client, admin_seat)
    assert report.status == "didisposisikan" and report.assigned_agency.code == "PUPR"
    assert _row_counts("default") == before
    assert mail.outbox == []  # nothing sent: the notifications stay rows of the practice outbox
    assert OutgoingMail.objects.using(PRACTICE_ALIAS).exists()
    assert not OutgoingMail.objects.exists()
    kinds = set(Event.objects.using(PRACTICE_ALIAS).filter(case_id=report.pk).values_list("kind", flat=True))
    assert {"verify", "disposition"} <= kinds
    # the trainee's checklist ticks what they did
    page = client.get(reverse("practice:home")).content.decode()
    assert page.count('data-done="1"') == 3


def test_real_lists_registers_statistics_and_exports_show_no_practice_case(client, admin_seat, user_named):
    _enter(client, admin_seat)
    report = _work_the_sample_in_practice_mode(client, admin_seat)
    client.post(reverse("practice:leave"))
    inbox = client.get(reverse("complaints:staff_inbox"))  # out of practice mode: the real inbox
    assert "MODE LATIHAN" not in inbox.content.decode()
    client.force_login(user_named("admin.kominfo"))
    pages = [
        reverse("complaints:staff_inbox"),
        reverse("complaints:public_list"),
        reverse("insights:public"),
        reverse("insights:dashboard"),
        reverse("web:staff_home"),
        reverse("insights:open_data", kwargs={"key": "kategori", "fmt": "csv"}),
    ]
    for url in pages:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert report.code.encode() not in body, url
        assert b"latihan" not in body.lower() or url == reverse("web:staff_home"), url
    client.force_login(user_named("ppid.utama"))
    for name in ("ppid:staff_requests", "ppid:staff_requests_csv", "ppid:staff_objections_csv"):
        response = client.get(reverse(name))
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"latihan" not in body.lower(), name
    assert not Report.objects.filter(code=report.code).exists()


def test_practice_mode_ends_with_the_round(client, admin_seat):
    _enter(client, admin_seat)
    admin_seat.round.active = False
    admin_seat.round.save()
    page = client.get(reverse("complaints:staff_inbox")).content.decode()
    assert "MODE LATIHAN" not in page


STATISTICS = [
    ("insights:public", {}),
    ("insights:open_data_all", {}),
    ("insights:open_data", {"key": "volume_category", "fmt": "csv"}),
    ("insights:open_data", {"key": "volume_category", "fmt": "json"}),
    ("insights_api:table", {"key": "volume_category"}),
]


@pytest.mark.parametrize(("name", "kwargs"), STATISTICS)
def test_a_practice_page_never_enters_the_public_pages_cache(client, admin_seat, monkeypatch, name, kwargs):
    """The statistics page and its downloads are cached for every visitor (pintu.pagecache); in practice
    mode they are computed from the practice database, so they must be neither stored nor served from the
    cache there."""
    from django.core.cache import caches
    from django.utils import timezone

    from pintu import pagecache
    from pintu.pagecache import shared

    seen = []

    def spying(real):
        def spy(name, build, **kwargs):
            seen.append(pagecache.is_bypassed())
            return real(name, build, **kwargs)

        return spy

    # both ways into the cache: the per-process fragments and the shared store (the statistics' default view)
    monkeypatch.setattr(pagecache, "cached", spying(pagecache.cached))
    monkeypatch.setattr(shared, "shared_value", spying(shared.shared_value))
    entry = shared.shared_key("statistics-open-data", [timezone.localdate()])
    _enter(client, admin_seat)
    assert client.get(reverse(name, kwargs=kwargs)).status_code == 200
    assert seen and all(seen)  # every fragment of the practice request bypassed the cache
    assert caches["default"].get(entry) is None  # nothing of it in the shared store
    client.logout()
    seen.clear()
    assert client.get(reverse(name, kwargs=kwargs)).status_code == 200
    assert seen and not any(seen)  # the public's request uses it


def test_a_bypassed_fragment_is_built_each_time_and_never_stored():
    from pintu import pagecache

    builds = []
    build = lambda: builds.append(1) or "<p>x</p>"  # noqa: E731
    with pagecache.bypassed():
        pagecache.cached("practice_probe", build, scopes=("reports",))
        pagecache.cached("practice_probe", build, scopes=("reports",))
    assert len(builds) == 2
    pagecache.cached("practice_probe", build, scopes=("reports",))  # outside: a miss, built and stored
    pagecache.cached("practice_probe", build, scopes=("reports",))
    assert len(builds) == 3
