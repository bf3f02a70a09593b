"""The trainer's pages: create a round, add a seat (its sample made), see the checklist; reset (issue #19 item 3)."""

import pytest
from django.urls import reverse

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.practice.models import PracticeRound

pytestmark = pytest.mark.django_db(databases=["default", "practice"])


def test_a_trainer_creates_a_round_adds_a_seat_and_resets(client, user_named):
    client.force_login(user_named("ppid.utama"))
    response = client.post(reverse("practice:rounds"), {"name": "Sosialisasi Desember"})
    practice_round = PracticeRound.objects.get(name="Sosialisasi Desember")
    assert response.url == reverse("practice:round", args=[practice_round.pk])
    seat = {"username": "ppid.pupr", "role": Role.PPID_PEMBANTU, "agency": Agency.objects.get(code="PUPR").pk}
    assert client.post(reverse("practice:round", args=[practice_round.pk]), seat).status_code == 302
    page = client.get(reverse("practice:round", args=[practice_round.pk])).content.decode()
    assert "Permohonan informasi untuk diputuskan" in page and 'data-done="0"' in page
    again = client.post(reverse("practice:round", args=[practice_round.pk]), seat)
    assert again.status_code == 400 and "sudah punya kursi" in again.content.decode()
    assert client.post(reverse("practice:round_reset", args=[practice_round.pk])).status_code == 302
    assert practice_round.seats.get().cases.count() == 1


def test_an_empty_round_name_is_refused_in_words(client, user_named):
    client.force_login(user_named("admin.kominfo"))
    response = client.post(reverse("practice:rounds"), {"name": ""})
    assert response.status_code == 400 and "error-summary" in response.content.decode()
    assert not PracticeRound.objects.exists()


def test_a_trainee_without_a_seat_is_told_so(client, user_named):
    client.force_login(user_named("penghubung.pupr"))
    page = client.get(reverse("practice:home")).content.decode()
    assert "belum terdaftar di putaran latihan" in page
    assert client.post(reverse("practice:enter", args=[999])).url == reverse("practice:home")
