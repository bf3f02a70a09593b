"""The report services: who may act, refused transitions change nothing, reasons, bounces, merge, split."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from pintu.complaints.models import ArchiveKind, Follower, Report
from pintu.complaints.services import admin, handling, merge, reporter
from pintu.complaints.workflow import Status
from pintu.history.models import Event

pytestmark = pytest.mark.django_db


def events(report):
    return list(Event.objects.for_case("report", report.pk).values_list("kind", flat=True))


@pytest.fixture
def at_opd(report, user_named, agency):
    return admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PUPR"))


def test_a_refused_transition_changes_nothing(report, user_named):
    before = events(report)
    with pytest.raises(ValidationError):
        admin.resume(report, user=user_named("admin.kominfo"))
    report.refresh_from_db()
    assert report.status == Status.DITERIMA and events(report) == before


def test_only_the_assigned_opd_may_handle(at_opd, user_named):
    with pytest.raises(PermissionDenied):
        handling.accept(at_opd, user=user_named("penghubung.dinkes"))
    with pytest.raises(PermissionDenied):
        handling.accept(at_opd, user=user_named("bupati"))
    assert handling.accept(at_opd, user=user_named("penghubung.pupr")).status == Status.DIPROSES


def test_only_the_admin_instansi_verifies(report, user_named):
    for username in ["penghubung.pupr", "ppid.utama", "bupati", "warga", "sysadmin"]:
        with pytest.raises(PermissionDenied):
            admin.verify(report, user=user_named(username))


@pytest.mark.parametrize("call", ["hold", "archive"])
def test_reason_is_required(report, user_named, call):
    with pytest.raises(ValidationError) as exc:
        getattr(admin, call)(report, user=user_named("admin.kominfo"), reason="  ")
    assert "reason" in exc.value.error_dict


def test_send_back_needs_a_named_target_and_a_third_bounce_is_flagged(at_opd, user_named, agency):
    opd, admin_user = user_named("penghubung.pupr"), user_named("admin.kominfo")
    with pytest.raises(ValidationError):
        handling.send_back(at_opd, user=opd, reason="Bukan kewenangan kami", suggested_agency=None)
    report = at_opd
    for bounce in range(1, 4):
        report = handling.send_back(report, user=opd, reason="Ini urusan Perkim", suggested_agency=agency("PERKIM"))
        assert report.status == Status.TERVERIFIKASI and report.assigned_agency is None
        assert report.bounce_count == bounce
        assert report.bounce_flagged == (bounce > 2)
        report = admin.disposition(report, user=admin_user, agency=agency("PUPR"))
    flagged_mail = [m for m in mail.outbox if "bolak-balik" in m.body]
    assert len(flagged_mail) == 1 and flagged_mail[0].to == ["admin.kominfo@demo.pintu.invalid"]


def test_berkadar_pengawasan_goes_to_the_inspektorat(report, user_named, agency):
    admin_user = user_named("admin.kominfo")
    admin.flag_pengawasan(report, user=admin_user, reason="Dugaan pungli oleh petugas")
    with pytest.raises(ValidationError):
        admin.disposition(report, user=admin_user, agency=agency("PUPR"))
    report = admin.disposition(report, user=admin_user, agency=agency("INSPEKTORAT"))
    assert handling.accept(report, user=user_named("inspektorat")).status == Status.DIPROSES


def test_disposition_to_an_outside_instansi_is_refused(report, user_named, agency):
    with pytest.raises(ValidationError):
        admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PLN_UP3_OI"))


def test_forward_out_records_channel_reference_and_date(report, user_named, agency):
    import datetime

    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=7)
    report = admin.forward_out(
        report,
        user=user_named("admin.kominfo"),
        agency=agency("PLN_UP3_OI"),
        channel="Surat resmi",
        reference="B/123/2026",
        follow_up_date=day,
        reason="Gangguan listrik adalah kewenangan PLN",
    )
    assert report.status == Status.DILIMPAHKAN and report.forwarded_to.code == "PLN_UP3_OI"
    forwarding = report.forwardings.get()
    assert (forwarding.channel, forwarding.reference, forwarding.follow_up_date) == ("Surat resmi", "B/123/2026", day)
    report = admin.record_external_answer(report, user=user_named("admin.kominfo"), text="PLN: trafo diganti.")
    assert report.status == Status.DITINDAKLANJUTI


def test_merge_makes_the_duplicate_reporter_follow_the_master(submit, user_named, agency):
    admin_user = user_named("admin.kominfo")
    master = submit().report
    duplicate = submit(email="budi@example.com", name="Budi").report
    admin.disposition(master, user=admin_user, agency=agency("PUPR"))
    merge.merge(duplicate, into=master, user=admin_user)
    duplicate.refresh_from_db()
    assert duplicate.status == Status.DIARSIPKAN and duplicate.archive_kind == ArchiveKind.DUPLICATE
    assert Follower.objects.filter(report=master, from_report=duplicate).exists()
    mail.outbox.clear()
    handling.post_follow_up(
        Report.objects.get(pk=master.pk), user=user_named("penghubung.pupr"), text="Sudah ditambal."
    )
    assert "budi@example.com" in {m.to[0] for m in mail.outbox}
    assert any("Sudah ditambal." in m.body for m in mail.outbox if m.to == ["budi@example.com"])


def test_split_creates_dispositioned_children_tracked_with_the_same_secret(submit, user_named, agency):
    from pintu.cases.tracking import secret_matches

    result = submit(text="Jalan rusak di depan sekolah dan sampah menumpuk di pasar setiap hari.")
    children = merge.split(
        result.report,
        user=user_named("admin.kominfo"),
        parts=[
            ("Jalan rusak depan sekolah", "Jalan rusak di depan sekolah.", agency("PUPR")),
            ("Sampah menumpuk di pasar", "Sampah menumpuk di pasar.", agency("DLH")),
        ],
    )
    assert [c.assigned_agency.code for c in children] == ["PUPR", "DLH"]
    assert all(c.status == Status.DIDISPOSISIKAN and secret_matches(c, result.secret) for c in children)
    parent = Report.objects.get(pk=result.report.pk)
    assert parent.status == Status.DIARSIPKAN and parent.archive_kind == ArchiveKind.SPLIT


def test_reporter_reply_after_follow_up_stops_the_autoclose(at_opd, user_named):
    report = handling.post_follow_up(at_opd, user=user_named("penghubung.pupr"), text="Akan diperbaiki minggu depan.")
    assert report.autoclose_due is not None
    report = reporter.reply(report, text="Belum ada perbaikan sampai sekarang.")
    assert report.autoclose_due is None and report.status == Status.DITINDAKLANJUTI


def test_rating_needs_a_follow_up_and_a_value_between_1_and_5(at_opd, user_named):
    with pytest.raises(ValidationError):
        reporter.rate(at_opd, rating=3)
    report = handling.post_follow_up(at_opd, user=user_named("penghubung.pupr"), text="Sudah ditambal.")
    with pytest.raises(ValidationError):
        reporter.rate(report, rating=6)
    assert reporter.rate(report, rating=2, comment="Kurang rapi").rating == 2
