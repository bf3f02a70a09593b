"""Issue #3 end to end in Chromium, across the citizen and the staff side.

A guest reports with a photo; the admin verifies and dispositions; the OPD asks for information; the
reporter answers by tracking code; the OPD posts a tindak lanjut; the reporter rates 2 and reopens;
the OPD closes. Then: an anonim report never shows its reporter to OPD staff or the public, and a
rahasia report is absent from every public list, search, sitemap and count.
"""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.complaints.services import admin
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from tests.browser.conftest import assert_accessible, login
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def act(page, name: str, **fields):
    """Open an action on the staff report page, fill it, submit it."""
    if page.locator(f"button#action-{name}").count():
        page.locator(f"button#action-{name}").click()
        return
    page.locator(f"#action-{name} > summary").click()
    form = page.locator(f"#action-{name} form")
    for label, value in fields.items():
        form.get_by_label(label, exact=False).first.fill(value)
    form.locator("button[type=submit]").click()


def sign_out(page):
    page.get_by_role("button", name="Keluar").click()


def track(page, code, secret):
    page.context.clear_cookies()
    page.goto("/lapor/lacak/")
    page.fill("#id_code", code)
    page.fill("#id_secret", secret)
    page.get_by_role("button", name="Lacak").click()
    page.wait_for_url(re.compile(f"/lapor/lacak/{code}/"))


def test_a_report_from_a_guest_to_closure_and_back(page, demo, tmp_path):
    photo = tmp_path / "jalan.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), (120, 110, 100)).save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())

    # 1. a guest reports with a photo
    page.goto("/lapor/apa/")
    page.get_by_label("Pengaduan").check()
    page.select_option("#id_category", label="Infrastruktur Jalan, Jembatan dan Drainase")
    page.fill("#id_title", "Gorong-gorong tersumbat di Timbangan")
    page.fill("#id_text", "Gorong-gorong di depan SD tersumbat sampah, air meluap ke jalan setiap hujan.")
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile("/lapor/lokasi/"))
    page.select_option("#id_kecamatan", label="Indralaya Utara")
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile("/lapor/kirim/"))
    page.set_input_files("#id_files", str(photo))
    # two independent checkboxes (issue #15): neither ticked is a "biasa" report
    expect(page.get_by_label("Anonim: sembunyikan identitas saya")).not_to_be_checked()
    expect(page.get_by_label("Rahasia: jangan tampilkan laporan ini kepada publik")).not_to_be_checked()
    page.fill("#id_name", "Rahmat Hidayat")
    page.fill("#id_email", "rahmat@example.com")
    assert page.locator("[data-privacy-notice]").is_visible()  # issue #18: the notice informs; no consent tick
    assert page.locator("input[name=consent]").count() == 0
    page.get_by_role("button", name="Kirim laporan").click()
    page.wait_for_url(re.compile("/lapor/terkirim/"))
    code = page.locator("#tracking-code").inner_text().strip()
    secret = page.locator("#secret-code").inner_text().strip()
    report = Report.objects.get(code=code)
    assert report.attachments.count() == 1 and report.channel == "web"
    assert not report.anonim and not report.rahasia

    # 2. the admin instansi verifies and dispositions to Dinas PUPR
    page.context.clear_cookies()
    login(page, "admin.kominfo")
    page.goto(f"/staf/laporan/{code}/")
    # the public version is shown for review, editable in the verify form (issue #15)
    public_text = page.locator("form.action-primary textarea[name=public_text]")
    expect(public_text).to_have_value(report.public_text)
    public_text.fill(report.public_text + " Mohon segera ditangani.")
    act(page, "verify")
    expect(page.get_by_text("Laporan diverifikasi.")).to_be_visible()
    assert Report.objects.get(code=code).public_text.endswith("Mohon segera ditangani.")
    page.locator("#action-disposition > summary").click()
    page.locator("#action-disposition form").get_by_label("OPD tujuan").select_option(
        label="Dinas Pekerjaan Umum dan Penataan Ruang"
    )
    page.locator("#action-disposition form button[type=submit]").click()
    expect(page.get_by_text("Laporan didisposisikan ke Dinas Pekerjaan Umum dan Penataan Ruang.")).to_be_visible()
    sign_out(page)

    # 3. the OPD accepts and asks the reporter for more
    login(page, "penghubung.pupr")
    page.goto(f"/staf/laporan/{code}/")
    act(page, "accept")
    act(page, "request_info", **{"Pertanyaan": "Apakah gorong-gorong itu di sisi timur atau barat jalan?"})
    expect(page.get_by_text("Dijeda: menunggu pelapor")).to_be_visible()
    sign_out(page)

    # 4. the reporter answers with code and secret; the clock runs again
    track(page, code, secret)
    expect(page.get_by_text("Apakah gorong-gorong itu di sisi timur atau barat jalan?")).to_be_visible()
    reply = page.locator("section[aria-labelledby=balas]")
    reply.get_by_label("Balasan Anda").fill("Sisi timur, tepat di depan gerbang SD.")
    reply.get_by_role("button", name="Kirim balasan").click()
    expect(page.get_by_text("Sisi timur, tepat di depan gerbang SD.")).to_be_visible()
    assert Report.objects.get(pk=report.pk).status == Status.DIPROSES
    assert_accessible(page)

    # 5. the OPD posts a tindak lanjut
    page.context.clear_cookies()
    login(page, "penghubung.pupr")
    page.goto(f"/staf/laporan/{code}/")
    act(page, "post_follow_up", **{"Isi tindak lanjut": "Gorong-gorong sudah dibersihkan tim UPTD pada pagi ini."})
    expect(page.get_by_text("Tindak lanjut dikirim.")).to_be_visible()
    sign_out(page)

    # 6. the reporter rates 2 and reopens
    track(page, code, secret)
    rate = page.locator("section[aria-labelledby=nilai]")
    rate.get_by_label("2: kurang puas").check()
    rate.get_by_label("Komentar (opsional)").fill("Sampahnya hanya dipindah ke pinggir jalan.")
    rate.get_by_role("button", name="Kirim penilaian").click()
    reopen = page.locator("section[aria-labelledby=buka-kembali]")
    expect(reopen).to_have_class(re.compile("action-box-emphasis"))  # the low rating offers a reopen
    reopen.get_by_label("Mengapa laporan perlu dibuka kembali?").fill("Sampah menumpuk lagi di pinggir jalan.")
    reopen.get_by_role("button", name="Buka kembali").click()
    expect(page.locator("body")).to_contain_text("Dibuka kembali")
    assert Report.objects.get(pk=report.pk).status == Status.DIBUKA_KEMBALI
    assert_accessible(page)

    # 7. the OPD takes it again, follows up and closes
    page.context.clear_cookies()
    login(page, "penghubung.pupr")
    page.goto(f"/staf/laporan/{code}/")
    act(page, "accept")
    act(page, "post_follow_up", **{"Isi tindak lanjut": "Sampah diangkut DLH, saluran diberi penutup."})
    act(page, "close", **{"Alasan": "Saluran bersih dan tertutup; diperiksa ulang di lapangan."})
    expect(page.get_by_text("Laporan ditutup.")).to_be_visible()
    assert_accessible(page)
    report = Report.objects.get(pk=report.pk)
    assert report.status == Status.SELESAI and report.rating == 2
    kinds = list(Event.objects.for_case("report", report.pk).values_list("kind", flat=True))
    assert kinds[:4] == ["submitted", "public_text_edited", "verify", "disposition"] and kinds[-1] == "close"
    assert "reopen" in kinds and "rated" in kinds


def _report(privacy, title, name="", email="", phone=""):
    result = factories.submit(title=title, text=f"{title}. Mohon segera ditindaklanjuti oleh dinas terkait.",
                              desa=None, privacy=privacy, name=name, email=email, phone=phone)  # fmt: skip
    admin.verify(result.report, user=_user("admin.kominfo"))
    return admin.disposition(result.report, user=_user("admin.kominfo"), agency=Agency.objects.get(code="PUPR"))


def _user(username):
    from pintu.accounts.models import User

    return User.objects.get(username=username)


def crawl(page, start_urls, same_prefixes, limit=60) -> dict[str, str]:
    """Visit pages breadth-first from start_urls, following links under same_prefixes; url -> HTML."""
    seen, queue, bodies = set(), list(start_urls), {}
    while queue and len(bodies) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url)
        if response is None or "text/html" not in (response.headers.get("content-type") or ""):
            continue
        bodies[url] = page.content()
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            href = href.split("#")[0]
            if href.startswith("/") and any(href.startswith(p) for p in same_prefixes) and href not in seen:
                queue.append(href)
    return bodies


def test_anonim_reporter_appears_nowhere_for_opd_staff_or_the_public(page, demo):
    name, email, phone = "Yusuf Ramadhan", "yusuf.rahasia@example.com", "081355554444"
    report = _report("anonim", "Pungutan di loket kecamatan", name=name, email=email, phone=phone)
    needles = [name, email, "5555", "+6281355554444", "yusuf"]

    public = crawl(page, ["/", "/laporan/", f"/laporan/{report.code}/", "/laporan/?q=pungutan"],
                   ["/laporan", "/lapor/lampiran"])  # fmt: skip
    login(page, "penghubung.pupr")
    staff = crawl(page, ["/staf/laporan/", f"/staf/laporan/{report.code}/", "/staf/laporan/?tab=semua"],
                  ["/staf/laporan", "/lapor/lampiran"])  # fmt: skip
    assert f"/staf/laporan/{report.code}/" in staff and f"/laporan/{report.code}/" in public
    for url, html in {**public, **staff}.items():
        for needle in needles:
            assert needle.lower() not in html.lower(), f"{needle!r} leaked on {url}"


def test_rahasia_report_is_absent_from_public_lists_search_sitemap_and_counts(page, demo):
    visible = _report("biasa", "Lampu jalan mati di simpang tiga", name="Ani")
    page.goto("/laporan/")
    count_before = page.locator(".result-count").inner_text()
    secret = _report("rahasia", "Dugaan pungutan liar perizinan usaha", name="Budi")

    page.goto("/laporan/")
    html = page.content()
    assert visible.code in html and secret.code not in html
    assert page.locator(".result-count").inner_text() == count_before == "1 laporan"
    page.goto("/laporan/?q=pungutan+liar+perizinan")
    assert secret.code not in page.content() and "Dugaan pungutan liar" not in page.content()
    assert page.goto(f"/laporan/{secret.code}/").status == 404
    sitemap = page.goto("/sitemap.xml").text()
    assert visible.code in sitemap and secret.code not in sitemap
