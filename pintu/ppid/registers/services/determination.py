"""A DIK entry comes in force through its signed determination letter (issue #17 item 2).

The PPID Utama "decides" an exemption: `draft_determination` checks it can be put in force and drafts
the letter kind `penetapan_dik` (pintu.letters.kinds.exemptions.DikDetermination: the entry's art. 17
letter, the consequence test, the information, the period, with the berita acara uji konsekuensi:
date, place, participants, conclusion). Nothing changes on the register: the entry stays a draft (or
under review), is not on the public DIK and cannot be cited by a refusal. The signatory of that kind
(the PPID Utama by default; a region may delegate: pintu.letters.authority) approves and signs
(`sign_determination`): in the same transaction the letter is numbered, rendered and PAdES-signed, the
entry moves to in force with the signatory's name and post and the letter's date as `decided_by` /
`decided_at`, and the signed letter is stored with the entry (`DikItem.letter`), linked with its
/verifikasi/ address on the public register. `discard_determination` drops a wrong draft. One draft at
a time.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.letters import services as letters
from pintu.letters import wording
from pintu.letters.models import Letter
from pintu.ppid.exemptions import description_of
from pintu.ppid.letter_drafts import approve_and_sign, draft_waiting_error, pending_letter, waiting_letter
from pintu.ppid.permissions import is_utama
from pintu.ppid.registers import workflow as wf
from pintu.ppid.registers.models import DikItem
from pintu.ppid.registers.services.dik import LIFECYCLE, require_may_decide
from pintu.ppid.registers.services.steps import locked, move
from pintu.workdays.bounds import in_range, out_of_range_message

KIND = "penetapan_dik"
ADDRESSEE = {"name": "Para PPID Pembantu di Lingkungan Pemerintah Daerah", "salutation": "jabatan",
             "city": "Tempat"}  # fmt: skip
ATTACHMENTS = ("Berita acara uji konsekuensi",)
AGENDA = ["Pemaparan informasi yang diusulkan dikecualikan", "Pengujian konsekuensi dan kepentingan publik",
          "Kesimpulan"]  # fmt: skip


@dataclass(frozen=True)
class ConsequenceTest:
    """The berita acara of the consequence test: when, where, who, and what it concluded."""

    test_date: datetime.date
    test_place: str
    participants: list[tuple[str, str]]  # (name, post)
    conclusion: str = ""


def dik_reference(item: DikItem) -> str:
    """How letters cite a DIK entry: the unit, the year it was drafted and the row (no number of its own)."""
    return f"DIK/{item.agency.code}/{timezone.localdate(item.drafted_at).year}/{item.pk:03d}"


def legal_basis_of(item: DikItem) -> list[str]:
    line = f"Pasal 17 huruf {item.legal_basis} Undang-Undang Nomor 14 Tahun 2008: {description_of(item.legal_basis)}"
    return [line] + ([f"Undang-undang lain: {item.other_law}"] if item.other_law else [])


def parse_participants(lines) -> list[tuple[str, str]]:
    """ "Nama - jabatan" per line (or already (name, post) pairs) -> pairs; blank lines skipped."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    found = []
    for line in lines or ():
        if isinstance(line, list | tuple):
            name, post = (list(line) + ["", ""])[:2]
        else:
            name, _sep, post = str(line).partition(" - ")
        if str(name).strip():
            found.append((str(name).strip()[:200], str(post).strip()[:200]))
    return found


def _clean_test(item: DikItem, test: ConsequenceTest) -> ConsequenceTest:
    today = timezone.localdate()
    errors: dict[str, list[str]] = {}
    place = (test.test_place or "").strip()
    participants = parse_participants(test.participants)
    if not isinstance(test.test_date, datetime.date):
        errors["test_date"] = [_("Tentukan tanggal uji konsekuensi.")]
    elif test.test_date > today:
        errors["test_date"] = [_("Tanggal uji konsekuensi tidak boleh di masa depan.")]
    elif not in_range(test.test_date):
        errors["test_date"] = [out_of_range_message()]
    if not place:
        errors["test_place"] = [_("Sebutkan tempat uji konsekuensi.")]
    elif len(place) > 200:
        errors["test_place"] = [_("Paling banyak %(n)d karakter.") % {"n": 200}]
    if not participants:
        errors["participants"] = [_("Sebutkan peserta uji konsekuensi, satu per baris: nama - jabatan.")]
    if item.exempt_until <= today:
        errors["exempt_until"] = [_("Masa pengecualian sudah berakhir; ubah tanggal berakhirnya dulu.")]
    if errors:
        raise ValidationError(errors)
    conclusion = (test.conclusion or "").strip() or (
        f"Informasi tersebut memenuhi Pasal 17 huruf {item.legal_basis} Undang-Undang Nomor 14 Tahun 2008 dan "
        f"dikecualikan sampai dengan {wording.long_date(item.exempt_until)}."
    )
    return ConsequenceTest(test.test_date, place, participants, conclusion)


def letter_data(item: DikItem, test: ConsequenceTest) -> dict:
    """The determination's content (DikData as JSON) from the entry and its consequence test."""
    return {
        "dik_number": dik_reference(item), "information": item.information, "document": item.document,
        "legal_basis": legal_basis_of(item)[:1], "other_law": item.other_law, "consequence": item.consequence,
        "public_interest": item.public_interest, "exempt_until": item.exempt_until.isoformat(),
        "test_date": test.test_date.isoformat(), "test_place": test.test_place,
        "participants": [{"name": name, "post": post} for name, post in test.participants],
        "conclusion": test.conclusion, "agenda": AGENDA,
    }  # fmt: skip


def may_discard(user, item: DikItem) -> bool:
    return pending_letter(item) is not None and (is_utama(user) or letters.may_approve(item.pending_letter, user))


@transaction.atomic
def draft_determination(user, item: DikItem, test: ConsequenceTest) -> Letter:
    """Decide the exemption (PPID Utama): the draft determination letter, waiting for the signatory."""
    item = locked(item)
    require_may_decide(user, item)
    if pending_letter(item) is not None:
        raise draft_waiting_error()
    test = _clean_test(item, test)
    draft = letters.draft_letter(KIND, data=letter_data(item, test), addressee=ADDRESSEE, attachments=ATTACHMENTS,
                                 agency=item.agency, drafter=user, case=item,
                                 case_reference=dik_reference(item))  # fmt: skip
    item.pending_letter = draft
    item.save(update_fields=["pending_letter", "updated_at"])
    return draft


@transaction.atomic
def sign_determination(user, item: DikItem, *, passphrase: str | None = None, at=None) -> Letter:
    """Approve and sign the waiting determination: the exemption comes in force, with its letter."""
    item = locked(item)
    letter = waiting_letter(item)
    if wf.target_of(wf.DIK, wf.DikAction.DECIDE, item.status) is None:
        raise ValidationError(_("Pengecualian ini tidak dapat ditetapkan dari status sekarang."))
    if item.exempt_until <= timezone.localdate():
        raise ValidationError(_("Masa pengecualian sudah berakhir; batalkan draf dan ubah tanggal berakhirnya."))
    letter = approve_and_sign(letter, user=user, passphrase=passphrase, at=at)
    item.pending_letter, item.letter = None, letter
    item.decided_by = f"{letter.signer_name}, {letter.signer_post}"[:200]
    item.decided_at = letter.dated
    payload = {"letter": letter.pk, "number": letter.number}
    move(LIFECYCLE, item, wf.DikAction.DECIDE, user, kind="decided", payload=payload)
    return letter


@transaction.atomic
def discard_determination(user, item: DikItem) -> None:
    """Drop the waiting draft (the PPID Utama redoes it, or the signatory sends it back)."""
    item = locked(item)
    letter = waiting_letter(item)
    if not (is_utama(user) or letters.may_approve(letter, user)):
        raise PermissionDenied(_("Hanya PPID Utama atau penanda tangan surat ini yang dapat membatalkan drafnya."))
    item.pending_letter = None
    item.save(update_fields=["pending_letter", "updated_at"])
    letters.discard_draft(letter, user=user)


def put_in_force(drafter, signer, item: DikItem, test: ConsequenceTest, *, at=None) -> DikItem:
    """Draft and sign in one go (the demo and tests): the same two use cases, one after the other.
    `at`: a past signing time, for the demo's generated year only (letters.services.approve_and_sign)."""
    draft_determination(drafter, item, test)
    sign_determination(signer, item, at=at)
    item.refresh_from_db()
    return item
