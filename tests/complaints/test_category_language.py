"""The public forms name a category in the page's language (Category.localized_name), as the statistics do:
an English page showed the Indonesian names (stranger check, 2026-12-07, English pass over the public forms)."""

import pytest
from django.urls import reverse

from pintu.categories.models import Category

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url_name", ["complaints:intake_what", "complaints:public_list"])
def test_the_category_choices_follow_the_language(client, demo, url_name):
    Category.objects.filter(code="INFRASTRUKTUR").update(name_en="Roads, bridges and drainage")
    name = Category.objects.get(code="INFRASTRUKTUR").name
    indonesian = client.get(reverse(url_name)).content.decode()
    assert name in indonesian and "Roads, bridges and drainage" not in indonesian
    client.cookies["django_language"] = "en"
    english = client.get(reverse(url_name), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Roads, bridges and drainage" in english and name not in english
