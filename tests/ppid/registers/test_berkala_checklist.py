"""Issue #18 item 3: the berkala checklist per unit with due dates, reminders to the owning PPID Pembantu,
the PPID Utama's overdue dashboard, and serta-merta announcements with their five statements on the
home page while in force."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.ppid.registers import berkala, services, sweeps
from pintu.ppid.registers.models import DipCategory, DipItem, DipStatus
from pintu.workdays.calendar import get_calendar

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def _berkala(**filters):
    return DipItem.objects.filter(category=DipCategory.BERKALA, **filters)


def test_a_new_region_gets_the_checklist_as_drafts_per_unit_with_due_dates(demo):
    result = berkala.seed_checklist()
    units = Agency.objects.filter(active=True, kind__in=berkala.UNIT_KINDS).count()
    expected = units * len(berkala.EVERY_UNIT) + len(berkala.PEMKAB_WIDE)
    assert result.created == expected == _berkala(status=DipStatus.DRAFT).count()
    assert _berkala(next_due_date__isnull=True).count() == 0  # every entry has the date it is due
    pupr = _berkala(agency__code="PUPR")
    assert pupr.count() == len(berkala.EVERY_UNIT)
    lkjip = pupr.get(title__startswith="Laporan Kinerja")
    assert lkjip.next_due_date.month in (3, 2) and get_calendar().is_working_day(lkjip.next_due_date)
    assert _berkala(agency__code="BPBD", title__startswith="Prosedur peringatan dini").exists()  # owner by code
    again = berkala.seed_checklist()
    assert again.created == 0 and again.existing == expected  # idempotent


def test_the_demo_publishes_it_and_the_ppid_page_counts_at_least_20(demo, client):
    call_command("berkala_checklist", "--publish", stdout=open("/dev/null", "w"))
    published = _berkala(status=DipStatus.PUBLISHED)
    assert published.count() >= 20
    assert not published.filter(next_due_date__isnull=True).exists()  # due again after the period
    page = client.get(reverse("ppid:landing")).content.decode()
    card = page[page.index('id="kategori-berkala"') :]
    shown = int(re.search(r"(\d+) informasi diumumkan", card).group(1))
    assert shown == published.count() >= 20


def test_a_draft_keeps_its_due_date_when_edited(demo, user_named):
    berkala.seed_checklist()
    item = _berkala(agency__code="PUPR").first()
    due = item.next_due_date
    item = services.update_dip_item(user_named("ppid.pupr"), item, summary="Diperbarui oleh PPID Pembantu.")
    assert item.next_due_date == due


def test_reminder_goes_to_the_owning_ppid_pembantu(demo, user_named):
    berkala.seed_checklist(today=TODAY() - datetime.timedelta(days=60))  # due 30 days ago
    mail.outbox.clear()
    sent = sweeps.berkala_due(timezone.now())
    assert sent == _berkala(next_due_date__lte=TODAY() + datetime.timedelta(days=14)).count() > 0
    pupr_mail = [m for m in mail.outbox if user_named("ppid.pupr").email in m.to]
    assert len(pupr_mail) == _berkala(agency__code="PUPR", next_due_date__lte=TODAY()).count()
    assert all(user_named("ppid.utama").email not in m.to for m in pupr_mail)  # the Utama has the dashboard
    assert "masih draf" in pupr_mail[0].body
    assert sweeps.berkala_due(timezone.now()) == 0  # once per item and due date


def test_the_overdue_dashboard(demo, client, user_named):
    berkala.seed_checklist(today=TODAY() - datetime.timedelta(days=60))
    url = reverse("ppid:staff_berkala_overdue")
    client.force_login(user_named("ppid.utama"))
    page = client.get(url)
    assert page.status_code == 200
    overdue = _berkala(next_due_date__lt=TODAY()).count()
    assert overdue > 0 and page.context["count"] == overdue
    assert "Dinas Pekerjaan Umum dan Penataan Ruang" in page.content.decode()
    client.force_login(user_named("ppid.pupr"))
    assert client.get(url).status_code == 403


# --- serta merta ------------------------------------------------------------------------------------------

ALERT = {
    "category": "serta_merta", "title": "Banjir di Kecamatan Pemulutan",
    "hazard": "Banjir setinggi 1 meter akibat luapan Sungai Ogan.",
    "affected": "Warga Desa Pemulutan Ulu dan Pemulutan Ilir.",
    "evacuation": "Mengungsi ke Balai Desa Pemulutan Ulu melalui jalan lintas timur.",
    "avoid_harm": "Matikan listrik rumah, jauhi arus air, simpan dokumen penting di tempat tinggi.",
    "get_help": "Posko BPBD 0711-000000, Puskesmas Pemulutan.",
}  # fmt: skip


def _alert(draft_item, user_named, **overrides):
    item = draft_item(**{**ALERT, **overrides})
    return services.publish_dip_item(user_named("ppid.utama"), item)


def test_serta_merta_needs_its_five_statements_to_be_published(draft_item, user_named):
    item = draft_item(**{**ALERT, "evacuation": "", "get_help": ""})
    with pytest.raises(ValidationError) as refused:
        services.publish_dip_item(user_named("ppid.utama"), item)
    assert "evakuasi" in str(refused.value) and "bantuan" in str(refused.value)


def test_serta_merta_in_force_is_first_on_the_home_page(draft_item, user_named, client):
    _alert(draft_item, user_named)
    _alert(draft_item, user_named, title="Pemadaman air bersih", in_force_until=TODAY() - datetime.timedelta(days=1))
    page = client.get(reverse("web:home")).content.decode()
    assert "Pengumuman serta merta" in page
    assert page.index("Banjir di Kecamatan Pemulutan") < page.index('class="hero"')  # before everything else
    for statement in ALERT.values():
        if statement not in ("serta_merta",):
            assert statement in page
    assert "Pemadaman air bersih" not in page  # no longer in force


def test_home_page_without_an_announcement_has_no_alert_section(demo, client):
    assert "Pengumuman serta merta" not in client.get(reverse("web:home")).content.decode()


def test_the_overdue_dashboard_through_the_api(demo, client_for):
    berkala.seed_checklist(today=TODAY() - datetime.timedelta(days=60))
    url = reverse("api:staff_ppid_berkala_overdue")
    answer = client_for("ppid.utama").get(url)
    assert answer.status_code == 200
    body = answer.json()
    rows = body["results"] if isinstance(body, dict) else body
    assert len(rows) == min(_berkala(next_due_date__lt=TODAY()).count(), len(rows)) > 0
    assert client_for("ppid.pupr").get(url).status_code == 403
