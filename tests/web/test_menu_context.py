"""One Indonesian word, two English ones: "Instansi" in the site menu names the list of agencies ("Agencies"),
while a column heading or a field label names one agency ("Agency"). The menu's msgid carries the context
"menu" so the two can be translated apart (stranger check, 2026-12-07)."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real


@pytest.fixture
def english_instansi():
    """English entries as the lead's catalogue will hold them (this test does not depend on locale/)."""
    catalog = trans_real.translation("en")._catalog
    entries = {"menu\x04Instansi": "Agencies", "Instansi": "Agency"}
    saved = {key: catalog.get(key) for key in entries}
    for key, value in entries.items():
        catalog[key] = value
    yield
    for key, value in saved.items():
        if value is None:
            catalog._catalogs[0].pop(key, None)
        else:
            catalog[key] = value


@pytest.mark.django_db
def test_the_menu_says_agencies_and_the_statistics_filter_says_agency(client, english_instansi):
    client.cookies["django_language"] = "en"
    html = client.get(reverse("insights:public"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'href="{reverse("web:agencies")}"' in html
    assert ">Agencies</a>" in html  # the site menu
    assert '<label for="f-instansi">Agency</label>' in html  # the filter's label: one agency
    with translation.override("en"):
        assert str(translation.gettext("Instansi")) == "Agency"


@pytest.mark.django_db
def test_wilayah_names_the_directory_areas_and_one_place_area(client):
    """The same split for "Wilayah", against the real catalogue: the footer's link and the directory's title
    say "Areas"; where one report's place is told (its facts, the wizard's summary) it is "Area"."""
    client.cookies["django_language"] = "en"
    html = client.get(reverse("web:areas"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'<a href="{reverse("web:areas")}">Areas</a>' in html and "<title>Areas" in html
    with translation.override("en"):
        assert str(translation.gettext("Wilayah")) == "Area"
        assert str(translation.pgettext("menu", "Wilayah")) == "Areas"


def test_a_statistics_column_counting_reports_says_reports():
    """"Laporan" heading a column of counts is "Reports" (context "jumlah"); one report stays "Report"."""
    from pintu.insights.dashboard import reports_heading

    with translation.override("en"):
        assert reports_heading() == "Reports"
        assert str(translation.gettext("Laporan")) == "Report"
