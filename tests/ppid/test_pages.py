"""The PPID's own public pages (pintu/ppid/views.py) and the public lists, through the test client: in
Indonesian, no script, the officers and the deadlines of the law."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    ("ppid:landing", [], "PPID Pemerintah Kabupaten Ogan Ilir"),
    ("ppid:dip_list", [], "Daftar Informasi Publik"),
    ("ppid:dik_list", [], "Daftar Informasi yang Dikecualikan"),
    ("ppid:page", ["layanan"], "Maklumat pelayanan"),
    ("ppid:page", ["permohonan"], "10 hari kerja"),
    ("ppid:page", ["keberatan"], "30 hari kerja"),
    ("ppid:page", ["sengketa"], "Komisi Informasi Provinsi Sumatera Selatan"),
    ("ppid:page", ["aksesibilitas"], "penyandang disabilitas"),
]


@pytest.mark.parametrize(("name", "args", "text"), PUBLIC_PAGES)
def test_public_pages_are_indonesian(client, demo, name, args, text):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="id">' in content
    assert text in content
    assert "<script" not in content


def test_landing_lists_officers_categories_and_pledge(client, published_item, dik_item):
    published_item()
    dik_item(decide=True)
    content = client.get(reverse("ppid:landing")).content.decode()
    for text in ["PPID Utama Ogan Ilir", "Kepala Diskominfo", "PPID Pembantu PUPR", "Sekretaris Dinas PUPR",
                 "Sekretaris Daerah", "Atasan PPID", "Dinas Pekerjaan Umum dan Penataan Ruang",
                 "Informasi yang wajib diumumkan secara berkala", "serta merta", "tersedia setiap saat",
                 "Informasi yang dikecualikan", "1 informasi diumumkan", "1 pengecualian berlaku",
                 "paling lambat 10 hari kerja", "paling lama 7 hari kerja", "tidak dipungut biaya"]:  # fmt: skip
        assert text in content, text
    assert "@" not in content.split("Pejabat PPID")[1].split("Maklumat")[0]  # names and posts only


def test_procedure_pages_state_the_deadlines(client, demo):
    objection = client.get(reverse("ppid:page", args=["keberatan"])).content.decode()
    assert "Atasan PPID" in objection and "pengenaan biaya yang tidak wajar" in objection
    dispute = client.get(reverse("ppid:page", args=["sengketa"])).content.decode()
    assert "14 hari kerja" in dispute and "100 hari kerja" in dispute
    assert client.get("/ppid/tidak-ada/").status_code == 404
