"""No API response ever carries the identity of an anonim reporter: every GET operation of the schema,
as every demo role (and as nobody, and as the reporter with the secret), over an anonim report that went
through verification, disposition, a follow-up and an identity reveal."""

import re

import pytest
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from pintu.accounts.models import User
from pintu.complaints.services import admin, handling
from tests.api.conftest import ADMIN, PUPR

NAME, EMAIL, PHONE, NIK = "Sukarni Binti Rahmat", "sukarni.rahmat@example.com", "0813-9988-7766", "1610061503900001"


@pytest.fixture
def anonim_report(submit, user_named, agency):
    warga = user_named("warga")
    result = submit(privacy="anonim", name=NAME, email=EMAIL, phone=PHONE, nik=NIK, reporter_user=warga)
    report = admin.disposition(result.report, user=user_named(ADMIN), agency=agency("PUPR"))
    handling.accept(report, user=user_named(PUPR))
    handling.post_follow_up(report, user=user_named(PUPR), text="Sudah kami tangani di lokasi.")
    admin.reveal_identity(report, user=user_named(ADMIN), reason="Uji: pembukaan identitas tercatat.")
    return result


def _get_paths() -> list[str]:
    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]
    return [path for path, operations in paths.items() if "get" in operations]


def _forbidden_strings(warga) -> list[str]:
    digits = re.sub(r"\D", "", PHONE)
    return [NAME, EMAIL, NIK, digits, digits[1:], NIK[-4:] + '"', warga.get_full_name(), warga.email or NAME]


def test_no_response_names_an_anonim_reporter(anonim_report, client_for, user_named):
    report = anonim_report.report
    warga = user_named("warga")
    clients = {"anonim": APIClient(), "pelapor-dengan-kode-rahasia": APIClient()}
    clients["pelapor-dengan-kode-rahasia"].credentials(HTTP_X_TRACKING_SECRET=anonim_report.secret)
    for user in User.objects.filter(is_active=True).order_by("username"):
        clients[user.username] = client_for(user.username)
    forbidden = [s for s in _forbidden_strings(warga) if s]
    paths = _get_paths()
    assert any("{code}" in p for p in paths)
    checked = 0
    for who, client in clients.items():
        client.raise_request_exception = False  # other apps' endpoints may fail; that is another test's job
        for path in paths:
            url = re.sub(r"\{code\}", report.code, path)
            url = re.sub(r"\{[^}]+\}", "1", url)
            response = client.get(url + "?page_size=100")  # whole lists on one page; ignored by details
            body = response.content.decode(errors="replace")
            leaked = [s for s in forbidden if s in body]
            assert not leaked, f"{who} GET {url} -> {response.status_code} leaks {leaked}"
            checked += response.status_code == 200
    assert checked > 40  # the walk did reach real data, not only refusals
