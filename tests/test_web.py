"""Server-rendered pages: Indonesian first, English switch, calculator validation, login."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/instansi/", "/wilayah/", "/hari-kerja/", "/hari-kerja/kalender/2026/", "/masuk/"]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_render_in_indonesian_without_scripts(client, demo, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert "<script" not in html  # works without JavaScript; nothing to load from anywhere
    assert "Kalkulator hari kerja" in html


def test_home_names_the_pemkab(client, demo):
    html = client.get("/").content.decode()
    assert "Pemerintah Kabupaten Ogan Ilir" in html
    assert "Layanan informasi publik dan pengaduan" in html


def test_language_switch_to_english_and_back(client, demo):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/hari-kerja/"}, follow=True)
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Working-day calculator" in html
    response = client.post("/i18n/setlang/", {"language": "id", "next": "/"}, follow=True)
    assert "Kalkulator hari kerja" in response.content.decode()


def test_calculator_gives_the_reference_due_date(client, demo):
    response = client.get("/hari-kerja/", {"received_date": "2026-03-16", "working_days": "10"})
    html = response.content.decode()
    assert 'data-iso="2026-04-07"' in html
    assert "Hari Suci Nyepi" in html or "Nyepi" in html  # the skipped holidays are listed


def test_calculator_after_hours_counts_from_the_next_working_day(client, demo):
    response = client.get(
        "/hari-kerja/", {"received_date": "2026-03-16", "received_time": "17:00", "working_days": "10"}
    )
    assert 'data-iso="2026-04-08"' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"received_date": "", "working_days": "10"}, "Isi tanggal diterima."),
        ({"received_date": "16-03-2026x", "working_days": "10"}, "Tanggal diterima harus berupa tanggal yang sah"),
        ({"received_date": "2026-03-16", "working_days": "0"}, "Jumlah hari kerja paling sedikit 1."),
        ({"received_date": "2026-03-16", "working_days": "abc"}, "Jumlah hari kerja harus berupa bilangan bulat."),
        ({"received_date": "2026-03-16", "working_days": "9999"}, "Jumlah hari kerja paling banyak 366."),
        ({"received_date": "2026-03-16", "received_time": "25:99", "working_days": "3"}, "Jam diterima harus"),
    ],
)
def test_calculator_explains_each_invalid_input_in_indonesian(client, demo, params, message):
    html = client.get("/hari-kerja/", params).content.decode()
    assert "Ada yang perlu diperbaiki" in html
    assert message in html
    assert "data-iso=" not in html


def test_calculator_errors_in_english_when_english_is_chosen(client, demo):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get("/hari-kerja/", {"received_date": "", "working_days": "0"}).content.decode()
    assert "Enter the date received." in html
    assert "There is a problem" in html


def test_unknown_calendar_year_is_404(client, demo):
    assert client.get("/hari-kerja/kalender/1900/").status_code == 404


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        ("admin.kominfo", "Admin instansi"),
        ("penghubung.pupr", "Pejabat penghubung"),
        ("ppid.utama", "PPID Utama"),
        ("atasan.ppid", "Atasan PPID"),
        ("inspektorat", "Inspektorat"),
        ("bupati", "Pimpinan"),
        ("kepala.pupr", "Kepala OPD"),
        ("sysadmin", "Admin sistem"),
        ("warga", "akun warga"),
    ],
)
def test_demo_logins_work_and_show_the_roles(client, demo, username, expected):
    from pintu.accounts.models import User
    from pintu.security.testing import issue_backup_code
    from pintu.security.twofactor import requires_second_factor

    user = User.objects.get(username=username)
    code = issue_backup_code(user) if requires_second_factor(user) else None  # its role needs a second factor
    response = client.post(reverse("web:login"), {"username": username, "password": "pintu-demo-2026"}, follow=True)
    if code:
        assert response.redirect_chain[-1][0].startswith(reverse("accounts:otp_verify"))
        response = client.post(response.redirect_chain[-1][0], {"token": code}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("web:staff_home")
    assert expected in response.content.decode()


def test_wrong_password_gets_a_clear_message(client, demo):
    html = client.post(reverse("web:login"), {"username": "warga", "password": "salah"}).content.decode()
    assert "Nama pengguna atau kata sandi salah." in html


def test_staff_home_requires_login(client, demo):
    response = client.get(reverse("web:staff_home"))
    assert response.status_code == 302 and response["Location"].startswith("/masuk/")


def test_logout_is_a_post(client, demo, user_named):
    client.force_login(user_named("warga"))
    assert client.post(reverse("web:logout")).status_code == 302
    assert client.get(reverse("web:staff_home")).status_code == 302


def test_system_admin_reaches_the_configuration_admin(client, demo, user_named):
    client.force_login(user_named("sysadmin"))
    for url in ["/admin/", "/admin/agencies/agency/", "/admin/accounts/user/", "/admin/workdays/closedday/",
                "/admin/categories/category/", "/admin/history/event/", "/admin/workdays/calendarsettings/"]:
        assert client.get(url).status_code == 200, url


def test_officers_without_system_admin_cannot_open_the_admin(client, demo, user_named):
    client.force_login(user_named("admin.kominfo"))
    assert client.get("/admin/").status_code == 302
