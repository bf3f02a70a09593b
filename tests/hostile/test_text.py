"""Script-, SQL- and formula-like text, emoji and look-alike letters: stored as typed, shown escaped on
every page where it appears; bidi overrides and control characters dropped; NUL refused with a clear
Indonesian message (PostgreSQL cannot store it)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils.html import escape
from openpyxl import load_workbook

from pintu.complaints.models import Report
from pintu.complaints.services import admin
from pintu.ppid.requests.models import InformationRequest
from tests.hostile import payloads as p
from tests.hostile.conftest import TEXT

pytestmark = pytest.mark.django_db


def submitted_report(wizard, title: str, text: str = TEXT) -> Report:
    response = wizard.submit(what={"title": title, "text": text})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Report.objects.get(code=response["Location"].rstrip("/").rsplit("/", 1)[-1])


def pages_showing(report, client, officer) -> dict[str, str]:
    """Every page where a report's title appears, as HTML: public, reporter, staff."""
    admin.verify(report, user=officer.user)  # public once verified
    return {
        "public list": client.get(reverse("complaints:public_list")).content.decode(),
        "public detail": client.get(reverse("complaints:public_detail", args=[report.code])).content.decode(),
        "tracking": client.get(reverse("complaints:track_detail", args=[report.code])).content.decode(),
        "staff inbox": officer.client.get(reverse("complaints:staff_inbox")).content.decode(),
        "staff detail": officer.client.get(reverse("complaints:staff_detail", args=[report.code])).content.decode(),
    }


class Officer:
    def __init__(self, client, user):
        self.client, self.user = client, user


@pytest.fixture
def coordinator(officer, user_named):
    return Officer(officer("admin.kominfo"), user_named("admin.kominfo"))


@pytest.mark.parametrize("name", sorted(p.VERBATIM))
def test_text_is_stored_verbatim_and_shown_escaped_everywhere(wizard, client, coordinator, name):
    payload = p.VERBATIM[name]
    report = submitted_report(wizard, f"Uji {payload}"[:150], TEXT + " " + payload)
    assert report.title == f"Uji {payload}"[:150] and report.text.endswith(payload)
    for page, html in pages_showing(report, client, coordinator).items():
        assert escape(report.title) in html, f"{name}: title not shown (escaped) on {page}"
        if "<" in payload:
            assert "<script>" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), page


@pytest.mark.parametrize("name", sorted(p.STRIPPED))
def test_bidi_overrides_and_control_characters_are_dropped(wizard, name):
    typed, stored = p.STRIPPED[name]
    report = submitted_report(wizard, typed, TEXT + " " + typed)
    assert report.title == stored
    assert report.text == TEXT + " " + stored


def test_nul_is_refused_with_a_clear_message_in_every_field(wizard):
    response = wizard.what(title=p.NUL)
    assert response.status_code == 200
    assert "Karakter null tidak diizinkan." in response.content.decode()
    wizard.what()
    wizard.where()
    response = wizard.finish(name="Ahmad\x00Fauzi")
    assert "Karakter null tidak diizinkan." in response.content.decode()
    assert not Report.objects.exists()


@pytest.mark.parametrize("query", [p.SCRIPT, p.SQL, p.NUL, p.CONTROL, p.LONG_WORD, p.EMOJI, "%", "_", "\\", "'"])
def test_search_box_answers_every_query(client, demo, query):
    response = client.get(reverse("complaints:public_list"), {"q": query})
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert "<script>alert" not in html


@pytest.mark.parametrize("path", ["/laporan/LPR-2026-%00AAAA/", "/lapor/lacak/%00/", "/ppid/permohonan/lacak/%00/",
                                  "/laporan/?kecamatan=%00", "/ppid/dip/?q=%00", "/staf/laporan/?q=%00"])  # fmt: skip
def test_nul_in_a_url_never_reaches_the_database(client, demo, officer, path):
    """PostgreSQL refuses NUL in a text parameter: a URL or query carrying one is refused or ignored."""
    for who in (client, officer("admin.kominfo")):
        response = who.get(path)
        assert response.status_code == 400, path
        assert "Alamat halaman berisi karakter yang tidak diizinkan." in response.content.decode()


def test_extremely_long_word_is_stored_and_shown(wizard, client, coordinator):
    report = submitted_report(wizard, "Kata panjang", TEXT + " " + p.LONG_WORD)
    html = pages_showing(report, client, coordinator)["public detail"]
    assert p.LONG_WORD in html


# --- spreadsheets and PDFs ---------------------------------------------------------------------------


def request_form(**overrides):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {
        "requester_kind": "perorangan", "name": "Siti Aminah", "address": "Indralaya", "occupation": "Guru",
        "phone": "081234567890", "email": "siti@example.org",
        "information": "Daftar paket pekerjaan jalan tahun 2026 beserta nilainya.", "purpose": "Penelitian",
        "obtain_method": "soft", "delivery_method": "email", "consent": "on", "idempotency_key": "k1",
        "identity_file": SimpleUploadedFile("ktp.png", p.png(), "image/png"),
    }  # fmt: skip
    data.update(overrides)
    return data


@pytest.mark.parametrize("formula", [p.FORMULA, "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"])
def test_request_register_exports_neutralise_formulas(client, demo, officer, formula):
    data = request_form(name=formula[:150], information=formula + " daftar paket jalan")
    response = client.post(reverse("ppid:request_create"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert InformationRequest.objects.count() == 1
    utama = officer("ppid.utama")
    rows = list(csv.reader(io.StringIO(utama.get(reverse("ppid:staff_requests_csv")).content.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not any(cell[:1] in "=+-@\t\r" for cell in cells if cell), cells
    book = load_workbook(io.BytesIO(utama.get(reverse("ppid:staff_requests_xlsx")).content))
    values = [c.value for row in book.active.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert not any(v[:1] in "=+-@\t\r" for v in values), values
    assert all(c.data_type != "f" for row in book.active.iter_rows() for c in row)


def test_dip_exports_neutralise_formulas(demo, user_named, client):
    from pintu.ppid.registers import services
    from tests.factories.ppid import dip_fields

    utama = user_named("ppid.utama")
    from pintu.agencies.models import Agency

    item = services.draft_dip_item(utama, Agency.objects.get(code="PUPR"), **dip_fields(title=p.FORMULA))
    services.publish_dip_item(utama, item)
    text = client.get(reverse("ppid:dip_export_csv")).content.decode("utf-8-sig")
    assert p.FORMULA not in [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + p.FORMULA in text or "'" + p.FORMULA.replace('"', '""') in text
    book = load_workbook(io.BytesIO(client.get(reverse("ppid:dip_export_xlsx")).content))
    assert all(c.data_type != "f" for row in book.active.iter_rows() for c in row)


def test_notice_pdf_renders_markup_like_text(client, demo, officer, user_named, settings, tmp_path):
    """Text like <script> or <b must not break the written notice (a signed letter, rendered by WeasyPrint)."""
    from pintu.agencies.models import Agency
    from pintu.ppid.requests import services
    from tests.factories.letters import decide_and_sign, letters_ready

    letters_ready(settings, tmp_path / "letters")
    data = request_form(name=p.SCRIPT[:150], information=p.SCRIPT + " <b")
    response = client.post(reverse("ppid:request_create"), data)
    assert response.status_code == 302
    utama = user_named("ppid.utama")
    info = services.assign_request(utama, InformationRequest.objects.get(), Agency.objects.get(code="PUPR"))
    markup = "Salinan <script>kontrak</script> & <b lampiran"
    info = decide_and_sign(info, "granted_whole", drafter=utama, signer=utama, material=markup,
                           provide_within="<i>segera")  # fmt: skip
    document = info.documents.get(is_notice=True)
    assert document.file.open("rb").read().startswith(b"%PDF")
    page = officer("ppid.utama").get(reverse("ppid:staff_request_detail", args=[info.pk])).content.decode()
    assert "<script>alert" not in page and escape(p.SCRIPT) in page


# --- the other doors: the REST API and the officers' walk-in form ------------------------------------


@pytest.mark.parametrize("field", ["title", "text", "name"])
def test_api_refuses_nul_and_stores_markup_verbatim(client, area, field):
    kecamatan, desa = area
    payload = {"title": "Lampu jalan padam", "text": "Lampu jalan di depan sekolah padam sejak seminggu.",
               "kecamatan": kecamatan.pk, "desa": desa.pk, "name": "Ahmad Fauzi", "consent": True}  # fmt: skip
    url = reverse("api:report_submit")
    refused = client.post(url, {**payload, field: payload[field] + "\x00"}, content_type="application/json")
    assert refused.status_code == 400 and field in refused.json()["errors"]
    accepted = client.post(url, {**payload, field: payload[field] + " " + p.SCRIPT + p.RTL},
                           content_type="application/json")  # fmt: skip
    assert accepted.status_code == 201, accepted.content
    stored = Report.objects.get(code=accepted.json()["code"])
    value = stored.contact.name if field == "name" else getattr(stored, field)
    assert p.SCRIPT in value and "\u202e" not in value


def test_staff_walk_in_form_refuses_nul_and_escapes_markup(officer, area):
    kecamatan, desa = area
    staff = officer("admin.kominfo")
    data = {"channel": "walk_in", "kind": "pengaduan", "title": p.SCRIPT, "text": TEXT + p.CONTROL,
            "kecamatan": kecamatan.pk, "desa": desa.pk, "privacy": "biasa", "name": "Warga\x00",
            "consent": "on", "idempotency_key": "walk-1"}  # fmt: skip
    response = staff.post(reverse("complaints:staff_new"), data)
    assert response.status_code in (200, 400) and "Karakter null tidak diizinkan." in response.content.decode()
    response = staff.post(reverse("complaints:staff_new"), {**data, "name": "Warga Indralaya"})
    assert response.status_code in (200, 302) and "Laporan tercatat" in response.content.decode()
    assert "<script>alert" not in response.content.decode()
    report = Report.objects.get(title=p.SCRIPT)
    assert "\x07" not in report.text and "\x1b" not in report.text
    page = staff.get(reverse("complaints:staff_detail", args=[report.code])).content.decode()
    assert "<script>alert" not in page and escape(p.SCRIPT) in page
