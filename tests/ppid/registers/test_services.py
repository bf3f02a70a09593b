"""DIP and DIK services: who may do what for which agency, validation, the lifecycle and its history."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from pintu.history.models import Event
from pintu.ppid.models import PpidSettings
from pintu.ppid.registers import services
from pintu.ppid.registers.models import DikStatus, DipStatus
from tests.factories.ppid import dik_fields, dip_fields

pytestmark = pytest.mark.django_db


# --- drafting: the PPID Pembantu of the agency, or the PPID Utama ------------------------------------


def test_ppid_pupr_drafts_for_pupr(draft_item, user_named):
    item = draft_item()
    assert item.status == DipStatus.DRAFT
    assert item.agency.code == "PUPR"
    assert item.drafted_by == user_named("ppid.pupr")
    assert item.number == 1
    assert item.next_due_date is None  # only published berkala items have a due date
    assert "rencana kerja" in item.search_text


def test_ppid_pupr_cannot_draft_for_dinkes(user_named, agency):
    with pytest.raises(PermissionDenied):
        services.draft_dip_item(user_named("ppid.pupr"), agency("DINKES"), **dip_fields())
    with pytest.raises(PermissionDenied):
        services.draft_dik_item(user_named("ppid.pupr"), agency("DINKES"), **dik_fields())


def test_ppid_dinkes_drafts_for_dinkes_and_utama_for_anyone(user_named, agency):
    assert services.draft_dip_item(user_named("ppid.dinkes"), agency("DINKES"), **dip_fields()).agency.code == "DINKES"
    assert services.draft_dip_item(user_named("ppid.utama"), agency("PUPR"), **dip_fields()).agency.code == "PUPR"


@pytest.mark.parametrize("username", ["warga", "atasan.ppid", "sysadmin", "admin.kominfo", "penghubung.pupr"])
def test_others_cannot_draft(user_named, agency, username):
    with pytest.raises(PermissionDenied):
        services.draft_dip_item(user_named(username), agency("PUPR"), **dip_fields())


def test_outside_agencies_have_no_register(user_named, agency):
    with pytest.raises(PermissionDenied):
        services.draft_dip_item(user_named("ppid.utama"), agency("KI_SUMSEL"), **dip_fields())


def test_numbers_follow_the_agency_register(draft_item):
    assert [draft_item().number for _ in range(3)] == [1, 2, 3]
    assert draft_item(number=10).number == 10
    assert draft_item().number == 11
    assert draft_item(username="ppid.dinkes", code="DINKES").number == 1


def test_validation_messages_are_indonesian_per_field(user_named, agency):
    with pytest.raises(ValidationError) as exc:
        services.draft_dip_item(user_named("ppid.pupr"), agency("PUPR"), **dip_fields(
            title="  ", category="rahasia", link="javascript:alert(1)", number="0"))  # fmt: skip
    errors = exc.value.message_dict
    assert errors["title"] == ["Judul informasi wajib diisi."]
    assert "berkala" in errors["category"][0]
    assert "https://" in errors["link"][0]
    assert errors["number"] == ["Nomor harus bilangan bulat positif."]


# --- publishing: only the PPID Utama -----------------------------------------------------------------


@pytest.mark.parametrize("username", ["ppid.pupr", "ppid.dinkes", "atasan.ppid", "sysadmin", "warga"])
def test_only_ppid_utama_publishes(draft_item, user_named, username):
    item = draft_item()
    with pytest.raises(PermissionDenied):
        services.publish_dip_item(user_named(username), item)
    item.refresh_from_db()
    assert item.status == DipStatus.DRAFT


def test_publishing_a_berkala_item_sets_its_next_due_date(draft_item, user_named):
    item = services.publish_dip_item(user_named("ppid.utama"), draft_item())
    today = timezone.localdate()
    assert item.status == DipStatus.PUBLISHED
    assert item.published_by == user_named("ppid.utama")
    assert item.last_published_date == today
    assert today + datetime.timedelta(days=170) <= item.next_due_date <= today + datetime.timedelta(days=185)
    kinds = list(Event.objects.for_case("dip_item", item.pk).values_list("kind", flat=True))
    assert kinds == ["drafted", "published"]


def test_non_berkala_items_have_no_due_date(draft_item, user_named):
    item = services.publish_dip_item(user_named("ppid.utama"), draft_item(category="setiap_saat"))
    assert item.next_due_date is None
    assert item.last_published_date == timezone.localdate()


def test_the_period_is_configurable(draft_item, user_named):
    settings_row = PpidSettings.load()
    settings_row.berkala_period_months = 3
    settings_row.save()
    item = services.publish_dip_item(user_named("ppid.utama"), draft_item())
    today = timezone.localdate()
    assert today + datetime.timedelta(days=80) <= item.next_due_date <= today + datetime.timedelta(days=93)


def test_incomplete_items_cannot_be_published(draft_item, user_named):
    item = draft_item(summary="", holder="", form_kind="")
    with pytest.raises(ValidationError) as exc:
        services.publish_dip_item(user_named("ppid.utama"), item)
    message = exc.value.messages[0]
    assert message.startswith("Lengkapi kolom DIP sebelum diumumkan")
    assert "ringkasan isi informasi" in message and "bentuk informasi" in message


def test_publishing_twice_is_refused(published_item, user_named):
    with pytest.raises(ValidationError, match="sudah diumumkan"):
        services.publish_dip_item(user_named("ppid.utama"), published_item())


# --- editing, withdrawing, refreshing ------------------------------------------------------------------


def test_pembantu_edits_a_draft_but_not_a_published_item(draft_item, user_named):
    item = services.update_dip_item(user_named("ppid.pupr"), draft_item(), title="Rencana kerja 2026 (revisi)")
    assert item.title == "Rencana kerja 2026 (revisi)"
    assert "revisi" in item.search_text
    published = services.publish_dip_item(user_named("ppid.utama"), item)
    with pytest.raises(PermissionDenied):
        services.update_dip_item(user_named("ppid.pupr"), published, title="Diubah diam-diam")
    assert services.update_dip_item(user_named("ppid.utama"), published, summary="Ringkas.").summary == "Ringkas."


def test_other_agencies_cannot_edit(draft_item, user_named):
    with pytest.raises(PermissionDenied):
        services.update_dip_item(user_named("ppid.dinkes"), draft_item(), title="x")


def test_withdraw_needs_utama_and_a_reason_then_can_be_republished(published_item, user_named):
    item = published_item()
    with pytest.raises(PermissionDenied):
        services.withdraw_dip_item(user_named("ppid.pupr"), item, "salah unggah")
    with pytest.raises(ValidationError) as exc:
        services.withdraw_dip_item(user_named("ppid.utama"), item, "  ")
    assert exc.value.message_dict == {"reason": ["Tuliskan alasan penarikan."]}
    item = services.withdraw_dip_item(user_named("ppid.utama"), item, "Data anggaran keliru.")
    assert item.status == DipStatus.WITHDRAWN and item.next_due_date is None
    item = services.update_dip_item(user_named("ppid.pupr"), item, summary="Data anggaran diperbaiki.")
    assert services.publish_dip_item(user_named("ppid.utama"), item).status == DipStatus.PUBLISHED


def test_refresh_berkala_records_the_date_and_recomputes(published_item, user_named):
    item = published_item()
    before = item.next_due_date
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as exc:
        services.refresh_berkala(user_named("ppid.pupr"), item, yesterday)  # before the last publication
    assert "sebelum pembaruan terakhir" in exc.value.message_dict["date"][0]
    with pytest.raises(ValidationError, match="masa depan"):
        services.refresh_berkala(user_named("ppid.pupr"), item, timezone.localdate() + datetime.timedelta(days=1))
    with pytest.raises(PermissionDenied):
        services.refresh_berkala(user_named("ppid.dinkes"), item)
    item.last_published_date = timezone.localdate() - datetime.timedelta(days=100)
    item.save()
    item = services.refresh_berkala(user_named("ppid.pupr"), item, timezone.localdate())
    assert item.last_published_date == timezone.localdate()
    assert item.next_due_date >= before


def test_refresh_only_for_published_berkala(published_item, draft_item, user_named):
    with pytest.raises(ValidationError):
        services.refresh_berkala(user_named("ppid.pupr"), draft_item())
    with pytest.raises(ValidationError):
        services.refresh_berkala(user_named("ppid.pupr"), published_item(category="serta_merta"))


# --- DIK ---------------------------------------------------------------------------------------------


def test_dik_needs_the_consequence_test_and_an_end_date(user_named, agency):
    with pytest.raises(ValidationError) as exc:
        services.draft_dik_item(user_named("ppid.pupr"), agency("PUPR"), **dik_fields(
            consequence="", public_interest="", exempt_until=timezone.localdate(), legal_basis="j"))  # fmt: skip
    errors = exc.value.message_dict
    assert errors["consequence"] == ["Uraikan konsekuensi bila informasi dibuka (uji konsekuensi)."]
    assert errors["public_interest"] == ["Uraikan pertimbangan kepentingan publik."]
    assert errors["exempt_until"] == ["Tanggal berakhirnya pengecualian harus sesudah hari ini."]
    assert errors["other_law"] == ["Sebutkan undang-undang yang mengecualikan informasi ini."]
    with pytest.raises(ValidationError) as exc:
        services.draft_dik_item(user_named("ppid.pupr"), agency("PUPR"), **dik_fields(exempt_until=None))
    assert "exempt_until" in exc.value.message_dict


def test_dik_lifecycle(dik_item, user_named):
    item = dik_item()
    assert item.status == DikStatus.DRAFT
    with pytest.raises(PermissionDenied):
        services.seed_in_force(user_named("ppid.pupr"), item, "Kepala Dinas PUPR")
    with pytest.raises(ValidationError) as exc:
        services.seed_in_force(user_named("ppid.utama"), item, " ")
    assert "decided_by" in exc.value.message_dict
    item = services.seed_in_force(user_named("ppid.utama"), item, "Kepala Diskominfo, PPID Utama")
    assert item.status == DikStatus.IN_FORCE and item.decided_at == timezone.localdate()
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        services.update_dik_item(user_named("ppid.pupr"), item, document="x")
    with pytest.raises(PermissionDenied):
        services.lift_dik_item(user_named("ppid.pupr"), item, "Lelang sudah diumumkan.")
    item = services.lift_dik_item(user_named("ppid.utama"), item, "Lelang sudah diumumkan.")
    assert item.status == DikStatus.LIFTED
    kinds = list(Event.objects.for_case("dik_item", item.pk).values_list("kind", flat=True))
    assert kinds == ["drafted", "decided", "lifted"]
