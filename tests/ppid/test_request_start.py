"""A citizen finds the online information request from the home page (issue #16 item 1): a start card on
the home page, a start page on the PPID site with what is needed, what happens and the 10+7 day clock,
"Mulai" to the online form, and the desk, letter and e-mail routes as alternatives."""

import re

import pytest
from django.urls import reverse

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.ppid import domain
from pintu.ppid.selectors import ppid_officers

pytestmark = pytest.mark.django_db


def _links(html: str) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', html))


def test_the_home_page_has_a_start_card_for_information_requests(client):
    html = client.get("/").content.decode()
    start = reverse("ppid:page", args=["permohonan"])
    assert start in _links(html)
    assert "Minta informasi publik" in html


def test_the_ppid_landing_page_links_the_start_page_and_tracking(client):
    html = client.get(reverse("ppid:landing")).content.decode()
    assert reverse("ppid:page", args=["permohonan"]) in _links(html)
    assert reverse("ppid:request_track") in _links(html)


def test_the_start_page_explains_the_clock_and_starts_the_online_form(client, demo):
    utama = ppid_officers().get(role=Role.PPID_UTAMA)
    Agency.objects.filter(pk=utama.agency_id).update(
        address="Jl. Lintas Timur KM 35, Indralaya", email="ppid@contoh.go.id", phone="0711-000000"
    )
    html = client.get(reverse("ppid:page", args=["permohonan"])).content.decode()
    assert reverse("ppid:request_create") in _links(html)
    assert f"{domain.REQUEST_NOTICE_DAYS} hari kerja" in html
    assert f"{domain.REQUEST_EXTENSION_DAYS} hari kerja" in html
    assert "KTP" in html
    # the other routes are alternatives, with the PPID's real address and e-mail
    assert "Jl. Lintas Timur KM 35, Indralaya" in html
    assert "mailto:ppid@contoh.go.id" in html
    assert html.index(reverse("ppid:request_create")) < html.index("Cara lain mengajukan permohonan")


def test_the_online_form_opens_for_a_guest(client):
    response = client.get(reverse("ppid:request_create"))
    assert response.status_code == 200
