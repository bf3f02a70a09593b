"""A region's letter set-up from its data package (pintu.regionfiles): kop, numbering schemes, signatories.

Called by `manage.py load_region` (pintu.regions) and by the demo (pintu.letters.demo). Each row is matched by
its natural key (the kop's unit, the scheme's name, the signatory's NIP), checked with the model's own rules
(a ValidationError names the field) and saved; calling again updates instead of duplicating.
"""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.letters.authority import kind_setting
from pintu.letters.kinds import all_kinds, get_kind
from pintu.letters.models import KindSetting, Letterhead, NumberingScheme, Signatory
from pintu.letters.numbering import pattern_problems
from pintu.regionfiles.rows import Kop, LetterheadRow, OfficialRow, SchemeRow


def save_letterhead(kop: Kop, row: LetterheadRow, *, crest: bytes | None) -> Letterhead:
    agency = Agency.objects.get(code=row.agency) if row.agency else None
    head = Letterhead.objects.filter(agency=agency).first() or Letterhead(agency=agency)
    head.government_name, head.unit_name, head.unit_code = kop.government_name, row.unit_name, row.unit_code
    head.address, head.postcode, head.website, head.place = kop.address, kop.postcode, kop.website, kop.place
    head.phone, head.email = row.phone, row.email
    head.full_clean(exclude=["crest"])
    head.save()
    if crest and not head.crest:
        head.crest.save(f"lambang-{row.unit_code.lower()}.png", ContentFile(crest), save=True)
    return head


def save_scheme(row: SchemeRow) -> NumberingScheme:
    problems = pattern_problems(row.pattern)
    if problems:
        raise ValidationError({"pattern": problems})
    for kind in row.kinds:
        get_kind(kind)  # ValidationError for an unknown kind
    scheme = NumberingScheme.objects.filter(name=row.name).first() or NumberingScheme(name=row.name)
    scheme.classification_code, scheme.pattern, scheme.serial_width = (
        row.classification_code,
        row.pattern,
        row.serial_width,
    )
    scheme.full_clean()
    scheme.save()
    for kind in row.kinds:
        setting = kind_setting(kind)
        if setting.numbering_id != scheme.pk:
            KindSetting.objects.filter(pk=setting.pk).update(numbering=scheme)
    return scheme


def ensure_kind_settings() -> None:
    """Every letter kind has its settings row (with the kind's defaults where no scheme names it)."""
    for kind in all_kinds():
        kind_setting(kind.key)


def save_signatory(row: OfficialRow) -> Signatory:
    signatory = Signatory.objects.filter(nip=row.nip).first() or Signatory(nip=row.nip)
    signatory.user = User.objects.filter(username=row.account).first() if row.account else None
    signatory.name, signatory.post, signatory.rank, signatory.role = row.name, row.post, row.rank, row.role
    signatory.agency = Agency.objects.get(code=row.agency)
    signatory.certificate, signatory.active = row.certificate, True
    signatory.full_clean()
    signatory.save()
    return signatory
