"""The cached parts of the pages rendered per case (issue #22 item 1, third pass): the tracking pages and a
report's public page carry the empty forms' fields, the request's documents and the site header's Pemkab in
their cached parts. None of it may hold anything of one visitor (a CSRF token, a session), nor reach another
reporter or requester, nor outlive the data or the language it was rendered from.
"""

import pickle
import re

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from pintu.agencies.tree import root_pemkab
from pintu.complaints.services import handling
from pintu.ppid.requests.models import RequestDocument
from tests.factories import complaints as factories
from tests.factories import ppid as ppid_factories
from tests.site.test_pagecache import main, public_report, tracked_client

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def followed_up(user_named, title: str):
    report = public_report(user_named, title)
    return handling.post_follow_up(report, user=user_named(factories.PUPR), text="Sudah ditangani petugas.")


def request_client(info) -> Client:
    client = Client()
    session = client.session
    session["tracked_info_requests"] = [info.number]
    session.save()
    return client


def track_url(report) -> str:
    return reverse("complaints:track_detail", args=[report.code])


def cached_bodies() -> list[str]:
    entries = [pickle.loads(v) for v in caches["pages"]._cache.values()]  # noqa: S301 (LocMemCache: our own)
    values = [value for entry in entries for value in (entry.values() if isinstance(entry, dict) else [entry])]
    return [value for value in values if isinstance(value, str)]


def test_cached_form_fields_hold_no_csrf_token_and_every_form_gets_the_visitors_own(demo, user_named):
    report = followed_up(user_named, "Jembatan retak di Pemulutan")  # reply, rate and reopen offered
    info = ppid_factories.make_request()
    one, two = tracked_client(report), tracked_client(report)
    pages = [one.get(track_url(report)).content.decode() for _ in range(2)]  # the second from the cache
    pages.append(two.get(track_url(report)).content.decode())
    request_client(info).get(reverse("ppid:request_track_detail", args=[info.slug]))
    Client().get(reverse("complaints:public_detail", args=[report.code]))
    bodies = cached_bodies()
    assert any('name="rating"' in body for body in bodies)  # the forms' fields are in the cache ...
    assert not any("csrfmiddlewaretoken" in body for body in bodies)  # ... without a token
    for page in pages:  # each form's tag around them carries the visitor's own token
        assert len(TOKEN.findall(main(page))) == main(page).count('method="post"') >= 3
    assert one.cookies["csrftoken"].value != two.cookies["csrftoken"].value


def test_each_reporter_gets_their_own_rating_in_the_cached_rating_form(demo, user_named):
    first = followed_up(user_named, "Jembatan retak di Pemulutan")
    second = followed_up(user_named, "Pohon tumbang di Indralaya")
    one, two = tracked_client(first), tracked_client(second)
    rate = one.post(reverse("complaints:track_rate", args=[first.code]), {"rating": "4", "comment": "Cepat sekali"})
    assert rate.status_code == 302
    for _ in range(2):  # the second round from the cache
        page_one, page_two = one.get(track_url(first)).content.decode(), two.get(track_url(second)).content.decode()
        assert "Cepat sekali" in page_one and 'value="4" id="id_rating_1" checked' in page_one.replace("\n", "")
        assert "Cepat sekali" not in page_two and " checked" not in main(page_two)


def test_a_form_sent_back_with_errors_is_rendered_live_and_the_next_view_gets_the_empty_one(demo, user_named):
    report = followed_up(user_named, "Saluran air meluap")
    reporter = tracked_client(report)
    reporter.get(track_url(report))  # the empty forms are cached
    refused = reporter.post(reverse("complaints:track_reopen", args=[report.code]), {"reason": ""})
    assert refused.status_code == 200 and "field-error" in main(refused.content.decode())
    again = reporter.get(track_url(report)).content.decode()
    assert "field-error" not in main(again) and 'name="reason"' in again


def test_the_follow_form_sent_back_with_errors_is_rendered_live(client, demo, user_named):
    report = public_report(user_named, "Lampu jalan padam di simpang")
    url = reverse("complaints:public_detail", args=[report.code])
    assert 'name="destination"' in client.get(url).content.decode()
    refused = client.post(reverse("complaints:follow", args=[report.code]), {"destination": "bukan alamat"})
    assert refused.status_code == 400 and "bukan alamat" in refused.content.decode()
    assert "bukan alamat" not in client.get(url).content.decode()


def test_each_language_gets_its_own_cached_form_fields(demo, user_named):
    report = followed_up(user_named, "Jembatan retak di Pemulutan")
    indonesian = tracked_client(report).get(track_url(report)).content.decode()
    english_client = tracked_client(report)
    english_client.cookies["django_language"] = "en"
    english = english_client.get(track_url(report)).content.decode()
    assert "Balasan Anda" in indonesian and "Your reply" not in indonesian
    assert "Your reply" in english and "Balasan Anda" not in english
    assert "Rate the follow-up" in english and "Why does the report need to be reopened?" in english
    public = reverse("complaints:public_detail", args=[report.code])
    english_client.get(public)
    assert 'lang="id"' in Client().get(public).content.decode()
    assert main(Client().get(public).content.decode()) != main(english_client.get(public).content.decode())


def test_the_header_follows_a_renamed_pemkab_on_the_pages_with_cached_parts(demo, user_named):
    report = public_report(user_named, "Jalan rusak di Tanjung Raja")
    info = ppid_factories.make_request()
    pages = [
        (tracked_client(report), track_url(report)),
        (request_client(info), reverse("ppid:request_track_detail", args=[info.slug])),
        (Client(), reverse("complaints:public_detail", args=[report.code])),
    ]
    pemda = root_pemkab()
    for client, url in pages:
        assert pemda.name in client.get(url).content.decode()  # cached with the old name
    pemda.name = "Pemerintah Kabupaten Contoh Baru"
    pemda.save()
    for client, url in pages:
        assert "Pemerintah Kabupaten Contoh Baru" in client.get(url).content.decode(), url


def test_each_requester_gets_their_own_page_and_a_new_document_shows_at_once(demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    first, second = ppid_factories.make_request(), ppid_factories.make_request()
    one, two = request_client(first), request_client(second)
    urls = [reverse("ppid:request_track_detail", args=[info.slug]) for info in (first, second)]
    for _ in range(2):  # the second round from the cache
        page_one, page_two = one.get(urls[0]).content.decode(), two.get(urls[1]).content.decode()
        assert first.number in page_one and second.number not in page_one
        assert second.number in page_two and first.number not in page_two
    assert two.get(urls[0]).status_code == 302  # the first request's cached parts, but no proof
    RequestDocument.objects.create(
        request=first, file=ContentFile(b"%PDF-1.4 salinan", name="salinan-kontrak.pdf"),
        original_name="salinan-kontrak.pdf", content_type="application/pdf", size=16, sha256="0" * 64,
    )  # fmt: skip
    assert "salinan-kontrak.pdf" in one.get(urls[0]).content.decode()
    assert "salinan-kontrak.pdf" not in two.get(urls[1]).content.decode()
