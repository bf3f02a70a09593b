"""Draft -> approved and signed -> issued; revoked; superseded. Who may sign; nothing unsigned goes out;
a signed letter cannot change (model, queryset, database trigger)."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from pintu.accounts.models import User
from pintu.audit.models import AuditEntry
from pintu.history.models import Event
from pintu.history.registry import register_case_type, unregister_case_type
from pintu.letters.demo import ensure_demo_certificates
from pintu.letters.models import (
    Delegation,
    KindSetting,
    Letter,
    LetterImmutableError,
    NumberingScheme,
    Signatory,
    Status,
)
from pintu.letters.selectors import current_letter, issued_letters_of_case, letters_of_case
from pintu.letters.services import (
    LetterNotSigned,
    approve_and_sign,
    discard_draft,
    draft_pdf,
    may_approve,
    may_revoke,
    revoke,
    signed_pdf,
    supersede,
    update_draft,
)
from pintu.letters.signing import SigningError
from tests.letters.pdfinspect import text


def test_a_pembantus_draft_is_not_delivered_before_approval(draft_sample, user_named):
    letter = draft_sample("pemberitahuan_tertulis", drafter="ppid.pupr")
    assert letter.status == Status.DRAFT and not letter.number and not letter.pdf
    with pytest.raises(LetterNotSigned):
        signed_pdf(letter)
    assert may_approve(letter, user_named("ppid.utama"))
    assert not any(may_approve(letter, user_named(name)) for name in ("ppid.pupr", "atasan.ppid", "warga"))
    with pytest.raises(PermissionDenied):  # the drafter is not the signatory of the notice
        approve_and_sign(letter, user=user_named("ppid.pupr"))
    with pytest.raises(PermissionDenied):  # nor is the Atasan PPID, nor a citizen
        approve_and_sign(letter, user=user_named("atasan.ppid"))
    with pytest.raises(PermissionDenied):
        approve_and_sign(letter, user=user_named("warga"))
    letter.refresh_from_db()
    assert letter.status == Status.DRAFT and not letter.number
    preview = text(draft_pdf(letter))  # the staff read the draft: watermarked, unnumbered, unsigned
    assert "(diberikan saat ditandatangani)" in preview and "belum ditandatangani" in preview

    issued = approve_and_sign(letter, user=user_named("ppid.utama"))
    assert issued.status == Status.ISSUED and signed_pdf(issued) == bytes(issued.pdf)
    assert issued.signer_name == "Drs. Ahmad Fauzi, M.Si." and issued.signed_by == user_named("ppid.utama")


def test_a_draft_can_be_edited_or_discarded_a_signed_letter_not(draft_sample, user_named):
    letter = draft_sample("pemberitahuan_perpanjangan")
    letter = update_draft(letter, editor=user_named("ppid.pupr"), hal="Perpanjangan waktu jawaban")
    assert letter.hal == "Perpanjangan waktu jawaban"
    with pytest.raises(ValidationError) as error:
        update_draft(letter, editor=user_named("ppid.pupr"), data={**letter.context["data"], "extension_days": 9})
    assert "extension_days" in error.value.message_dict
    other = draft_sample("pemberitahuan_perpanjangan")
    discard_draft(other, user=user_named("ppid.pupr"))
    assert not Letter.objects.filter(pk=other.pk).exists()

    signed = approve_and_sign(letter, user=user_named("ppid.utama"))
    with pytest.raises(ValidationError):
        update_draft(signed, editor=user_named("ppid.pupr"), hal="lain")
    with pytest.raises(ValidationError):
        discard_draft(signed, user=user_named("ppid.utama"))


def test_a_signed_letter_is_immutable_in_the_model_the_queryset_and_the_database(signed_sample):
    letter = signed_sample("pemberitahuan_perpanjangan")
    letter.hal = "diubah"
    with pytest.raises(LetterImmutableError):
        letter.save()
    with pytest.raises(LetterImmutableError):
        letter.delete()
    with pytest.raises(LetterImmutableError):
        Letter.objects.filter(pk=letter.pk).delete()
    for statement in (
        "UPDATE letters_letter SET hal = 'diubah' WHERE id = %s",
        "UPDATE letters_letter SET pdf = NULL WHERE id = %s",
        "UPDATE letters_letter SET sha256 = 'x' WHERE id = %s",
        "UPDATE letters_letter SET status = 'draft' WHERE id = %s",
        "UPDATE letters_letter SET number = 'X/1/2026' WHERE id = %s",
    ):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, [letter.pk])
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM letters_letter WHERE id = %s", [letter.pk])
    letter.refresh_from_db()
    assert letter.hal != "diubah" and letter.status == Status.ISSUED and letter.pdf


def test_revocation_is_the_one_change_and_it_is_final(signed_sample, user_named):
    letter = signed_sample("pemberitahuan_penguasaan")
    assert may_revoke(letter, user_named("ppid.utama")) and not may_revoke(letter, user_named("ppid.dinkes"))
    assert not may_approve(letter, user_named("ppid.utama"))  # already signed
    with pytest.raises(PermissionDenied):
        revoke(letter, user=user_named("ppid.dinkes"), reason="salah")
    with pytest.raises(ValidationError):
        revoke(letter, user=user_named("ppid.utama"), reason=" ")
    revoked = revoke(letter, user=user_named("ppid.utama"), reason="Badan publik yang disebut keliru.")
    assert revoked.status == Status.REVOKED and revoked.revoked_by == user_named("ppid.utama")
    assert signed_pdf(revoked) == bytes(letter.pdf)  # the record stays, unchanged
    with pytest.raises(ValidationError):
        revoke(revoked, user=user_named("ppid.utama"), reason="lagi")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE letters_letter SET status = 'issued' WHERE id = %s", [letter.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE letters_letter SET revocation_reason = 'lain' WHERE id = %s", [letter.pk])
    assert (
        AuditEntry.objects.filter(
            action="letter.revoked", target_type="letters.letter", target_id=str(letter.pk)
        ).count()
        == 1
    )


def test_a_corrected_letter_supersedes_the_old_one_when_signed(signed_sample, user_named):
    old = signed_sample("pemberitahuan_tertulis")
    data = {**old.context["data"], "provide_within": "5 (lima) hari kerja sejak pemberitahuan ini"}
    correction = supersede(old, drafter=user_named("ppid.pupr"), data=data)
    old.refresh_from_db()
    assert old.status == Status.ISSUED  # still valid until the correction is signed
    with pytest.raises(ValidationError):
        supersede(old, drafter=user_named("ppid.pupr"))  # one pending correction at a time
    new = approve_and_sign(correction, user=user_named("ppid.utama"))
    old.refresh_from_db()
    assert old.status == Status.SUPERSEDED and old.superseded_at is not None
    assert new.supersedes == old and new.number != old.number and new.serial == old.serial + 1
    assert "5 (lima) hari kerja" in text(bytes(new.pdf))


def test_a_kind_the_region_delegates_to_the_pembantu(draft_sample, user_named):
    KindSetting.objects.filter(kind="pemberitahuan_perpanjangan").update(signer_role="ppid_pembantu")
    letter = draft_sample("pemberitahuan_perpanjangan", code="PUPR")
    with pytest.raises(PermissionDenied):
        approve_and_sign(letter, user=user_named("ppid.utama"))  # no longer the signatory of this kind
    with pytest.raises(PermissionDenied):
        approve_and_sign(letter, user=user_named("ppid.dinkes"))  # another unit's Pembantu
    signed = approve_and_sign(letter, user=user_named("ppid.pupr"))
    assert signed.signer_name == "Dewi Kartika, S.T., M.T." and "/DPUPR/" in signed.number
    content = text(bytes(signed.pdf))
    assert "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG" in content  # the kop of the signing unit
    assert "NIP. 19820607 200604 2 011" in content


@pytest.fixture
def plh(letters_demo, user_named):
    """Budi Hartono, Sekretaris Diskominfo, who signs only as Plh. of the PPID Utama."""
    account = User.objects.create_user("sekretaris.kominfo", full_name="Budi Hartono")
    delegate = Signatory.objects.create(
        user=account, name="Budi Hartono, S.Kom., M.M.", post="Sekretaris Dinas Komunikasi dan Informatika",
        rank="Pembina (IV/a)", nip="198001102005011004", role="",
        agency=Signatory.objects.get(role="ppid_utama").agency, certificate="sekretaris-kominfo",
    )  # fmt: skip
    ensure_demo_certificates([delegate])
    return account, delegate


def _delegate(delegate, *, starts, ends, kinds=()):
    principal = Signatory.objects.get(role="ppid_utama")
    return Delegation.objects.create(
        principal=principal, delegate=delegate, form="Plh.", starts_on=starts, ends_on=ends, kinds=list(kinds)
    )


def test_a_delegate_signs_as_plh_within_the_period_only(draft_sample, plh):
    account, delegate = plh
    today = timezone.localdate()
    letter = draft_sample("pemberitahuan_tertulis")
    with pytest.raises(PermissionDenied):  # no delegation yet: he signs nothing in his own name
        approve_and_sign(letter, user=account)
    _delegate(delegate, starts=today - dt.timedelta(days=10), ends=today - dt.timedelta(days=1))
    with pytest.raises(PermissionDenied):  # the delegation has ended
        approve_and_sign(letter, user=account)
    _delegate(delegate, starts=today, ends=today + dt.timedelta(days=5), kinds=["pemberitahuan_perpanjangan"])
    with pytest.raises(PermissionDenied):  # delegated for another kind only
        approve_and_sign(letter, user=account)
    _delegate(delegate, starts=today - dt.timedelta(days=1), ends=today + dt.timedelta(days=5))
    signed = approve_and_sign(letter, user=account)
    assert signed.signer_name == "Budi Hartono, S.Kom., M.M."
    assert signed.signer_post == "Plh. Kepala Dinas Komunikasi dan Informatika selaku PPID Utama"
    content = text(bytes(signed.pdf))
    assert "Plh. Kepala Dinas Komunikasi dan Informatika selaku PPID Utama," in content
    assert "NIP. 19800110 200501 1 004" in content


def test_a_wrong_passphrase_stops_signing_and_costs_no_number(draft_sample, user_named):
    letter = draft_sample("pemberitahuan_tertulis")
    with pytest.raises(SigningError):
        approve_and_sign(letter, user=user_named("ppid.utama"), passphrase="salah")
    letter.refresh_from_db()
    assert letter.status == Status.DRAFT
    signed = approve_and_sign(letter, user=user_named("ppid.utama"))
    assert signed.serial == 1


def test_a_signer_kept_open_by_the_process_still_wants_the_right_passphrase(draft_sample, user_named):
    """The PKCS#12 service keeps the signers it opened (pkcs12._load_signer): the cache is keyed by the
    passphrase, so a wrong one after a right one is refused all the same."""
    approve_and_sign(draft_sample("pemberitahuan_tertulis"), user=user_named("ppid.utama"))
    letter = draft_sample("pemberitahuan_tertulis")
    with pytest.raises(SigningError):
        approve_and_sign(letter, user=user_named("ppid.utama"), passphrase="salah")
    letter.refresh_from_db()
    assert letter.status == Status.DRAFT


@pytest.fixture
def case_type():
    """A stand-in case type (the letters app serves any case type the history registry knows)."""
    register_case_type(
        "letters_test_case", NumberingScheme,
        visible_ids=lambda user: NumberingScheme.objects.values("pk"),
        reporter_ids=lambda user: NumberingScheme.objects.none().values("pk"),
        public_ids=lambda: NumberingScheme.objects.none().values("pk"),
    )  # fmt: skip
    yield
    unregister_case_type("letters_test_case")


def test_letters_of_a_case_append_to_its_history_and_the_audit_log(draft_sample, user_named, case_type):
    case = NumberingScheme.objects.create(name="stand-in case", classification_code="0")
    letter = draft_sample("pemberitahuan_tertulis", case=case)
    approve_and_sign(letter, user=user_named("ppid.utama"))
    kinds = list(Event.objects.for_case("letters_test_case", case.pk).values_list("kind", flat=True))
    assert kinds == ["letter_drafted", "letter_signed"]
    event = Event.objects.for_case("letters_test_case", case.pk).last()
    assert event.payload["letter"] == letter.pk and event.payload["number"]
    assert "Siti" not in str(event.payload)  # no personal data in the history
    assert list(letters_of_case(case)) == [letter] and current_letter(case, letter.kind) == Letter.objects.get()
    assert not issued_letters_of_case(NumberingScheme.objects.create(name="other case", classification_code="0"))
    actions = set(
        AuditEntry.objects.filter(target_type="letters.letter", target_id=str(letter.pk)).values_list(
            "action", flat=True
        )
    )
    assert {"letter.drafted", "letter.signed"} <= actions
