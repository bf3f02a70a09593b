"""Rate-limit keys that do not punish shared addresses (issue #16 item 6) and the 429 answer.

The order of keys: the account, the tracking code with the client, the client (a signed cookie, else a
fingerprint of address, User-Agent and Accept-Language), and only then the address, whose limit is far
higher and, for fingerprints (which anyone can change), a hard one.
"""

import json

import pytest
from django.conf import settings as django_settings
from django.core import signing
from django.test import RequestFactory
from django.urls import reverse
from rest_framework.test import APIClient

from pintu.security import clientid
from pintu.security.responses import rate_limited_body, too_many_requests, wait_text
from tests.factories.ppid import make_request

pytestmark = pytest.mark.django_db
OFFICE = "10.20.30.40"
CATEGORIES = "/api/v1/categories/"


def _get(**headers):
    return RequestFactory().get("/", REMOTE_ADDR=OFFICE, **headers)


class _User:
    is_authenticated = True
    pk = 42


# --- the keys ----------------------------------------------------------------------------------


def test_the_account_comes_before_the_cookie_and_the_cookie_before_the_fingerprint(demo):
    signed_in = _get(HTTP_COOKIE=f"{clientid.cookie_name()}={signing.dumps('perangkat-0001-abcd', salt=clientid.SALT)}")
    signed_in.user = _User()
    assert clientid.client_key(signed_in) == "u:42"
    with_cookie = _get()
    with_cookie.COOKIES[clientid.cookie_name()] = signing.dumps("perangkat-0001-abcd", salt=clientid.SALT)
    assert clientid.client_key(with_cookie) == "c:perangkat-0001-abcd"
    bare = _get(HTTP_USER_AGENT="Mozilla/5.0 (Android 14)")
    key = clientid.client_key(bare, issue=False)
    assert key.startswith("f:") and clientid.is_weak(key)
    assert not clientid.is_weak("c:x") and not clientid.is_weak("u:1")
    assert OFFICE not in key and "Android" not in key  # a keyed hash: nothing readable in the cache


def test_fingerprints_tell_apart_clients_behind_one_address(demo):
    phone = clientid.fingerprint(_get(HTTP_USER_AGENT="Mozilla/5.0 (Android 14)", HTTP_ACCEPT_LANGUAGE="id-ID"))
    again = clientid.fingerprint(_get(HTTP_USER_AGENT="Mozilla/5.0 (Android 14)", HTTP_ACCEPT_LANGUAGE="id-ID"))
    laptop = clientid.fingerprint(_get(HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0)", HTTP_ACCEPT_LANGUAGE="id-ID"))
    english = clientid.fingerprint(_get(HTTP_USER_AGENT="Mozilla/5.0 (Android 14)", HTTP_ACCEPT_LANGUAGE="en-GB"))
    elsewhere = clientid.fingerprint(
        RequestFactory().get("/", REMOTE_ADDR="10.99.0.1", HTTP_USER_AGENT="Mozilla/5.0 (Android 14)",
                             HTTP_ACCEPT_LANGUAGE="id-ID")
    )  # fmt: skip
    assert phone == again and len({phone, laptop, english, elsewhere}) == 4


def test_two_cookieless_api_clients_at_one_address_have_their_own_counters(demo, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "api": {**settings.PINTU_RATES["api"], "client": "2/h",
                                                            "ip": "10/h"}}  # fmt: skip
    first, second = APIClient(), APIClient()
    agent = {"REMOTE_ADDR": OFFICE, "HTTP_USER_AGENT": "skrip-kantor/1.0"}
    assert [first.get(CATEGORIES, **agent).status_code for _ in range(2)] == [200, 200]
    assert first.get(CATEGORIES, **agent).status_code == 429
    # a colleague's app at the same office address, another User-Agent: its own counter
    assert second.get(CATEGORIES, REMOTE_ADDR=OFFICE, HTTP_USER_AGENT="aplikasi-desa/2.3").status_code == 200


def test_new_fingerprints_buy_nothing_beyond_the_address_limit(demo, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "api": {**settings.PINTU_RATES["api"], "client": "2/h",
                                                            "ip": "3/h"}}  # fmt: skip
    forger = APIClient()
    codes = [forger.get(CATEGORIES, REMOTE_ADDR=OFFICE, HTTP_USER_AGENT=f"palsu/{n}").status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]
    # a browser keeping its client cookie at that address is not refused for the forger's flood
    browser = APIClient()
    browser.cookies[clientid.cookie_name()] = signing.dumps("perangkat-kantor-0002", salt=clientid.SALT)
    assert browser.get(CATEGORIES, REMOTE_ADDR=OFFICE).status_code == 200


def test_wrong_secrets_with_new_user_agents_count_per_code_and_address(demo, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "tracking": {"client": "100/h", "ip": "100/h",
                                                                  "identity": "3/h"}}  # fmt: skip
    settings.PINTU_NEW_CLIENTS_RATE = "0/h"  # the address had its share of new client cookies
    info = make_request()
    url = f"/api/v1/track/ppid/requests/{info.slug}/"
    guesser = APIClient()
    for n in range(3):
        wrong = guesser.get(url, HTTP_X_TRACKING_SECRET="AAAA-BBBB", REMOTE_ADDR=OFFICE, HTTP_USER_AGENT=f"ua/{n}")
        assert wrong.status_code == 404
    assert not guesser.cookies.get(clientid.cookie_name())  # only fingerprints, a new one each time
    limited = guesser.get(url, HTTP_X_TRACKING_SECRET="AAAA-BBBB", REMOTE_ADDR=OFFICE, HTTP_USER_AGENT="ua/9")
    assert limited.status_code == 429


# --- the 429 answer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(0, "1 detik"), (45, "45 detik"), (60, "1 menit"), (61, "2 menit"), (3599, "60 menit"), (3600, "1 jam"),
     (3601, "2 jam")],
)  # fmt: skip
def test_the_wait_in_words_is_rounded_up(seconds, words):
    assert wait_text(seconds) == words


def test_the_429_page_says_how_long_and_links_back(demo):
    request = RequestFactory().post("/lapor/kirim/", HTTP_REFERER="https://evil.example/phish")
    request.user = None
    response = too_many_requests(request, 125)
    html = response.content.decode()
    assert response.status_code == 429 and response["Retry-After"] == "125"
    assert "Coba lagi dalam 3 menit." in html and "Tunggu 3 menit, lalu coba lagi." in html
    assert 'href="/lapor/kirim/"' in html and "evil.example" not in html  # back to the form, never off-site
    back = too_many_requests(request, 30, back=reverse("complaints:track")).content.decode()
    assert f'href="{reverse("complaints:track")}"' in back and "30 detik" in back


def test_the_429_json_body_says_how_long(demo):
    body = rate_limited_body(420)
    assert body == {"detail": "Terlalu banyak permintaan dari Anda dalam waktu singkat. Coba lagi dalam 7 menit.",
                    "code": "rate_limited", "retry_after": 420}  # fmt: skip
    request = RequestFactory().get("/api/v1/categories/")
    response = too_many_requests(request, 420)
    assert response.status_code == 429 and response["Retry-After"] == "420"
    assert json.loads(response.content) == body


def test_the_shipped_address_limits_are_far_above_the_client_limits():
    for scope in ("report_submit", "info_request", "objection", "tracking"):
        rates = django_settings.PINTU_RATES[scope]
        client, address = (int(rates[kind].split("/")[0]) for kind in ("client", "ip"))
        assert address >= 15 * client, scope
