"""The SP4N-LAPOR! exchange against the fake transport: import (idempotent), follow-ups pushed back,
forwarding through LAPOR with an outage and recovery, and answers synced back."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.complaints.identity import contact_for
from pintu.complaints.models import Channel, Report
from pintu.complaints.services import admin, handling
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from pintu.interop import lapor
from pintu.interop.models import Delivery, DeliveryStatus, ForwardingEndpoint
from pintu.interop.outbound.adapters.lapor_fake import FakeLaporTransport as Fake
from pintu.interop.outbound.adapters.lapor_interface import LaporReport, LaporUpdate
from pintu.interop.outbound.deliveries import deliver_due
from tests.factories import complaints as factories
from tests.interop.conftest import ADMIN, PUPR

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def lapor_report(lapor_id="LAPOR-9001", **values) -> LaporReport:
    defaults = {
        "title": "Jembatan gantung rusak",
        "text": "Jembatan gantung di Pemulutan rusak, papan lantainya banyak yang lepas dan berbahaya.",
        "kecamatan": "Pemulutan",
        "name": "Ahmad",
        "email": "ahmad@example.com",
    }
    return LaporReport(lapor_id=lapor_id, **{**defaults, **values})


def test_dispositioned_reports_are_imported_once(user_named):
    Fake.dispositioned.append(lapor_report())
    Fake.dispositioned.append(
        lapor_report("LAPOR-9002", anonymous=True, name="Rahasia Orang", title="Pungli di kantor desa")
    )
    assert lapor.import_dispositioned() == 2
    Fake.dispositioned.append(lapor_report())  # LAPOR sends the same report again
    from pintu.interop.models import ExchangeCursor

    ExchangeCursor.put("lapor.dispositioned", "")  # and we even lost our place
    assert lapor.import_dispositioned() == 0
    reports = Report.objects.filter(channel=Channel.LAPOR).order_by("pk")
    assert reports.count() == 2
    first, anonymous = reports
    assert first.kecamatan.name == "Pemulutan" and first.title == "Jembatan gantung rusak"
    assert anonymous.anonim and not anonymous.rahasia
    assert contact_for(user_named(ADMIN), anonymous).hidden


def test_follow_ups_are_pushed_back_once(user_named):
    Fake.dispositioned.append(lapor_report())
    lapor.import_dispositioned()
    report = Report.objects.get(channel=Channel.LAPOR)
    boss, pupr = user_named(ADMIN), user_named(PUPR)
    admin.verify(report, user=boss)
    admin.disposition(report, user=boss, agency=Agency.objects.get(code="PUPR"))
    handling.accept(report, user=pupr)
    handling.post_follow_up(report, user=pupr, text="Papan jembatan diganti minggu ini.")
    later = timezone.now() + datetime.timedelta(minutes=1)
    assert lapor.queue_follow_ups(timezone.now()) == 0  # not settled yet
    assert lapor.queue_follow_ups(later) == 1
    assert lapor.queue_follow_ups(later) == 0
    Fake.fail_next = 1  # LAPOR is down for the first try
    delivery = Delivery.objects.get(purpose="lapor_follow_up")
    deliver_due(delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and not Fake.follow_ups
    deliver_due(delivery.next_attempt_at)
    assert Fake.follow_ups == [("LAPOR-9001", Delivery.objects.get(pk=delivery.pk).payload)]
    assert Fake.follow_ups[0][1]["text"] == "Papan jembatan diganti minggu ini."
    assert "ahmad" not in str(Fake.follow_ups[0][1]).lower()


def test_forwarding_through_lapor_and_the_answer_synced_back(user_named, follow_up_date, kecamatan):
    bpjs = Agency.objects.get(code="BPJS_KES")
    ForwardingEndpoint.objects.create(agency=bpjs, slug="bpjs", adapter="lapor")
    report = factories.submit(
        title="Kartu BPJS nonaktif",
        text="Kartu BPJS Kesehatan ibu saya tiba-tiba nonaktif padahal iuran dibayar.",
        kecamatan=kecamatan,
        desa=None,
        category=None,
        name="Rudi",
        email="rudi@example.com",
        phone="",
    ).report
    admin.forward_out(
        report,
        user=user_named(ADMIN),
        agency=bpjs,
        channel="SP4N-LAPOR!",
        follow_up_date=follow_up_date,
        reason="Kepesertaan JKN kewenangan BPJS Kesehatan.",
    )
    delivery = Delivery.objects.get(purpose="forwarding")
    deliver_due(delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT and delivery.external_ref in Fake.pushed
    assert Fake.pushed[delivery.external_ref]["report"]["code"] == report.code

    Fake.updates.append(LaporUpdate("u-1", delivery.external_ref, "Kepesertaan sudah diaktifkan kembali."))
    assert lapor.fetch_answers() == 1
    from pintu.interop.models import ExchangeCursor

    ExchangeCursor.put("lapor.updates", "")
    assert lapor.fetch_answers() == 0  # the same update again changes nothing
    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI
    follow_up = Event.objects.for_case("report", report.pk).get(kind="follow_up")
    assert follow_up.reason == "Kepesertaan sudah diaktifkan kembali." and follow_up.payload["source"] == "lapor-update"


def test_lapor_sync_command_runs_the_exchange(capsys):
    Fake.dispositioned.append(lapor_report())
    call_command("lapor_sync")
    assert "diimpor 1" in capsys.readouterr().out
    call_command("lapor_sync")
    assert "diimpor 0" in capsys.readouterr().out


def test_the_sweep_is_off_without_a_transport(settings):
    from pintu.interop.sweeps import lapor_exchange

    settings.PINTU_LAPOR_TRANSPORT = ""
    Fake.dispositioned.append(lapor_report())
    assert lapor_exchange(None) == 0
    assert not Report.objects.exists()


@pytest.mark.parametrize(("anonymous", "confidential"), [(False, False), (True, False), (False, True), (True, True)])
def test_anonim_and_rahasia_are_imported_as_two_flags(anonymous, confidential):
    """A LAPOR! report that is both anonymous and confidential is imported as both (issue #15)."""
    Fake.dispositioned.append(lapor_report("LAPOR-9100", anonymous=anonymous, confidential=confidential))
    assert lapor.import_dispositioned() == 1
    report = Report.objects.get(channel=Channel.LAPOR)
    assert (report.anonim, report.rahasia) == (anonymous, confidential)
