"""Identifiers and dates a person can get wrong or forge: NIK, dates, tracking codes with look-alike
letters or full-width digits, hostile sign-in names. Each gets a clear Indonesian answer, never a 500."""

import pytest
from django.urls import reverse

from pintu.complaints.models import Report
from pintu.privacy.sealed import unseal
from tests.hostile import payloads as p

pytestmark = pytest.mark.django_db

INVALID_DATE = "Tanggal kejadian harus berupa tanggal yang sah, misalnya 2026-03-16."


@pytest.mark.parametrize(
    ("nik", "message"),
    [
        ("12345", "NIK harus 16 angka."),
        ("16100112078500031", "NIK harus 16 angka."),
        ("1610013213850001", "Tanggal lahir pada NIK tidak sah."),  # day 32
        ("1610013102850001", "Tanggal lahir pada NIK tidak sah."),  # 31 February
        ("1610011207850000", "Nomor urut pada NIK tidak boleh 0000."),
        ("16100112078500AB", "NIK hanya boleh berisi angka."),
        ("１６１００１１２０７８５０００３", "NIK hanya boleh berisi angka."),  # full-width digits
        ("9910011207850003", "Kode provinsi pada NIK tidak dikenal."),
        ("1600011207850003", "Kode kabupaten/kota pada NIK tidak sah."),
    ],
)
def test_invalid_nik_gets_its_own_message(wizard, nik, message):
    wizard.what()
    wizard.where()
    response = wizard.finish(nik=nik)
    assert message in response.content.decode()
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-02-31", INVALID_DATE),
        ("0000-01-01", INVALID_DATE),
        ("31/02/2026", INVALID_DATE),
        ("2999-01-01", "Tanggal kejadian tidak boleh di masa depan."),
        ("9999-12-31", "Tanggal kejadian tidak boleh di masa depan."),
        ("1900-01-01", "Tanggal kejadian terlalu lama."),
        ("99999-01-01", INVALID_DATE),
    ],
)
def test_invalid_incident_date_gets_a_clear_message(wizard, date, message):
    wizard.what()
    response = wizard.where(incident_date=date)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.fixture
def tracked(wizard, client):
    """A submitted report, its secret, and a fresh visitor (the submitting session already proved it)."""
    response = wizard.submit()
    report = Report.objects.get(code=response["Location"].rstrip("/").rsplit("/", 1)[-1])
    secret = unseal(client.session["lapor_receipts"][report.code]["secret"])  # kept encrypted in the session
    return report, secret, client.__class__()


def test_full_width_tracking_code_is_understood(tracked):
    report, secret, visitor = tracked
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in report.code)
    response = visitor.post(reverse("complaints:track"), {"code": full_width, "secret": secret})
    assert response.status_code == 302 and response["Location"].endswith(f"/{report.code}/")


@pytest.mark.parametrize("swap", [("P", "Р"), ("R", "Я"), ("-", "\u2010"), ("L", "\u216c")])
def test_look_alike_tracking_code_is_simply_not_found(tracked, swap):
    report, secret, visitor = tracked
    forged = report.code.replace(*swap, 1)
    response = visitor.post(reverse("complaints:track"), {"code": forged, "secret": secret})
    if swap[1] in ("\u2010", "\u216c"):  # NFKC folds these to ASCII: the real code, found
        assert response.status_code == 302
        return
    assert response.status_code == 200
    assert "Kode lacak atau kode rahasia salah." in response.content.decode()
    assert visitor.get(f"/laporan/{forged}/").status_code == 404


@pytest.mark.parametrize("code", [p.SCRIPT, p.SQL, p.NUL, p.LONG_WORD, "", "LPR-2026-" + "X" * 500])
def test_hostile_tracking_lookups(client, demo, code):
    response = client.post(reverse("complaints:track"), {"code": code, "secret": "ABCD-EFGH"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    response = client.post(reverse("ppid:request_track"), {"number": code[:40], "secret": "ABCD-EFGH"})
    assert response.status_code == 200 and "<script>alert" not in response.content.decode()


@pytest.mark.parametrize("username", [p.SCRIPT, p.SQL, p.NUL, p.RTL, p.LONG_WORD[:1000], "admin\u200b"])
def test_hostile_sign_in_names(client, demo, username):
    response = client.post(reverse("web:login"), {"username": username, "password": "x"})
    assert response.status_code in (200, 429)
    assert "<script>alert" not in response.content.decode()
