"""The staff register of requests: newest first (numbers of one day in order), the other orders on request, the
"Waktu" cell of a request no longer awaiting its notice, the number of the signed notice letter."""

import datetime
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.ppid.requests.models import InformationRequest

pytestmark = pytest.mark.django_db
WIB = zoneinfo.ZoneInfo("Asia/Jakarta")
ROW = re.compile(r'href="/ppid/staf/permohonan/(\d+)/"')


def at(day: int, hour: int) -> datetime.datetime:
    return datetime.datetime(2026, 11, day, hour, tzinfo=WIB)  # 2-3 November 2026: Monday, Tuesday


@pytest.fixture
def four(filed):
    """Registered in this order (so numbered so); the second was received earlier that day than the first."""
    return [filed(received_at=at(2, 10)), filed(received_at=at(2, 8)), filed(received_at=at(3, 9)),
            filed(received_at=at(2, 11))]  # fmt: skip


@pytest.fixture
def utama(client, user_named):
    client.force_login(user_named("ppid.utama"))


def listed(client, **params) -> list[int]:
    return [int(pk) for pk in ROW.findall(client.get(reverse("ppid:staff_requests"), params).content.decode())]


def test_newest_day_first_and_numbers_of_a_day_in_order(client, utama, four):
    a, b, c, d = four
    assert a.number < b.number < c.number < d.number
    assert listed(client) == [c.pk, d.pk, b.pk, a.pk]
    assert listed(client, urut="terlama") == [a.pk, b.pk, d.pk, c.pk]
    html = client.get(reverse("ppid:staff_requests")).content.decode()
    assert 'name="urut"' in html and "Terbaru dulu" in html


def test_deadline_order_is_kept_as_an_option(client, utama, four):
    a, b, c, d = four
    InformationRequest.objects.filter(pk=c.pk).update(due_date=a.due_date - datetime.timedelta(days=1))
    assert listed(client, urut="tenggat") == [c.pk, a.pk, b.pk, d.pk]  # one due date for the 2nd: by number


def test_deadline_order_puts_answered_requests_after_the_open_ones(client, utama, four):
    """Stranger check 2026-12-07: year-old answered requests came first, the overdue open ones buried among them."""
    a, b, c, d = four
    long_ago = a.due_date - datetime.timedelta(days=300)
    InformationRequest.objects.filter(pk=a.pk).update(status="diputuskan", due_date=long_ago)
    assert listed(client, urut="tenggat") == [b.pk, d.pk, c.pk, a.pk]


def test_time_cell_says_how_a_request_ended_and_the_letter_number_is_shown(client, utama, four):
    a, b, c, d = four
    closed_at = timezone.now() - datetime.timedelta(days=2)
    InformationRequest.objects.filter(pk=a.pk).update(status="selesai", closed_at=closed_at,
                                                      notice_number="000.9/017/PPID/2026")  # fmt: skip
    InformationRequest.objects.filter(pk=b.pk).update(status="diputuskan", decided_at=at(4, 10))
    InformationRequest.objects.filter(pk=d.pk).update(status="perlu_dilengkapi")
    html = client.get(reverse("ppid:staff_requests")).content.decode()
    cells = {r.pk: html.split(f'href="/ppid/staf/permohonan/{r.pk}/"', 1)[1].split("</tr>", 1)[0] for r in four}
    assert f"Selesai {timezone.localdate(closed_at).day} " in cells[a.pk]
    assert "000.9/017/PPID/2026" in cells[a.pk] and "000.9/017/PPID/2026" not in cells[c.pk]
    assert "Diberitahukan 4 Nov 2026" in cells[b.pk]
    assert "Menunggu kelengkapan dari pemohon" in cells[d.pk]
    assert "hari ke-" in cells[c.pk]
    assert "Nomor surat pemberitahuan" in html
