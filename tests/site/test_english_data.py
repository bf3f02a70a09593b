"""Data has English text where the page is English (issue #19 item 6): agency duties, category names in the
statistics, holiday names in the calendar. The seed data fills the English for every demo row."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from pintu.agencies.models import Agency
from pintu.categories.models import Category
from pintu.insights import labels
from pintu.workdays.models import ClosedDay

pytestmark = pytest.mark.django_db


def _english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def test_every_seeded_agency_duty_and_category_has_english(demo):
    missing = list(Agency.objects.exclude(duties="").filter(duties_en="").values_list("code", flat=True))
    assert missing == []
    assert not Category.objects.filter(name_en="").exists()


def test_the_agency_directory_in_english_shows_english_duties(demo, client):
    pupr = Agency.objects.get(code="PUPR")
    _english(client)
    page = client.get(reverse("web:agencies")).content.decode()
    assert pupr.duties_en in page and pupr.duties not in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    assert pupr.duties in client.get(reverse("web:agencies")).content.decode()


def test_the_calendar_in_english_shows_english_holiday_names(demo, client):
    day = ClosedDay.objects.exclude(name_en="").filter(date__year=2026).order_by("date").first()
    assert day is not None and day.name_en != day.name
    _english(client)
    page = client.get(reverse("web:calendar_year", args=[2026])).content.decode()
    assert escape(day.name_en) in page and escape(day.name) not in page


def test_statistics_name_categories_in_the_page_language(demo):
    category = Category.objects.exclude(name_en="").first()
    with translation.override("en"):
        assert labels.names("category", [category.pk]) == {category.pk: category.name_en}
    with translation.override("id"):
        assert labels.names("category", [category.pk]) == {category.pk: category.name}
