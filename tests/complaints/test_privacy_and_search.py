"""Anonim and rahasia protected at the data layer; Indonesian full-text search; who sees which report."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail

from pintu.complaints import search
from pintu.complaints.identity import contact_for
from pintu.complaints.selectors import public_reports, reports_visible_to, similar_open_reports
from pintu.complaints.services import admin, handling
from pintu.history.models import Event
from pintu.history.selectors import events_visible_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def dispatched(submit, user_named, agency):
    def make(**overrides):
        report = submit(**overrides).report
        return admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PUPR"))

    return make


def codes(qs):
    return set(qs.values_list("code", flat=True))


def test_each_role_sees_only_its_reports(dispatched, submit, user_named, agency):
    pupr = dispatched()
    dinkes = admin.disposition(submit().report, user=user_named("admin.kominfo"), agency=agency("DINKES"))
    waiting = submit().report
    seen = {
        name: codes(reports_visible_to(user_named(name)))
        for name in [
            "admin.kominfo",
            "bupati",
            "penghubung.pupr",
            "kepala.pupr",
            "penghubung.dinkes",
            "ppid.utama",
            "inspektorat",
            "warga",
            "sysadmin",
        ]
    }
    everything = {pupr.code, dinkes.code, waiting.code}
    assert seen["admin.kominfo"] == seen["bupati"] == everything
    assert seen["penghubung.pupr"] == seen["kepala.pupr"] == {pupr.code}
    assert seen["penghubung.dinkes"] == {dinkes.code}
    assert seen["ppid.utama"] == seen["inspektorat"] == seen["warga"] == seen["sysadmin"] == set()
    assert codes(reports_visible_to(AnonymousUser())) == set()


def test_reporter_with_an_account_sees_own_reports(submit, user_named):
    warga = user_named("warga")
    mine = submit(reporter_user=warga).report
    submit()
    assert codes(reports_visible_to(warga)) == {mine.code}


def test_anonim_identity_is_hidden_from_opd_and_public_and_revealed_to_admin_with_a_log(dispatched, user_named):
    report = dispatched(privacy="anonim", name="", email="rahasia.saya@example.com", phone="081299998888")
    opd = contact_for(user_named("penghubung.pupr"), report)
    assert opd.hidden and opd.name == "Anonim" and not opd.email and not opd.phone
    assert contact_for(user_named("admin.kominfo"), report).hidden
    assert contact_for(AnonymousUser(), report).hidden
    revealed = admin.reveal_identity(report, user=user_named("admin.kominfo"), reason="Ancaman keselamatan pelapor")
    assert revealed.email == "rahasia.saya@example.com"
    log = Event.objects.for_case("report", report.pk).get(kind="identity_revealed")
    assert log.visibility == "internal" and log.actor.username == "admin.kominfo"
    with pytest.raises(Exception):  # noqa: B017 (PermissionDenied)
        admin.reveal_identity(report, user=user_named("penghubung.pupr"), reason="ingin tahu")


def test_handlers_see_the_contact_of_a_biasa_report(dispatched, user_named):
    report = dispatched()
    seen = contact_for(user_named("penghubung.pupr"), report)
    assert not seen.hidden and seen.email == "siti.aminah@example.com"
    assert contact_for(user_named("penghubung.dinkes"), report).hidden


def test_mail_to_handlers_never_carries_the_reporter_identity(dispatched, user_named):
    dispatched(privacy="anonim", name="", email="anon.pelapor@example.com", phone="081277776666")
    staff_mail = [m for m in mail.outbox if m.to[0].endswith("@demo.pintu.invalid")]
    assert staff_mail
    for message in staff_mail:
        assert "anon.pelapor" not in message.body + message.subject and "7776666" not in message.body


def test_rahasia_reports_and_their_events_are_never_public(dispatched):
    secret = dispatched(privacy="rahasia", title="Pungutan liar di kantor desa")
    visible = dispatched(title="Lampu jalan mati")
    assert codes(public_reports()) == {visible.code}
    public_events = events_visible_to(AnonymousUser())
    assert not public_events.filter(case_id=secret.pk).exists()
    assert public_events.filter(case_id=visible.pk).exists()
    assert codes(search.filter_matching(public_reports(), "pungutan liar")) == set()


def test_unverified_and_archived_reports_are_not_public(submit, user_named):
    waiting = submit().report
    archived = admin.archive(submit().report, user=user_named("admin.kominfo"), reason="Iklan", archive_kind="spam")
    assert not public_reports().filter(pk__in=[waiting.pk, archived.pk]).exists()


def test_search_understands_indonesian_forms_and_slang(dispatched):
    hole = dispatched(title="Lubang besar di jalan", text="Ada lubang besar di jalan menuju pasar, bahaya.")
    dispatched(title="Air PDAM mati", text="Air tidak mengalir tiga hari di rumah kami.")
    assert codes(search.filter_matching(public_reports(), "jalannya berlubang")) == {hole.code}
    assert codes(search.filter_matching(public_reports(), "jln berlubang")) == {hole.code}
    water = search.filter_matching(public_reports(), "airnya gak ngalir")
    assert len(water) in (0, 1)  # slang normalised; never an error
    assert search.filter_matching(public_reports(), "").count() == 2


def test_similar_open_reports_in_the_same_area(dispatched, area):
    kecamatan, desa = area
    first = dispatched(title="Lampu jalan mati", text="Lampu penerangan jalan mati di depan masjid sejak minggu lalu.")
    found = similar_open_reports(kecamatan=kecamatan, desa=desa, text="lampu jalan mati depan masjid")
    assert [r.code for r in found] == [first.code] and found[0].score > 0.5
    assert similar_open_reports(kecamatan=kecamatan, text="anggaran sekolah") == []


def test_closed_reports_are_not_offered_as_similar(dispatched, user_named, area):
    kecamatan, _desa = area
    report = dispatched(title="Lampu jalan mati", text="Lampu penerangan jalan mati di depan masjid.")
    opd = user_named("penghubung.pupr")
    report = handling.post_follow_up(report, user=opd, text="Lampu sudah diganti.")
    handling.close(report, user=opd, reason="Selesai")
    assert similar_open_reports(kecamatan=kecamatan, text="lampu jalan mati") == []
