"""Stranger finding: the NIK hint did not say what the digits mean. One hint (pintu.privacy.hints.NIK_HINT) is
shown wherever a NIK is asked, and what it tells about the birth date matches the validator."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import translation

from pintu.complaints.forms_public import FinishForm
from pintu.complaints.forms_staff import StaffReportForm
from pintu.ppid.requests.forms import RequestForm, StaffRequestForm
from pintu.privacy.hints import NIK_HINT
from pintu.privacy.nik import validate_nik


def test_the_hint_names_16_digits_and_the_birth_date_with_40_added_for_women():
    with translation.override("id"):
        hint = str(NIK_HINT)
    assert "16 angka" in hint and "ke-7 sampai ke-12" in hint and "ditambah 40" in hint
    man, woman = re.findall(r"laki-laki (\d{6}), perempuan (\d{6})", hint)[0]
    for digits, sex in ((man, "L"), (woman, "P")):  # the example reads as the validator reads a NIK
        info = validate_nik(f"161006{digits}0001", today=dt.date(2026, 12, 7))
        assert info.sex == sex and dt.date(1990, 3, 5) in info.birth_date_candidates


@pytest.mark.django_db
def test_every_form_that_asks_for_a_nik_shows_the_one_hint(demo):
    with translation.override("id"):
        hint = str(NIK_HINT)
        fields = [
            FinishForm().fields["nik"],
            RequestForm().fields["id_number"],
            StaffRequestForm().fields["id_number"],
        ]
        helps = [str(field.help_text) for field in fields]
    assert all(hint in text for text in helps), helps
    staff = str(StaffReportForm.base_fields["nik"].help_text)
    assert hint in staff


@pytest.mark.django_db
def test_the_request_form_page_shows_the_hint(demo, client):
    page = client.get(reverse("ppid:request_create")).content.decode()
    assert "Angka ke-7 sampai ke-12 adalah tanggal lahir" in page


@pytest.mark.django_db
def test_the_api_describes_the_nik_fields_with_the_same_hint(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert schema.count("Angka ke-7 sampai ke-12 adalah tanggal lahir") >= 2  # public submission, staff entry
