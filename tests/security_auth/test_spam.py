"""Spam defence without outside services: honeypot and signed render time; refusals keep what was typed."""

import time

import pytest
from django import forms
from django.urls import reverse

from pintu.complaints.models import Report
from pintu.ppid.requests.models import InformationRequest
from pintu.security.spam import SpamGuardMixin, render_time, render_token
from tests.complaints.test_views_public import finish_data, walk_to_finish

from .test_rate_limits import request_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_spam_settings(settings, tmp_path):
    settings.PINTU_SPAM_MIN_SECONDS = 3
    settings.PINTU_SPAM_MAX_AGE_SECONDS = 3600
    settings.MEDIA_ROOT = tmp_path / "media"


def aged(seconds: float) -> str:
    return render_token(time.time() - seconds)


class Small(SpamGuardMixin, forms.Form):
    name = forms.CharField()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (lambda: {"website": "http://spam.example", "rendered_at": aged(10)}, "kolom tersembunyi terisi"),
        (lambda: {"rendered_at": aged(0)}, "terlalu cepat"),
        (lambda: {}, "terlalu cepat"),  # no render time at all: a bot that never rendered the form
        (lambda: {"rendered_at": aged(7200)}, "terlalu lama terbuka"),
        (lambda: {"rendered_at": aged(10)[:-2] + "xx"}, "tidak dikenali"),  # forged
    ],
)
def test_the_guard_refuses_bots_and_offers_a_fresh_render_time(extra, message):
    form = Small({"name": "Siti", **extra()})
    assert not form.is_valid()
    assert message in " ".join(form.non_field_errors())
    assert form["name"].value() == "Siti"  # what was typed is shown again
    assert form["website"].value() == ""
    fresh = render_time(form["rendered_at"].value())
    assert fresh is not None and time.time() - fresh >= 3  # an immediate resend by the person passes
    assert Small({"name": "Siti", "rendered_at": form["rendered_at"].value()}).is_valid()


def test_a_person_at_human_speed_passes():
    assert Small({"name": "Siti", "rendered_at": aged(5)}).is_valid()
    unbound = Small()
    assert abs(render_time(unbound["rendered_at"].value()) - time.time()) < 5


def test_the_information_request_form_refuses_a_filled_honeypot_and_keeps_the_input(client, demo):
    page = client.get(reverse("ppid:request_create")).content.decode()
    assert 'name="website"' in page and 'name="rendered_at"' in page and 'class="hp-field"' in page
    data = request_data(idempotency_key="s1", website="http://spam.example", rendered_at=aged(10))
    response = client.post(reverse("ppid:request_create"), data)
    html = response.content.decode()
    assert response.status_code in (200, 400) and "kolom tersembunyi terisi" in html
    assert "Daftar paket pekerjaan jalan tahun 2026 beserta nilainya." in html and 'value="Siti Aminah"' in html
    assert not InformationRequest.objects.exists()
    resend = request_data(idempotency_key="s1", rendered_at=response.context["form"]["rendered_at"].value())
    assert client.post(reverse("ppid:request_create"), resend).status_code == 302


def test_the_report_wizard_refuses_a_too_fast_final_step_and_keeps_the_input(client, area):
    walk_to_finish(client, area)
    page = client.get(reverse("complaints:intake_finish")).content.decode()
    assert 'name="rendered_at"' in page and 'name="website"' in page
    response = client.post(reverse("complaints:intake_finish"), finish_data(client, rendered_at=render_token()))
    html = response.content.decode()
    assert response.status_code == 200 and "terlalu cepat" in html and 'value="Ahmad Fauzi"' in html
    assert not Report.objects.exists()
    again = finish_data(client, rendered_at=response.context["form"]["rendered_at"].value())
    assert client.post(reverse("complaints:intake_finish"), again).status_code == 302
    assert Report.objects.count() == 1


def test_the_objection_form_carries_the_guard(client, demo):
    client.post(reverse("ppid:request_create"), request_data(idempotency_key="o1", rendered_at=aged(10)))
    info = InformationRequest.objects.get()
    url = reverse("ppid:objection_file", args=[info.number])
    assert 'name="rendered_at"' in client.get(url).content.decode()
    data = {"grounds": ["a"], "description": "Permohonan saya tidak dijawab.", "website": "x", "rendered_at": aged(9)}
    response = client.post(url, data)
    assert response.status_code == 400 and "kolom tersembunyi terisi" in response.content.decode()
    assert "Permohonan saya tidak dijawab." in response.content.decode()


def test_staff_entry_of_a_paper_request_has_no_guard(client, user_named):
    client.force_login(user_named("ppid.utama"))
    page = client.get(reverse("ppid:staff_request_create")).content.decode()
    assert 'name="website"' not in page and 'name="rendered_at"' not in page
