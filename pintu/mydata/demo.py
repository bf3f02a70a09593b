"""The demo's controller and data-protection officer (fictional person, Diskominfo Ogan Ilir). Idempotent."""

from pintu.agencies.models import Agency
from pintu.mydata.models import OfficerTitle, PrivacySettings

DEMO_OFFICER = {
    "controller": "Pemerintah Kabupaten Ogan Ilir",
    "controller_unit": "Dinas Komunikasi dan Informatika Kabupaten Ogan Ilir",
    "controller_address": "Komplek Perkantoran Terpadu Tanjung Senai, Indralaya, Ogan Ilir, Sumatera Selatan 30862",
    "officer_title": OfficerTitle.PEJABAT,
    "officer_name": "Rahmawati, S.Kom., M.T.I.",
    "officer_post": "Kepala Bidang Persandian dan Keamanan Informasi, Diskominfo (contoh fiktif)",
    "officer_email": "pdp@oganilirkab.go.id",
    "officer_phone": "(0711) 7570 123",
}


def load_privacy_demo() -> PrivacySettings:
    row = PrivacySettings.load()
    for name, value in DEMO_OFFICER.items():
        setattr(row, name, value)
    row.controller_agency = Agency.objects.filter(code="DISKOMINFO").first()
    row.save()
    return row
