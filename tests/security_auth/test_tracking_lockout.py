"""Tracking lock-out (issue #15 item 6) and limits that do not punish shared addresses (issue #16 item 6).

Wrong tracking secrets are counted per code AND client (the account, else a signed client cookie, else the
address): whoever guesses waits, with a 429 that says how long and links back, while the real reporter's
correct secret, from another client, always passes, on the web and in the API, for complaints, information
requests and objections. The address is a wider net that never refuses a client for its neighbours' requests.
"""

import datetime

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.categories.models import Category
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.security import clientid
from tests.factories.ppid import SECRET as REQUEST_SECRET
from tests.factories.ppid import at, make_request

from .conftest import password_login

pytestmark = pytest.mark.django_db
WRONG = "AAAA-BBBB"
OFFICE = "10.20.30.40"  # one address for a whole office


@pytest.fixture
def production_rates(settings):
    """The shipped defaults, whatever a test before changed."""
    settings.RATELIMIT_ENABLE = True


@pytest.fixture
def reported(area):
    kecamatan, desa = area
    draft = ReportDraft(
        title="Jalan berlubang di depan pasar", text="Jalan di depan pasar Indralaya berlubang besar sejak sebulan.",
        kecamatan=kecamatan, desa=desa, category=Category.objects.get(code="INFRASTRUKTUR"), name="Siti",
        email="siti@example.com", consent=True,
    )  # fmt: skip
    done = submit_report(draft)
    return done.report.code, done.secret


def assert_wait_page(response, back: str):
    html = response.content.decode()
    assert response.status_code == 429
    assert "Coba lagi dalam" in html and ("menit" in html or "detik" in html)  # how long, in words (a fixed
    # window may have less than a minute left)
    assert int(response["Retry-After"]) >= 1
    assert f'href="{back}"' in html  # a way back


def guess(client, url, data, times, **extra):
    return [client.post(url, data, **extra).status_code for _ in range(times)]


# --- complaints, web ----------------------------------------------------------------------------


def test_ten_wrong_secrets_from_someone_else_do_not_lock_the_reporter_out(reported, production_rates):
    code, secret = reported
    url = reverse("complaints:track")
    guesser = Client()
    assert guess(guesser, url, {"code": code, "secret": WRONG}, 10, REMOTE_ADDR=OFFICE) == [200] * 10
    assert_wait_page(guesser.post(url, {"code": code, "secret": secret}, REMOTE_ADDR=OFFICE), back=url)
    # the reporter, another browser at the same office, types the right secret: it passes at once
    reporter = Client()
    response = reporter.post(url, {"code": code, "secret": secret}, REMOTE_ADDR=OFFICE)
    assert response.status_code == 302 and response["Location"] == reverse("complaints:track_detail", args=[code])
    # and a wrong secret typed by the reporter is still only "wrong", not a lock-out
    other = Client()
    assert other.post(url, {"code": code, "secret": WRONG}, REMOTE_ADDR="10.9.9.9").status_code == 200


def test_the_guesser_is_counted_across_addresses_by_its_client_cookie(reported, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"client": "100/h", "ip": "100/h", "identity": "3/h"}}
    code, secret = reported
    url = reverse("complaints:track")
    guesser = Client()
    for n in range(3):
        assert guesser.post(url, {"code": code, "secret": WRONG}, REMOTE_ADDR=f"10.0.7.{n}").status_code == 200
    assert guesser.post(url, {"code": code, "secret": secret}, REMOTE_ADDR="10.0.7.99").status_code == 429
    assert clientid.cookie_name() in guesser.cookies  # the cookie that ties its requests together


def test_throwing_the_cookie_away_buys_a_bounded_number_of_fresh_clients(reported, settings):
    """Fresh ids per address are limited; beyond them the address is the client, and it is limited."""
    settings.PINTU_NEW_CLIENTS_RATE = "3/h"
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"client": "100/h", "ip": "5/h", "identity": "3/h"}}
    code, secret = reported
    url = reverse("complaints:track")
    reporter = Client()
    reporter.get(url)  # nothing issued for a page view
    assert clientid.cookie_name() not in reporter.cookies
    assert reporter.post(url, {"code": code, "secret": secret}, REMOTE_ADDR=OFFICE).status_code == 302
    assert clientid.cookie_name() in reporter.cookies  # the reporter's browser got its id before the attack
    reporter.session.flush()  # a new visit: the secret must be typed again
    answers = [Client().post(url, {"code": code, "secret": WRONG}, REMOTE_ADDR=OFFICE).status_code for _ in range(12)]
    assert answers.count(200) <= 8 and answers[-4:] == [429] * 4  # a handful of guesses, then refused
    # the reporter's own correct secret passes though the address is over its limit: it is not their doing
    response = reporter.post(url, {"code": code, "secret": secret}, REMOTE_ADDR=OFFICE)
    assert response.status_code == 302


def test_a_forged_client_cookie_is_no_client(reported, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"client": "100/h", "ip": "100/h", "identity": "2/h"}}
    code, _secret = reported
    url = reverse("complaints:track")
    guesser = Client()
    guesser.cookies[clientid.cookie_name()] = "buatan-sendiri-tanpa-tanda-tangan"
    statuses = guess(guesser, url, {"code": code, "secret": WRONG}, 3, REMOTE_ADDR="10.0.8.1")
    assert statuses == [200, 200, 429]  # the forged value was replaced by a signed id of our own, and counted
    assert signing.loads(guesser.cookies[clientid.cookie_name()].value, salt=clientid.SALT)


# --- complaints and information requests, API ---------------------------------------------------


def test_api_guesser_waits_and_the_reporter_passes(reported, production_rates):
    code, secret = reported
    url = f"/api/v1/track/reports/{code}/"
    guesser = APIClient()
    for _ in range(10):
        assert guesser.get(url, HTTP_X_TRACKING_SECRET=WRONG, REMOTE_ADDR=OFFICE).status_code == 404
    limited = guesser.get(url, HTTP_X_TRACKING_SECRET=secret, REMOTE_ADDR=OFFICE)
    assert limited.status_code == 429 and int(limited["Retry-After"]) >= 1
    body = limited.json()
    assert body["code"] == "rate_limited" and body["retry_after"] >= 1 and "Coba lagi dalam" in body["detail"]
    assert APIClient().get(url, HTTP_X_TRACKING_SECRET=secret, REMOTE_ADDR=OFFICE).status_code == 200


def test_information_requests_web_and_api(demo, production_rates):
    info = make_request()
    web, api = reverse("ppid:request_track"), f"/api/v1/track/ppid/requests/{info.slug}/"
    guesser = Client()
    assert guess(guesser, web, {"number": info.number, "secret": WRONG}, 10, REMOTE_ADDR=OFFICE) == [200] * 10
    assert_wait_page(guesser.post(web, {"number": info.number, "secret": REQUEST_SECRET}, REMOTE_ADDR=OFFICE), web)
    # the counters are the request's, whichever face: the same guesser is refused by the API too
    api_guesser = APIClient()
    api_guesser.cookies = guesser.cookies
    assert api_guesser.get(api, HTTP_X_TRACKING_SECRET=REQUEST_SECRET, REMOTE_ADDR=OFFICE).status_code == 429
    requester = Client()
    response = requester.post(web, {"number": info.number.lower(), "secret": REQUEST_SECRET}, REMOTE_ADDR=OFFICE)
    assert response.status_code == 302
    assert APIClient().get(api, HTTP_X_TRACKING_SECRET=REQUEST_SECRET, REMOTE_ADDR=OFFICE).status_code == 200


def test_objection_form_secret(demo, production_rates, settings):
    settings.PINTU_RATES = {
        **settings.PINTU_RATES,
        "objection": {**settings.PINTU_RATES["objection"], "identity": "3/h"},
    }
    today = timezone.localdate()
    info = make_request(Agency.objects.get(code="PUPR"), received=at(today - datetime.timedelta(days=19)),
                        decided=at(today - datetime.timedelta(days=5)), due=today, decision="granted_part",
                        fee="150000")  # fmt: skip
    url = reverse("ppid:objection_file", args=[info.slug])
    data = {"secret": WRONG, "grounds": ["f"], "description": "Biaya salinan elektronik seharusnya gratis."}
    guesser = Client()
    assert guess(guesser, url, data, 3, REMOTE_ADDR=OFFICE) == [400] * 3
    assert_wait_page(guesser.post(url, {**data, "secret": REQUEST_SECRET}, REMOTE_ADDR=OFFICE), back=url)
    response = Client().post(url, {**data, "secret": REQUEST_SECRET}, REMOTE_ADDR=OFFICE)
    assert response.status_code == 302  # the requester files the objection


# --- shared addresses for every limit -----------------------------------------------------------


def test_an_office_address_is_not_one_person(demo, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "login": {"client": "2/10m", "ip": "3/10m", "identity": "100/h"}}
    first, second = Client(), Client()
    assert [password_login(first, "tidak.ada", "salah", REMOTE_ADDR=OFFICE).status_code for _ in range(2)] == [200] * 2
    assert_wait_page(password_login(first, "tidak.ada", "salah", REMOTE_ADDR=OFFICE), back=reverse("web:login"))
    # the address is over its limit now, but a colleague who has not tried yet is not refused for it
    assert password_login(second, "warga", REMOTE_ADDR=OFFICE).status_code == 302
    assert password_login(Client(), "tidak.ada", "salah", REMOTE_ADDR=OFFICE).status_code == 200
    # while the one who did keep trying is
    assert password_login(first, "tidak.ada", "lagi", REMOTE_ADDR="10.99.0.1").status_code == 429


def test_api_throttle_counts_a_client_cookie_before_the_address_and_says_how_long(demo, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "api": {**settings.PINTU_RATES["api"], "client": "2/m",
                                                            "ip": "3/m"}}  # fmt: skip
    url = "/api/v1/categories/"
    script = APIClient()
    assert [script.get(url, REMOTE_ADDR=OFFICE).status_code for _ in range(2)] == [200, 200]
    limited = script.get(url, REMOTE_ADDR=OFFICE)
    assert limited.status_code == 429 and int(limited["Retry-After"]) >= 1
    assert limited.json()["code"] == "rate_limited" and "Coba lagi dalam" in limited.json()["detail"]
    browser = APIClient()  # a browser at the same office that keeps the client cookie of the web pages
    browser.cookies[clientid.cookie_name()] = signing.dumps("perangkat-kantor-0001", salt=clientid.SALT)
    assert browser.get(url, REMOTE_ADDR=OFFICE).status_code == 200


def test_lockout_page_links_back(demo, settings):
    settings.AXES_FAILURE_LIMIT = 2
    client = Client()
    for _ in range(2):
        password_login(client, "warga", "salah")
    response = password_login(client, "warga", "salah")
    assert response.status_code == 429 and int(response["Retry-After"]) >= 60
    assert "Kembali ke halaman sebelumnya" in response.content.decode()
