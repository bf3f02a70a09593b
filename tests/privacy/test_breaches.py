"""The breach register: the 3 x 24 hour clock, every action in the history and the audit chain, who may act."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from pintu.audit.models import AuditEntry
from pintu.history.models import Event
from pintu.mydata import breaches
from pintu.mydata.breach_clock import NOTIFY_WITHIN, notice_clock
from pintu.mydata.models import Breach

pytestmark = pytest.mark.django_db
T0 = datetime.datetime(2026, 5, 4, 9, 30, tzinfo=datetime.UTC)
H = datetime.timedelta(hours=1)


def _fields(**overrides) -> dict:
    values = {
        "title": "Ekspor register terkirim ke alamat yang salah",
        "discovered_at": timezone.now() - 2 * H,
        "description": "Berkas ekspor register permohonan terkirim lewat e-mail ke penerima yang salah.",
        "data_affected": "Nama, e-mail dan nomor telepon pemohon informasi.",
        "subjects_affected": "32 pemohon informasi tahun 2026",
        "measures": "Penerima menghapus berkas; ekspor tidak lagi dikirim lewat e-mail.",
    }
    values.update(overrides)
    return values


# --- the clock (pure) ---------------------------------------------------------------------------------------


def test_the_notice_is_due_72_hours_after_discovery_by_the_clock():
    assert NOTIFY_WITHIN == datetime.timedelta(hours=72)
    open_clock = notice_clock(T0, None, T0 + 71 * H)
    assert open_clock.due == datetime.datetime(2026, 5, 7, 9, 30, tzinfo=datetime.UTC)  # a Thursday: no working days
    assert not open_clock.overdue and open_clock.remaining == H and not open_clock.done
    assert notice_clock(T0, None, T0 + 72 * H).overdue is False  # at the due moment itself: still in time
    late_clock = notice_clock(T0, None, T0 + 72 * H + datetime.timedelta(seconds=1))
    assert late_clock.overdue and late_clock.remaining < datetime.timedelta(0)


def test_a_notice_recorded_after_the_due_moment_is_late_and_no_longer_overdue():
    on_time = notice_clock(T0, T0 + 70 * H, T0 + 100 * H)
    assert on_time.done and not on_time.late and not on_time.overdue and on_time.remaining is None
    late = notice_clock(T0, T0 + 73 * H, T0 + 100 * H)
    assert late.done and late.late and not late.overdue


# --- the register -------------------------------------------------------------------------------------------


def test_recording_numbers_the_breach_starts_the_clock_and_is_audited(user_named):
    admin = user_named("sysadmin")
    breach = breaches.record_breach(user=admin, **_fields())
    assert breach.number == f"KPDP/{timezone.localdate().year}/001"
    assert breaches.record_breach(user=admin, **_fields()).number.endswith("/002")
    assert breach.notify_due == breach.discovered_at + 72 * H
    assert not breach.overdue()
    assert breach.overdue(breach.discovered_at + 73 * H)
    event = Event.objects.get(case_type="pdp_breach", case_id=breach.pk, kind="breach_recorded")
    assert event.actor == admin
    assert AuditEntry.objects.filter(action="event.breach_recorded", target_id=str(breach.pk)).exists()


def test_notices_are_recorded_with_when_and_how_and_flag_lateness(user_named):
    admin = user_named("sysadmin")
    breach = breaches.record_breach(user=admin, **_fields(discovered_at=timezone.now() - 80 * H))
    assert breach.overdue()
    with pytest.raises(ValidationError) as refused:
        breaches.record_notice(breach, user=admin, to="subjects", at=breach.discovered_at - H, how="")
    assert set(refused.value.message_dict) == {"at", "how"}
    breaches.record_notice(breach, user=admin, to="subjects", at=breach.discovered_at + 10 * H,
                           how="Surat nomor 000.9.5/001/DISKOMINFO/2026 lewat e-mail")  # fmt: skip
    breach = breaches.record_notice(breach, user=admin, to="authority", at=timezone.now() - H, how="Surat tercatat")
    assert not breach.overdue()
    assert not breach.subjects_clock().late and breach.authority_clock().late
    kinds = dict(Event.objects.filter(case_type="pdp_breach", case_id=breach.pk).values_list("kind", "payload"))
    assert kinds["subjects_notified"]["late"] is False and kinds["authority_notified"]["late"] is True
    assert AuditEntry.objects.filter(action="event.authority_notified", target_id=str(breach.pk)).exists()
    call_command("audit_verify")


def test_closing_needs_every_notice_and_changes_are_named_not_copied(user_named):
    admin = user_named("sysadmin")
    breach = breaches.record_breach(user=admin, **_fields(public_notice_needed=True))
    with pytest.raises(ValidationError) as refused:
        breaches.close_breach(breach, user=admin)
    assert "subjek data, lembaga, masyarakat" in refused.value.messages[0]
    for to in ("subjects", "authority", "public"):
        breaches.record_notice(breach, user=admin, to=to, at=timezone.now(), how="Surat dan laman resmi")
    breach = breaches.update_breach(breach, user=admin, measures="Kata sandi layanan diganti.", subjects_count=32)
    updated = Event.objects.get(case_type="pdp_breach", case_id=breach.pk, kind="breach_updated")
    assert updated.payload == {"fields": ["measures", "subjects_count"]}
    assert "Kata sandi" not in str(AuditEntry.objects.filter(target_id=str(breach.pk)).values_list("details"))
    assert breaches.close_breach(breach, user=admin).closed_at is not None


def test_only_the_system_admin_keeps_the_register(user_named):
    with pytest.raises(PermissionDenied):
        breaches.record_breach(user=user_named("ppid.utama"), **_fields())
    breach = breaches.record_breach(user=user_named("sysadmin"), **_fields())
    for username in ("ppid.utama", "admin.kominfo", "warga"):
        with pytest.raises(PermissionDenied):
            breaches.record_notice(breach, user=user_named(username), to="subjects", at=timezone.now(), how="x")
    assert breaches.breaches_visible_to(user_named("ppid.utama")).exists()
    assert not breaches.breaches_visible_to(user_named("admin.kominfo")).exists()


def test_a_discovery_in_the_future_or_an_occurrence_after_it_is_refused(user_named):
    with pytest.raises(ValidationError) as refused:
        breaches.record_breach(user=user_named("sysadmin"), **_fields(discovered_at=timezone.now() + 2 * H))
    assert "discovered_at" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        breaches.record_breach(user=user_named("sysadmin"), **_fields(occurred_at=timezone.now()))
    assert "occurred_at" in refused.value.message_dict
    assert not Breach.objects.exists()


# --- the pages ----------------------------------------------------------------------------------------------


def test_the_register_page_flags_an_overdue_notice(client, user_named):
    breach = breaches.record_breach(user=user_named("sysadmin"), **_fields(discovered_at=timezone.now() - 75 * H))
    client.force_login(user_named("sysadmin"))
    assert reverse("mydata:breach_list") in client.get(reverse("web:staff_home")).content.decode()
    html = client.get(reverse("mydata:breach_list")).content.decode()
    assert breach.number in html and "data-overdue" in html and "Lewat tenggat" in html
    detail = client.get(reverse("mydata:breach_detail", args=[breach.pk])).content.decode()
    assert "Tenggat pemberitahuan (3 x 24 jam)" in detail and "Kegagalan pelindungan data pribadi dicatat" in detail
    response = client.post(reverse("mydata:breach_detail", args=[breach.pk]), {
        "action": "notice", "to": "subjects", "at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "how": "E-mail kepada 32 pemohon",
    })  # fmt: skip
    assert response.status_code == 302
    assert Breach.objects.get(pk=breach.pk).subjects_notified_how == "E-mail kepada 32 pemohon"
    refused = client.post(reverse("mydata:breach_detail", args=[breach.pk]), {"action": "notice", "to": "authority"})
    assert refused.status_code == 400 and "Isi kapan pemberitahuan disampaikan." in refused.content.decode()


def test_the_ppid_utama_reads_but_does_not_keep_the_register(client, user_named):
    breach = breaches.record_breach(user=user_named("sysadmin"), **_fields())
    client.force_login(user_named("ppid.utama"))
    assert client.get(reverse("mydata:breach_detail", args=[breach.pk])).status_code == 200
    refused = client.post(reverse("mydata:breach_detail", args=[breach.pk]),
                          {"action": "notice", "to": "subjects", "at": "2026-05-04T10:00", "how": "x"})  # fmt: skip
    assert refused.status_code == 403 and Breach.objects.get(pk=breach.pk).subjects_notified_at is None


def test_the_admin_records_a_breach_through_the_service(client, user_named):
    client.force_login(user_named("sysadmin"))
    discovered = timezone.localtime() - 3 * H
    data = {**_fields(), "discovered_at_0": discovered.strftime("%Y-%m-%d"),
            "discovered_at_1": discovered.strftime("%H:%M:%S"), "occurred_at_0": "", "occurred_at_1": ""}  # fmt: skip
    del data["discovered_at"]
    response = client.post(reverse("admin:mydata_breach_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    breach = Breach.objects.get()
    assert breach.number.startswith("KPDP/") and breach.recorded_by == user_named("sysadmin")
    assert Event.objects.filter(case_type="pdp_breach", case_id=breach.pk, kind="breach_recorded").exists()
    changelist = reverse("admin:mydata_breach_changelist")
    assert breach.number in client.get(changelist + "?tenggat=terbuka").content.decode()
    assert breach.number not in client.get(changelist + "?tenggat=lewat").content.decode()


def test_a_missing_kop_surat_is_explained_not_a_server_error(client, user_named):
    admin = user_named("sysadmin")
    breach = breaches.record_breach(user=admin, **_fields())
    addressee = {"name": "Kepala Lembaga PDP", "salutation": "jabatan"}
    letter = breaches.draft_notice_letter(breach, user=admin, recipient="lembaga", addressee=addressee)
    client.force_login(admin)
    response = client.get(reverse("mydata:breach_letter", args=[breach.pk, letter.pk]), follow=True)
    assert response.status_code == 200 and "Kop surat Pemerintah Daerah belum diatur" in response.content.decode()
