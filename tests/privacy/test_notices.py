"""Every form that collects personal data shows the privacy notice and links to the full privacy page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.ppid.models import InformationRequest
from tests.complaints.test_views_public import walk_to_finish
from tests.privacy.conftest import make_request


def _has_notice(html: str) -> bool:
    return 'class="privacy-notice"' in html and f'href="{reverse("mydata:privacy")}"' in html


@pytest.fixture
def area(demo):
    from pintu.agencies.models import Area

    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    return kecamatan, kecamatan.children.order_by("code").first()


def test_report_wizard_contact_step(client, area):
    walk_to_finish(client, area)
    assert _has_notice(client.get(reverse("complaints:intake_finish")).content.decode())


def test_public_information_request_and_objection_forms(client, demo, tmp_path, settings, user_named):
    settings.MEDIA_ROOT = tmp_path
    assert _has_notice(client.get(reverse("ppid:request_create")).content.decode())
    citizen = user_named("warga")
    info = make_request(citizen)
    # objections open once the notice deadline has passed (ground c) or a notice was issued: not on day 0
    InformationRequest.objects.filter(pk=info.pk).update(due_date=timezone.localdate() - timedelta(days=1))
    client.force_login(citizen)
    page = client.get(reverse("ppid:objection_file", args=[info.number]))
    assert page.status_code == 200 and _has_notice(page.content.decode())


@pytest.mark.parametrize(
    ("username", "url_name"),
    [("admin.kominfo", "complaints:staff_new"), ("ppid.utama", "ppid:staff_request_create"),
     ("ppid.utama", "ppid:staff_objection_create")],
)  # fmt: skip
def test_staff_entry_forms(client, user_named, username, url_name):
    client.force_login(user_named(username))
    page = client.get(reverse(url_name))
    assert page.status_code == 200 and _has_notice(page.content.decode())
