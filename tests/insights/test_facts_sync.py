"""Facts stay in step with the cases: through the real services, and after a calendar change."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.forms.models import model_to_dict

from pintu.agencies.models import Agency, Area
from pintu.complaints.models import Report
from pintu.complaints.services import admin, handling, reporter
from pintu.files.validation import clean_upload
from pintu.insights.facts import rebuild_all
from pintu.insights.models import ReportFact, RequestFact
from pintu.ppid.requests import intake as request_intake
from pintu.ppid.requests import services as request_services
from pintu.workdays.services import add_closed_day
from tests.factories import complaints as factories
from tests.factories.ppid import png_bytes
from tests.insights.world import TZ

FIELDS_IGNORED = ("updated_at",)


def snapshot(model, pk) -> dict:
    values = model_to_dict(model.objects.get(pk=pk))
    return {k: v for k, v in values.items() if k not in FIELDS_IGNORED}


@pytest.fixture
def submitted(demo):
    kecamatan = factories.kecamatan()
    return factories.submit(text="Jalan di depan pasar berlubang besar sejak sebulan.", kecamatan=kecamatan,
                            desa=kecamatan.children.first(), phone="").report  # fmt: skip


def test_every_service_step_keeps_the_fact_equal_to_a_rebuild(submitted, user_named):
    admin_user, handler = user_named("admin.kominfo"), user_named("penghubung.pupr")
    report = submitted
    steps = [
        lambda r: admin.verify(r, user=admin_user),
        lambda r: admin.disposition(r, user=admin_user, agency=Agency.objects.get(code="PUPR")),
        lambda r: handling.accept(r, user=handler),
        lambda r: handling.request_info(r, user=handler, question="Di sebelah mana tepatnya?"),
        lambda r: reporter.reply(r, text="Di depan pasar, sisi timur."),
        lambda r: handling.post_follow_up(r, user=handler, text="Sudah ditambal."),
        lambda r: handling.close(r, user=handler, reason="Selesai ditambal."),
        lambda r: reporter.rate(r, rating=2, comment="Tambalannya rusak lagi."),
        lambda r: reporter.reopen(r, reason="Rusak lagi."),
    ]
    for step in steps:
        step(Report.objects.get(pk=report.pk))
        live = snapshot(ReportFact, report.pk)
        rebuild_all()
        assert snapshot(ReportFact, report.pk) == live
    fact = ReportFact.objects.get(pk=report.pk)
    assert fact.status == "dibuka_kembali" and fact.reopen_count == 1 and fact.rating == 2 and fact.answered
    assert fact.verify_met is True and fact.response_met is None  # the reopen starts fresh clocks


def test_a_calendar_change_recomputes_the_durations(demo):
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    monday = datetime(2026, 9, 7, 9, 0, tzinfo=TZ)
    report = Report.objects.create(
        code="LPR-2026-CAL01", secret_hash="x", title="t", text="t", kecamatan=kecamatan, status="terverifikasi",
        status_changed_at=monday, submitted_at=monday, verified_at=datetime(2026, 9, 11, 10, 0, tzinfo=TZ),
    )  # fmt: skip
    rebuild_all()
    assert ReportFact.objects.get(pk=report.pk).verify_workdays == 4  # Tue, Wed, Thu, Fri
    assert ReportFact.objects.get(pk=report.pk).verify_met is False
    add_closed_day(date(2026, 9, 9), "Libur daerah")  # the recomputation runs inline under tests
    fact = ReportFact.objects.get(pk=report.pk)
    assert fact.verify_workdays == 3 and fact.verify_met is True


def test_information_requests_keep_their_fact(demo, user_named, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    draft = request_intake.RequestDraft(
        information="Salinan kontrak pemeliharaan jalan 2026.", purpose="Pemantauan.", obtain_method="soft",
        delivery_method="email", name="Siti Aminah", address="Indralaya", email="siti@example.org", consent=True,
        received_at=datetime(2026, 3, 17, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta")),
        identity_file=clean_upload("ktp.png", png_bytes()),
    )  # fmt: skip
    request = request_intake._submit(draft).request
    assert RequestFact.objects.get(pk=request.pk).agency_id is None
    request_services.assign_request(user_named("ppid.utama"), request, Agency.objects.get(code="PUPR"))
    fact = RequestFact.objects.get(pk=request.pk)
    assert fact.agency.code == "PUPR" and fact.notice_due is not None and fact.notice_workdays is None
    live = snapshot(RequestFact, request.pk)
    rebuild_all()
    assert snapshot(RequestFact, request.pk) == live
