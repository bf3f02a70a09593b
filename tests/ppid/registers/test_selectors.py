"""Who sees which DIP and DIK rows: the public, each PPID role, per agency."""

import pytest
from django.contrib.auth.models import AnonymousUser

from pintu.ppid.registers import services
from pintu.ppid.registers.selectors import dik_items_visible_to, dip_items_visible_to, register_agencies_for
from pintu.ppid.selectors import ppid_officers

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(draft_item, published_item, user_named):
    pupr_draft = draft_item(title="Draf PUPR")
    pupr_published = published_item(title="Terbit PUPR")
    dinkes_draft = draft_item(username="ppid.dinkes", code="DINKES", title="Draf Dinkes")
    withdrawn = services.withdraw_dip_item(user_named("ppid.utama"), published_item(title="Ditarik PUPR"), "salah")
    return {"pupr_draft": pupr_draft, "pupr_published": pupr_published, "dinkes_draft": dinkes_draft,
            "withdrawn": withdrawn}  # fmt: skip


def titles(qs) -> set[str]:
    return set(qs.values_list("title", flat=True))


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        (None, {"Terbit PUPR"}),
        ("warga", {"Terbit PUPR"}),
        ("penghubung.pupr", {"Terbit PUPR"}),
        ("ppid.pupr", {"Terbit PUPR", "Draf PUPR", "Ditarik PUPR"}),
        ("ppid.dinkes", {"Terbit PUPR", "Draf Dinkes"}),
        ("ppid.utama", {"Terbit PUPR", "Draf PUPR", "Ditarik PUPR", "Draf Dinkes"}),
        ("atasan.ppid", {"Terbit PUPR", "Draf PUPR", "Ditarik PUPR", "Draf Dinkes"}),
        ("sysadmin", {"Terbit PUPR", "Draf PUPR", "Ditarik PUPR", "Draf Dinkes"}),
    ],
)
def test_dip_visibility(rows, user_named, username, expected):
    user = user_named(username) if username else AnonymousUser()
    assert titles(dip_items_visible_to(user)) == expected


def test_dik_visibility(dik_item, user_named):
    in_force = dik_item(decide=True, document="HPS jalan")
    draft = dik_item(document="Draf PUPR")
    dinkes = dik_item(username="ppid.dinkes", code="DINKES", document="Rekam medis")

    def docs(user):
        return set(dik_items_visible_to(user).values_list("document", flat=True))

    assert docs(AnonymousUser()) == docs(user_named("warga")) == {in_force.document}
    assert docs(user_named("ppid.pupr")) == {in_force.document, draft.document}
    assert docs(user_named("ppid.dinkes")) == {in_force.document, dinkes.document}
    assert docs(user_named("ppid.utama")) == docs(user_named("atasan.ppid")) == {
        in_force.document, draft.document, dinkes.document}  # fmt: skip


def test_register_agencies(user_named):
    assert set(register_agencies_for(user_named("ppid.pupr")).values_list("code", flat=True)) == {"PUPR"}
    utama = set(register_agencies_for(user_named("ppid.utama")).values_list("code", flat=True))
    assert {"PUPR", "DINKES", "DISKOMINFO", "PEMKAB"} <= utama and "KI_SUMSEL" not in utama
    assert not register_agencies_for(user_named("warga")).exists()


def test_officers_are_the_ppid_roles(user_named):
    officers = {(o.user.username, o.role) for o in ppid_officers()}
    assert officers == {("ppid.utama", "ppid_utama"), ("ppid.pupr", "ppid_pembantu"),
                        ("ppid.dinkes", "ppid_pembantu"), ("atasan.ppid", "atasan_ppid")}  # fmt: skip
