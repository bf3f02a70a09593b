"""Routing fixtures: the complaint fixtures plus a small confirmed history made through the services."""

import pytest
from django.core import mail

from pintu.complaints.services import admin, handling
from pintu.routing import services
from tests.complaints import conftest as complaint_fixtures
from tests.factories.complaints import ADMIN, BUPATI  # noqa: F401 (re-exported to the tests)
from tests.factories.complaints import DINKES as DINKES_USER  # noqa: F401
from tests.factories.complaints import PUPR as PUPR_USER  # noqa: F401

# the complaint fixtures (a submitted report, the demo agencies and area), shared with these tests
area, agency, draft, submit, report = (
    complaint_fixtures.area,
    complaint_fixtures.agency,
    complaint_fixtures.draft,
    complaint_fixtures.submit,
    complaint_fixtures.report,
)


ROAD_TEXTS = [
    ("Jalan desa rusak parah", "Jalan di desa kami rusak parah dan berlubang, kalau hujan tergenang air."),
    ("Jembatan hampir ambruk", "Jembatan kayu penghubung dua dusun sudah lapuk dan hampir ambruk."),
    ("Gorong-gorong tersumbat", "Gorong-gorong di jalan poros tersumbat sehingga jalan banjir."),
    ("Aspal jalan mengelupas", "Aspal jalan kabupaten mengelupas dan banyak lubang besar."),
    ("Jalan amblas", "Badan jalan amblas di tikungan, berbahaya bagi pengendara motor."),
]
HEALTH_TEXTS = [
    ("Puskesmas tutup siang", "Puskesmas sudah tutup jam 11 siang padahal banyak pasien menunggu."),
    ("Obat kosong di puskesmas", "Obat untuk pasien hipertensi kosong di puskesmas sejak sebulan."),
    ("Bidan desa tidak ada", "Bidan desa jarang di tempat, ibu hamil kesulitan periksa kandungan."),
    ("Posyandu tidak berjalan", "Posyandu di dusun kami tidak ada kegiatan imunisasi balita lagi."),
    ("Antrean puskesmas panjang", "Antrean di puskesmas sangat panjang dan dokter datang terlambat."),
]


@pytest.fixture(autouse=True)
def _fresh_router_cache():
    services.clear_cache()
    yield
    services.clear_cache()


@pytest.fixture
def confirmed_history(submit, user_named, agency):
    """Ten reports accepted by the OPD they were dispositioned to (PUPR and DINKES), some followed up.

    Returns a dict with the reports by outcome, for tests that check what is (not) an example.
    """
    boss = user_named(ADMIN)
    handlers = {"PUPR": user_named(PUPR_USER), "DINKES": user_named(DINKES_USER)}
    out = {"PUPR": [], "DINKES": []}
    for code, texts in (("PUPR", ROAD_TEXTS), ("DINKES", HEALTH_TEXTS)):
        for i, (title, text) in enumerate(texts):
            made = submit(title=title, text=text).report
            admin.disposition(made, user=boss, agency=agency(code))
            handling.accept(made, user=handlers[code])
            if i % 2 == 0:
                handling.post_follow_up(made, user=handlers[code], text="Sudah kami tinjau ke lokasi.")
            out[code].append(made)
    mail.outbox.clear()
    return out
