import pytest
from django.core import mail

from pintu.complaints.services import admin, handling, reporter
from pintu.complaints.workflow import Status

pytestmark = pytest.mark.django_db


def test_the_whole_path(submit, user_named, agency):
    result = submit()
    report = result.report
    assert report.code.startswith("LPR-") and result.secret
    assert report.verify_due is not None
    assert any(result.secret in m.body for m in mail.outbox)
    admin_user = user_named("admin.kominfo")
    report = admin.verify(report, user=admin_user)
    report = admin.disposition(report, user=admin_user, agency=agency("PUPR"))
    assert report.status == Status.DIDISPOSISIKAN and report.first_response_due
    opd = user_named("penghubung.pupr")
    report = handling.accept(report, user=opd)
    report = handling.request_info(report, user=opd, question="Di sebelah mana tepatnya?")
    assert report.resolve_due is None
    report = reporter.reply(report, text="Di depan toko emas, sisi utara.")
    assert report.status == Status.DIPROSES and report.resolve_due
    report = handling.post_follow_up(report, user=opd, text="Sudah ditambal pada 2 Desember.")
    report = reporter.rate(report, rating=2, comment="Tambalan sudah rusak lagi")
    report = reporter.reopen(report, reason="Tambalan sudah rusak lagi")
    assert report.status == Status.DIBUKA_KEMBALI
    report = handling.accept(report, user=opd)
    report = handling.post_follow_up(report, user=opd, text="Diaspal ulang.")
    report = handling.close(report, user=opd, reason="Selesai diaspal ulang")
    assert report.status == Status.SELESAI
