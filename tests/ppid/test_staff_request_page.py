"""The PPID staff request page (issue #19 item 4): one action open at a time, every field id unique, empty
choices named in words, and an error that says which decision is missing."""

import re

import pytest
from django.urls import reverse

from pintu.agencies.models import Agency
from tests.factories.ppid import make_request

pytestmark = pytest.mark.django_db


def _ids(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html)


@pytest.fixture
def page_of(client, user_named):
    def get(username: str, request) -> str:
        client.force_login(user_named(username))
        response = client.get(reverse("ppid:staff_request_detail", args=[request.pk]))
        assert response.status_code == 200
        return response.content.decode()

    return get


@pytest.mark.parametrize("username", ["ppid.utama", "ppid.pupr"])
def test_every_id_on_the_page_is_unique_and_each_action_is_folded(demo, page_of, username):
    request = make_request(Agency.objects.get(code="PUPR"))
    html = page_of(username, request)
    ids = _ids(html)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []
    assert 'id="id_reason"' not in html  # the textareas are id_extend_reason, id_reason_reason, id_report_reason
    folded = re.findall(r'<details class="action[^"]*" id="([^"]+)"( open)?>', html)
    assert len(folded) >= 2
    assert [name for name, opened in folded if opened] == []  # nothing open until the officer chooses
    assert "---------" not in html


def test_empty_choices_are_words(demo, page_of):
    html = page_of("ppid.pupr", make_request(Agency.objects.get(code="PUPR")))
    assert "Tidak mengutip entri DIK (informasi tidak dikecualikan)" in html
    assert "Pilih bentuk informasi yang dikuasai" in html


def test_a_notice_without_a_decision_says_the_decision_is_missing(demo, client, user_named):
    request = make_request(Agency.objects.get(code="PUPR"))
    client.force_login(user_named("ppid.pupr"))
    response = client.post(reverse("ppid:staff_request_notice", args=[request.pk]), {"fee": "0"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pilih keputusan atas permohonan ini" in html
    assert "Bidang ini harus diisi" not in html and "This field is required" not in html
    assert re.search(r'<details class="action" id="putuskan" open>', html)  # the failed action comes back open
    assert 'href="#id_notice_decision' in html or 'id="id_notice_decision' in html


def test_an_assignment_without_an_agency_names_what_is_missing(demo, client, user_named):
    request = make_request()
    client.force_login(user_named("ppid.utama"))
    response = client.post(reverse("ppid:staff_request_assign", args=[request.pk]), {"note": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pilih instansi PPID Pembantu yang ditugasi" in html and "Bidang ini harus diisi" not in html
    assert "Pilih instansi yang ditugasi" in html  # the empty choice
