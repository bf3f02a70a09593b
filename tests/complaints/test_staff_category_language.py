"""The staff forms and filters name a category in the page's language (`pintu.categories.fields.CategoryChoiceField`,
`Category.localized_name`): in English the verify page's "Ubah" (re-categorise) form, the case's facts, the inbox
filter and the staff entry form showed the Indonesian names (stranger check, 2026-12-07). The API keeps both names."""

import re

import pytest
from django.urls import reverse

from pintu.categories.models import Category
from tests.factories.complaints import ADMIN

pytestmark = pytest.mark.django_db
ENGLISH = "Roads, bridges and drainage"


@pytest.fixture
def names(demo):
    Category.objects.filter(code="INFRASTRUKTUR").update(name_en=ENGLISH)
    return Category.objects.get(code="INFRASTRUKTUR").name


def select_labels(html: str, name: str) -> list[str]:
    """The option texts of every <select name=`name`> of the page."""
    selects = re.findall(rf'<select[^>]* name="{name}"[^>]*>(.*?)</select>', html, flags=re.S)
    assert selects, f"no <select name={name}>"
    return [label.strip() for select in selects for label in re.findall(r"<option[^>]*>(.*?)</option>", select, re.S)]


def in_english(client, url: str) -> str:
    client.cookies["django_language"] = "en"
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def test_the_verify_page_names_the_category_in_english(client, user_named, report, names):
    client.force_login(user_named(ADMIN))
    url = reverse("complaints:staff_detail", args=[report.code])
    indonesian = client.get(url).content.decode()
    assert names in select_labels(indonesian, "category") and ENGLISH not in indonesian
    english = in_english(client, url)
    labels = select_labels(english, "category")  # the "Ubah" form that corrects kind and category before verifying
    assert ENGLISH in labels and names not in labels
    assert f"<dd>{ENGLISH}</dd>" in english and names not in english  # the case's facts too


@pytest.mark.parametrize("url", ["/staf/laporan/?tab=semua", "/staf/laporan/baru/"])
def test_the_inbox_filter_and_the_staff_entry_form_name_the_category_in_english(client, user_named, names, url):
    client.force_login(user_named(ADMIN))
    labels = select_labels(in_english(client, url), "category")
    assert ENGLISH in labels and names not in labels
    # the curated order of the region package (Category.sort_order) stays: "Other topics" closes the list
    assert labels[-1] == Category.objects.get(code="LAINNYA").name_en


def test_the_statistics_filter_sorts_by_the_name_it_shows(client, user_named, names):
    client.force_login(user_named("bupati"))
    labels = select_labels(in_english(client, reverse("insights:dashboard")), "kategori")[1:]
    assert ENGLISH in labels and names not in labels
    assert labels == sorted(labels, key=str.casefold)


def test_the_api_keeps_both_names(client, names):
    client.cookies["django_language"] = "en"
    rows = client.get("/api/v1/categories/", HTTP_ACCEPT_LANGUAGE="en").json()
    rows = rows["results"]
    row = next(row for row in rows if row["code"] == "INFRASTRUKTUR")
    assert row["name"] == names and row["name_en"] == ENGLISH
