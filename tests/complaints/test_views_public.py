"""The public and reporter web side: intake wizard, tracking, reporter actions, downloads, public register."""

import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from pintu.agencies.models import Area
from pintu.cases.tracking import secret_matches
from pintu.categories.models import Category
from pintu.complaints.models import Attachment, Privacy, Report
from pintu.complaints.services import admin, handling
from pintu.complaints.workflow import Status
from pintu.files.validation import clean_uploads
from pintu.history.models import Visibility

pytestmark = pytest.mark.django_db

TITLE = "Lampu jalan padam di simpang Tanjung Raja"
TEXT = "Lampu penerangan jalan di simpang empat padam sejak dua minggu, jalan gelap dan rawan kecelakaan."


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def png(size=(40, 30), color=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def upload(name="foto.png", content=None, content_type="image/png"):
    return SimpleUploadedFile(name, png() if content is None else content, content_type=content_type)


def step1(client, **overrides):
    category = Category.objects.get(code="INFRASTRUKTUR")
    data = {"kind": "pengaduan", "category": category.pk, "title": TITLE, "text": TEXT, **overrides}
    return client.post(reverse("complaints:intake_what"), data)


def step2(client, area, **overrides):
    kecamatan, desa = area
    data = {"kecamatan": kecamatan.pk, "desa": desa.pk, "latitude": "", "longitude": "", "incident_date": ""}
    return client.post(reverse("complaints:intake_where"), {**data, **overrides})


def finish_data(client, **overrides):
    key = client.session["lapor_draft"]["key"]
    data = {
        "idempotency_key": key,
        "name": "Ahmad Fauzi",
        "email": "ahmad.fauzi@example.com",
        "phone": "0812-1111-2222",
        "nik": "",
        "consent": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def walk_to_finish(client, area):
    assert step1(client).status_code == 302
    assert step2(client, area).status_code == 302
    client.get(reverse("complaints:intake_similar"))


def finish(client, **overrides):
    return client.post(reverse("complaints:intake_finish"), finish_data(client, **overrides))


def code_of(response) -> str:
    return response["Location"].rstrip("/").rsplit("/", 1)[-1]


def track_session(client, report) -> None:
    session = client.session
    session["tracked_reports"] = [report.code]
    session.save()


def make_public(report, user_named, agency):
    admin_user = user_named("admin.kominfo")
    report = admin.verify(report, user=admin_user)
    return admin.disposition(report, user=admin_user, agency=agency("PUPR"))


# --- the wizard ----------------------------------------------------------------------------------


def test_guest_walks_the_wizard_with_a_photo(client, area):
    assert client.get(reverse("complaints:intake")).status_code == 200
    assert client.get(reverse("complaints:intake_what")).status_code == 200
    response = step1(client)
    assert response["Location"] == reverse("complaints:intake_where")
    assert client.get(reverse("complaints:intake_where")).status_code == 200
    response = step2(client, area, latitude="-3,241700", longitude="104.648100", incident_date="2026-01-05")
    assert response["Location"] == reverse("complaints:intake_similar")
    response = client.get(reverse("complaints:intake_similar"))
    assert response["Location"] == reverse("complaints:intake_finish")  # nothing similar: straight on
    page = client.get(reverse("complaints:intake_finish"))
    key = client.session["lapor_draft"]["key"]
    assert re.fullmatch(r"[0-9a-f]{32}", key) and key in page.content.decode()
    response = client.post(reverse("complaints:intake_finish"), {**finish_data(client), "files": [upload()]})
    assert response.status_code == 302
    report = Report.objects.get()
    assert response["Location"] == reverse("complaints:intake_done", args=[report.code])
    assert report.channel == "web" and report.idempotency_key == key and report.language == "id"
    assert str(report.latitude) == "-3.241700" and report.incident_date.isoformat() == "2026-01-05"
    attachment = report.attachments.get()
    assert attachment.content_type == "image/png" and attachment.visibility == Visibility.REPORTER
    done = client.get(response["Location"]).content.decode()
    secret = re.search(r'id="secret-code"[^>]*>([^<]+)<', done).group(1)
    assert report.code in done and secret_matches(report, secret)
    assert "a***@example.com" in done
    assert any(secret in message.body for message in mail.outbox)
    assert "lapor_draft" not in client.session
    assert client.get(reverse("complaints:track_detail", args=[report.code])).status_code == 200


def test_signed_in_citizen_reports_under_the_account(client, area, user_named):
    warga = user_named("warga")
    client.force_login(warga)
    walk_to_finish(client, area)
    response = finish(client, name="", email="")
    report = Report.objects.get(code=code_of(response))
    assert report.reporter_user == warga
    mine = client.get(reverse("complaints:my_reports")).content.decode()
    assert reverse("complaints:track_detail", args=[report.code]) in mine
    client.session.flush()
    client.force_login(warga)
    assert client.get(reverse("complaints:track_detail", args=[report.code])).status_code == 200


def test_steps_need_the_steps_before(client, demo):
    assert client.get(reverse("complaints:intake_where"))["Location"] == reverse("complaints:intake_what")
    assert client.get(reverse("complaints:intake_finish"))["Location"] == reverse("complaints:intake_what")


def test_empty_text_is_refused_on_step_one(client, area):
    response = step1(client, text="", kind="")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Ceritakan masalahnya, paling sedikit 10 karakter." in body
    assert "Pilih jenis laporan." in body and 'href="#id_kind_0"' in body
    assert "what" not in client.session["lapor_draft"]
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("desa", "message"),
    [("999999", "Pilih salah satu dari daftar."), ("other", "Desa/kelurahan itu tidak ada di kecamatan yang dipilih.")],
)
def test_unknown_or_mismatched_desa_is_refused(client, area, desa, message):
    kecamatan, _ = area
    if desa == "other":
        desa = Area.objects.filter(level="desa").exclude(parent=kecamatan).first().pk
    step1(client)
    response = step2(client, area, desa=desa)
    assert response.status_code == 200 and message in response.content.decode()
    assert "where" not in client.session["lapor_draft"]
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    ("step", "field", "message"),
    [
        ("what", "text", "Ceritakan masalahnya, paling sedikit 10 karakter."),
        ("where", "desa", "Desa/kelurahan itu tidak ada di kecamatan yang dipilih."),
    ],
)
def test_earlier_step_errors_found_at_the_end_link_back_and_save_nothing(client, area, step, field, message):
    """E.g. a desa deactivated or moved while the citizen was on the last page."""
    walk_to_finish(client, area)
    session = client.session
    value = "" if field == "text" else Area.objects.filter(level="desa").exclude(parent=area[0]).first().pk
    draft = session["lapor_draft"]
    session["lapor_draft"] = {**draft, step: {**draft[step], field: value}}
    session.save()
    response = finish(client)
    body = response.content.decode()
    assert response.status_code == 200 and message in body
    url = reverse("complaints:intake_what" if step == "what" else "complaints:intake_where")
    assert f'href="{url}?kembali=1#id_{field}"' in body
    assert Report.objects.count() == 0


HTML_AS_JPG = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("overrides", "files", "message"),
    [
        ({"email": "bukan-email"}, None, "Alamat email tidak sah."),
        ({"phone": "12345"}, None, "Nomor telepon tidak sah."),
        ({"privacy": "terbuka"}, None, "Pilih salah satu dari daftar."),  # the deprecated field, still read
        ({"name": ""}, None, "Tuliskan nama Anda, atau pilih laporan anonim."),
        ({"nik": "1234"}, None, "NIK harus 16 angka."),
        ({}, [("besar.png", png() + b"\0" * (5 * 1024 * 1024 + 1), "image/png")], "lebih dari 5 MB"),
        ({}, [("gambar.svg", SVG, "image/svg+xml")], "bukan jenis yang diterima"),
        ({}, [("foto.jpg", HTML_AS_JPG, "image/jpeg")], "bukan jenis yang diterima"),
        ({}, [(f"f{i}.png", png(), "image/png") for i in range(6)], "Paling banyak 5 berkas"),
    ],
)
def test_invalid_final_step_saves_nothing(client, area, overrides, files, message):
    walk_to_finish(client, area)
    data = finish_data(client, **overrides)
    if files:
        data["files"] = [upload(name, content, kind) for name, content, kind in files]
    response = client.post(reverse("complaints:intake_finish"), data)
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert "Laporan Anda belum terkirim." in body
    assert "Pilih lagi sebelum mengirim." not in body  # files that passed are kept (test_draft_files.py)
    assert Report.objects.count() == 0 and Attachment.objects.count() == 0
    assert "lapor_draft" in client.session  # the answers so far are kept


def test_the_final_steps_error_summary_names_each_field_like_every_other_form(client, area):
    """Stranger check: the wizard's own summary printed "Tanggal lahir pada NIK tidak sah." with no field name;
    it lists its errors through web/includes/error_items.html, "Label: message" linked to the field."""
    walk_to_finish(client, area)
    body = client.post(
        reverse("complaints:intake_finish"), finish_data(client, nik="1610013213850001")
    ).content.decode()
    summary = body[body.index('class="error-summary"') : body.index("Laporan Anda belum terkirim.")]
    assert '<a href="#id_nik">NIK (opsional): Tanggal lahir pada NIK tidak sah.</a>' in summary


def test_anonymous_report_needs_no_name(client, area):
    walk_to_finish(client, area)
    response = finish(client, anonim="on", name="", email="", phone="")
    report = Report.objects.get(code=code_of(response))
    assert report.anonim and not report.rahasia


@pytest.mark.parametrize(("choices", "flags"), [({}, (False, False)), ({"anonim": "on"}, (True, False)),
                                                ({"rahasia": "on"}, (False, True)),
                                                ({"anonim": "on", "rahasia": "on"}, (True, True))])  # fmt: skip
def test_the_wizard_offers_anonim_and_rahasia_as_two_checkboxes(client, area, choices, flags):
    walk_to_finish(client, area)
    page = client.get(reverse("complaints:intake_finish")).content.decode()
    assert 'type="checkbox" name="anonim"' in page and 'type="checkbox" name="rahasia"' in page
    data = {k: v for k, v in finish_data(client).items() if k != "privacy"}
    response = client.post(reverse("complaints:intake_finish"), {**data, **choices, "name": "Budi"})
    report = Report.objects.get(code=code_of(response))
    assert (report.anonim, report.rahasia) == flags


def test_double_submission_gives_one_report_and_the_same_confirmation(client, area):
    walk_to_finish(client, area)
    data = finish_data(client)
    draft = client.session["lapor_draft"]
    first = client.post(reverse("complaints:intake_finish"), data)
    second = client.post(reverse("complaints:intake_finish"), data)  # the second click
    assert first["Location"] == second["Location"]
    # a concurrent twin still held the draft in its session: the service returns the same report
    session = client.session
    session["lapor_draft"] = draft
    session.save()
    third = client.post(reverse("complaints:intake_finish"), data)
    assert third["Location"] == first["Location"]
    assert Report.objects.count() == 1
    done = client.get(first["Location"]).content.decode()
    assert 'id="secret-code"' in done  # the receipt of the first POST is still there


def test_confirmation_needs_this_session(client, report):
    response = client.get(reverse("complaints:intake_done", args=[report.code]))
    assert response.status_code == 302 and reverse("complaints:track") in response["Location"]


def test_similar_reports_are_offered_before_the_last_step(client, area, submit, user_named, agency):
    existing = submit(title=TITLE, text=TEXT).report
    make_public(existing, user_named, agency)
    walk_to_finish(client, area)
    response = client.get(reverse("complaints:intake_similar"))
    body = response.content.decode()
    assert response.status_code == 200 and existing.code in body and re.search(r"kemiripan \d+%", body)
    assert reverse("complaints:public_detail", args=[existing.code]) in body
    assert reverse("complaints:intake_finish") in body
    assert "Siti Aminah" not in body


# --- tracking and the reporter's actions ---------------------------------------------------------


def test_tracking_with_the_right_secret_any_case(client, submit):
    result = submit()
    code, secret = result.report.code, result.secret
    response = client.post(
        reverse("complaints:track"), {"code": code.lower().replace("-", " "), "secret": secret.lower().replace("-", "")}
    )
    assert response["Location"] == reverse("complaints:track_detail", args=[code])
    assert code in client.session["tracked_reports"]
    body = client.get(response["Location"]).content.decode()
    assert result.report.title in body and "Laporan diterima" in body
    assert "s***@example.com" in body and "siti.aminah@example.com" not in body


@pytest.mark.parametrize("which", ["wrong secret", "unknown code"])
def test_tracking_with_a_wrong_pair_says_one_generic_thing(client, submit, which):
    result = submit()
    code = result.report.code if which == "wrong secret" else "LPR-2020-ZZZZZ"
    response = client.post(reverse("complaints:track"), {"code": code, "secret": "AAAA-BBBB"})
    assert response.status_code == 200
    assert "Kode lacak atau kode rahasia salah." in response.content.decode()
    assert "tracked_reports" not in client.session


def test_tracking_page_without_proof_goes_to_the_form(client, report):
    response = client.get(reverse("complaints:track_detail", args=[report.code]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("complaints:track"))
    response = client.post(reverse("complaints:track_reply", args=[report.code]), {"text": "halo"})
    assert response.status_code == 302 and Report.objects.get().status == Status.DITERIMA


def test_reply_resumes_a_report_waiting_for_information(client, report, user_named, agency):
    report = make_public(report, user_named, agency)
    opd = user_named("penghubung.pupr")
    report = handling.accept(report, user=opd)
    report = handling.request_info(report, user=opd, question="Di sebelah mana tepatnya?")
    track_session(client, report)
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert "Petugas menunggu jawaban Anda." in page and "Di sebelah mana tepatnya?" in page
    empty = client.post(reverse("complaints:track_reply", args=[report.code]), {"text": ""})
    assert "Tuliskan balasan Anda." in empty.content.decode()
    response = client.post(
        reverse("complaints:track_reply", args=[report.code]),
        {"text": "Di depan toko emas, sisi utara.", "files": [upload()]},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.DIPROSES and report.paused_since is None
    assert report.attachments.count() == 1
    page = client.get(response["Location"]).content.decode()
    assert "Balasan Anda terkirim." in page and "Di depan toko emas" in page


def test_rate_low_then_reopen(client, report, user_named, agency):
    report = make_public(report, user_named, agency)
    opd = user_named("penghubung.pupr")
    report = handling.accept(report, user=opd)
    report = handling.post_follow_up(report, user=opd, text="Sudah ditambal pada 2 Desember.")
    track_session(client, report)
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert 'id="nilai"' in page and 'id="buka-kembali"' in page
    response = client.post(
        reverse("complaints:track_rate", args=[report.code]), {"rating": "2", "comment": "Rusak lagi"}
    )
    assert response["Location"].endswith("#buka-kembali")
    report.refresh_from_db()
    assert report.rating == 2 and report.rating_comment == "Rusak lagi"
    empty = client.post(reverse("complaints:track_reopen", args=[report.code]), {"reason": ""})
    assert "Tuliskan alasannya." in empty.content.decode()
    response = client.post(reverse("complaints:track_reopen", args=[report.code]), {"reason": "Tambalan rusak lagi"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.DIBUKA_KEMBALI


def test_rating_before_a_follow_up_is_refused(client, report):
    track_session(client, report)
    response = client.post(reverse("complaints:track_rate", args=[report.code]), {"rating": "5"})
    assert "Penilaian dapat diberikan setelah ada tindak lanjut." in response.content.decode()
    assert Report.objects.get().rating is None


# --- the public register -------------------------------------------------------------------------


def test_public_list_filters_and_search(client, submit, user_named, agency, area):
    public = make_public(submit().report, user_named, agency)
    other = make_public(
        submit(title="Puskesmas tutup", text="Puskesmas tutup pada jam layanan siang hari.").report, user_named, agency
    )
    hidden = submit(title="Jalan rusak juga").report  # diterima: not yet public
    body = client.get(reverse("complaints:public_list")).content.decode()
    assert public.code in body and other.code in body and hidden.code not in body
    body = client.get(reverse("complaints:public_list"), {"q": "berlubang"}).content.decode()
    assert public.code in body and other.code not in body
    body = client.get(
        reverse("complaints:public_list"),
        {"kecamatan": area[0].pk, "status": "didisposisikan", "opd": agency("PUPR").pk, "category": "x"},
    ).content.decode()
    assert public.code in body and other.code in body
    body = client.get(reverse("complaints:public_list"), {"status": "selesai"}).content.decode()
    assert public.code not in body
    detail = client.get(reverse("complaints:public_detail", args=[public.code])).content.decode()
    assert public.title in detail and "Diteruskan ke instansi yang menangani" in detail


def test_public_list_is_paginated(client, submit, user_named, agency):
    for i in range(21):
        make_public(submit(idempotency_key=f"k{i}").report, user_named, agency)
    first = client.get(reverse("complaints:public_list")).content.decode()
    assert first.count('class="report-item"') == 20
    cursor = re.search(r'sesudah=([\w-]+)" rel="next"', first).group(1)  # keyset pages (pintu.web.keyset)
    second = client.get(reverse("complaints:public_list"), {"sesudah": cursor}).content.decode()
    assert second.count('class="report-item"') == 1 and 'rel="next"' not in second and 'rel="prev"' in second


def test_rahasia_report_is_never_public(client, submit, user_named, agency):
    report = make_public(
        submit(privacy=Privacy.RAHASIA, title="Pungutan liar di kantor desa").report, user_named, agency
    )
    assert report.code not in client.get(reverse("complaints:public_list")).content.decode()
    search = client.get(reverse("complaints:public_list"), {"q": "pungutan liar"}).content.decode()
    assert report.code not in search
    assert client.get(reverse("complaints:public_detail", args=[report.code])).status_code == 404


def test_no_public_page_shows_who_reported(client, submit, user_named, agency):
    anonim = make_public(submit(privacy=Privacy.ANONIM).report, user_named, agency)
    biasa = make_public(
        submit(name="Bambang Sutrisno", email="bambang@example.com", phone="0813-9999-8888").report, user_named, agency
    )
    pages = [
        client.get(reverse("complaints:public_list")),
        client.get(reverse("complaints:public_list"), {"q": "jalan"}),
        client.get(reverse("complaints:public_detail", args=[anonim.code])),
        client.get(reverse("complaints:public_detail", args=[biasa.code])),
    ]
    for response in pages:
        body = response.content.decode()
        assert response.status_code == 200 and (anonim.code in body or biasa.code in body)
        for secret in ("Siti Aminah", "siti.aminah", "3456-7890", "81234567890", "Bambang", "bambang@", "99998888"):
            assert secret not in body


# --- downloads -----------------------------------------------------------------------------------


def test_attachment_permissions(client, submit, user_named, agency):
    result = submit(files=clean_uploads([("foto.png", png())]))
    report = make_public(result.report, user_named, agency)
    own = report.attachments.get()
    opd = user_named("penghubung.pupr")
    report = handling.accept(report, user=opd)
    pdf = clean_uploads([("surat.pdf", _pdf())])
    handling.post_follow_up(report, user=opd, text="Sudah ditambal.", files=pdf)
    public = report.attachments.get(visibility=Visibility.PUBLIC)
    url = lambda item: reverse("complaints:attachment", args=[item.pk])  # noqa: E731

    # the public: public files of public reports only
    response = client.get(url(public))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf" and response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    assert client.get(url(own)).status_code == 404
    # a stranger with an account: the same
    client.force_login(user_named("warga"))
    assert client.get(url(own)).status_code == 404
    client.logout()
    # the reporter, proven by the secret in this session
    track_session(client, report)
    response = client.get(url(own))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    # staff who handle it
    client.session.flush()
    client.force_login(user_named("penghubung.dinkes"))
    assert client.get(url(own)).status_code == 404
    client.force_login(opd)
    assert client.get(url(own)).status_code == 200
    assert client.get(reverse("complaints:attachment", args=[99999])).status_code == 404


def test_public_attachment_of_a_rahasia_report_is_not_public(client, submit, user_named, agency):
    report = make_public(submit(privacy=Privacy.RAHASIA).report, user_named, agency)
    opd = user_named("penghubung.pupr")
    report = handling.accept(report, user=opd)
    handling.post_follow_up(report, user=opd, text="Sudah.", files=clean_uploads([("a.png", png())]))
    item = report.attachments.get()
    assert client.get(reverse("complaints:attachment", args=[item.pk])).status_code == 404


def _pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pages_render_in_english_too(client, submit, user_named, agency, area):
    report = make_public(submit().report, user_named, agency)
    client.cookies["django_language"] = "en"
    track_session(client, report)
    urls = [reverse("complaints:intake"), reverse("complaints:intake_what"), reverse("complaints:track"),
            reverse("complaints:track_detail", args=[report.code]), reverse("complaints:public_list"),
            reverse("complaints:public_detail", args=[report.code])]  # fmt: skip
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200 and '<html lang="en">' in response.content.decode(), url
    walk_to_finish(client, area)
    body = client.get(reverse("complaints:intake_finish")).content.decode()
    assert "at most 5 files" in body or "paling banyak 5 berkas" in body
