"""Sample letters with the region's own kop, numbering and signatory: the admin's preview.

Nothing is stored, no number is taken (the preview shows what the next one would look like), and the
PDF carries the watermark CONTOH and no signature.
"""

from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.agencies.tree import root_pemkab
from pintu.letters.authority import expected_authority, kind_setting, letterhead_for
from pintu.letters.compose import Content, build_view
from pintu.letters.kinds import get_kind
from pintu.letters.models import Letterhead, NumberCounter
from pintu.letters.numbering import format_number, unit_code_for
from pintu.letters.rendering import render_pdf


def sample_content(kind_key: str) -> Content:
    kind = get_kind(kind_key)
    return Content(kind, kind.sample(), kind.sample_addressee, list(kind.sample_attachments))


def sample_pdf(kind_key: str, *, letterhead: Letterhead | None = None, agency: Agency | None = None) -> bytes:
    content = sample_content(kind_key)
    setting = kind_setting(kind_key)
    agency = agency or root_pemkab()
    authority = expected_authority(kind_key, agency) if agency is not None else None
    if letterhead is None:
        letterhead = letterhead_for(authority.principal.agency if authority else agency)
    today = timezone.localdate()
    unit = unit_code_for(setting.numbering, letterhead.unit_code)
    last = (
        NumberCounter.objects.filter(scheme=setting.numbering, year=today.year, unit_code=unit)
        .values_list("last", flat=True)
        .first()
    )
    number = format_number(setting.numbering, serial=(last or 0) + 1, unit_code=unit, on=today)
    view = build_view(
        content,
        setting=setting,
        letterhead=letterhead,
        authority=authority,
        sifat=setting.sifat,
        hal=setting.hal or content.kind.subject(content.data),
        number=number,
        dated=today,
        watermark="CONTOH",
    )
    return render_pdf(view)
