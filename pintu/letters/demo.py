"""Ogan Ilir's letters for the demo: kop, numbering schemes, named signatories and their test certificates.

The kop, schemes and signatories are those of the demo's region package (regions/ogan-ilir: region.toml
[kop] and [[penomoran]], kop.csv, pejabat.csv), saved by pintu.letters.regional as `manage.py load_region`
does; the demo adds a CONTOH crest where the package has no lambang, and test certificates.
`load_letter_demo()` is idempotent (rows matched by natural keys) and runs after pintu.demo's loader
(it needs the agencies and the demo accounts). Names and NIPs are fictional but well-formed; phone and
addresses are plausible placeholders the region's admin replaces. The certificates come from the demo
CA (pintu.letters.signing.democa) in var/, never from the repository.
"""

import io
from pathlib import Path

from django.conf import settings
from django.db import transaction
from PIL import Image, ImageDraw

from pintu.letters.models import Letterhead, Signatory
from pintu.letters.regional import ensure_kind_settings, save_letterhead, save_scheme, save_signatory
from pintu.letters.signing.democa import issue_p12
from pintu.regionfiles import DEMO_REGION_DIR, Region, read_package


def demo_crest() -> bytes:
    """A plain shield marked CONTOH: a stand-in the admin replaces with the region's lambang."""
    image = Image.new("RGBA", (240, 280), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    shield = [(20, 20), (220, 20), (220, 150), (120, 260), (20, 150)]
    draw.polygon(shield, fill=(20, 110, 60), outline=(200, 160, 20), width=10)
    draw.ellipse((80, 60, 160, 140), fill=(200, 160, 20))
    draw.rectangle((60, 170, 180, 190), fill=(255, 255, 255))
    draw.text((92, 172), "CONTOH", fill=(20, 110, 60))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def load_letterheads(region: Region) -> None:
    crest = demo_crest() if not region.kop.crest else (Path(region.path) / region.kop.crest).read_bytes()
    for row in region.letterheads:
        save_letterhead(region.kop, row, crest=crest)


def load_numbering(region: Region) -> None:
    for row in region.numbering:
        save_scheme(row)
    ensure_kind_settings()


def load_signatories(region: Region) -> list[Signatory]:
    return [save_signatory(row) for row in region.officials]


def ensure_demo_certificates(signatories, *, force: bool = False, organisation: str = "") -> list[Path]:
    """A demo-CA certificate for every signatory that names one and has none yet (or all, with force)."""
    cert_dir = Path(settings.PINTU_LETTERS_CERT_DIR)
    default_kop = Letterhead.objects.filter(agency__isnull=True).first()
    organisation = organisation or (default_kop.government_name if default_kop else "")
    issued = []
    for signatory in signatories:
        if not signatory.certificate:
            continue
        path = cert_dir / f"{signatory.certificate}.p12"
        if path.exists() and not force:
            continue
        issue_p12(
            settings.PINTU_LETTERS_DEMO_CA_DIR, path, name=signatory.name, post=signatory.post,
            organisation=organisation or signatory.agency.name, nip=signatory.nip,
            passphrase=settings.PINTU_LETTERS_P12_PASSPHRASE,
        )  # fmt: skip
        issued.append(path)
    return issued


@transaction.atomic
def load_letter_demo(*, certificates: bool = True) -> None:
    region = read_package(DEMO_REGION_DIR)
    load_letterheads(region)
    load_numbering(region)
    signatories = load_signatories(region)
    if certificates:
        ensure_demo_certificates(signatories, organisation=region.kop.government_name)
