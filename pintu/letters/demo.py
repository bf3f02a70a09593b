"""Ogan Ilir's letters for the demo: kop, numbering schemes, named signatories and their test certificates.

`load_letter_demo()` is idempotent (rows matched by natural keys) and runs after pintu.demo's loader
(it needs the agencies and the demo accounts). Names and NIPs are fictional but well-formed; phone and
addresses are plausible placeholders the region's admin replaces. The certificates come from the demo
CA (pintu.letters.signing.democa) in var/, never from the repository.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.letters.authority import kind_setting
from pintu.letters.kinds import all_kinds
from pintu.letters.models import KindSetting, Letterhead, NumberingScheme, Signatory
from pintu.letters.signing.democa import issue_p12

GOVERNMENT = "Pemerintah Kabupaten Ogan Ilir"
ADDRESS = "Komplek Perkantoran Terpadu Tanjung Senai, Jalan Lintas Timur KM 35, Indralaya"
LETTERHEADS = [
    # (agency code or None for the Pemkab default, unit name, unit code, phone, e-mail)
    (None, "Sekretariat Daerah", "SETDA", "(0711) 580001", "setda@oganilirkab.go.id"),
    ("DISKOMINFO", "Dinas Komunikasi dan Informatika", "DISKOMINFO", "(0711) 580010", "ppid@oganilirkab.go.id"),
    ("SETDA", "Sekretariat Daerah", "SETDA", "(0711) 580001", "setda@oganilirkab.go.id"),
    ("PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "(0711) 580020", "pupr@oganilirkab.go.id"),
    ("DINKES", "Dinas Kesehatan", "DINKES", "(0711) 580030", "dinkes@oganilirkab.go.id"),
]
SCHEMES = {
    # name: (classification code, pattern, kinds)
    "Surat PPID": ("000.9.2", "{kode}/{nomor}/{unit}/{tahun}", (
        "pemberitahuan_tertulis", "pemberitahuan_perpanjangan", "pemberitahuan_penguasaan", "keputusan_penolakan")),
    "Penetapan DIK": ("000.9.2", "{kode}/{nomor}/DIK/{unit}/{tahun}", ("penetapan_dik",)),
    "Tanggapan keberatan": ("000.9.3", "{kode}/{nomor}/KEB/{unit}/{tahun}", ("tanggapan_keberatan",)),
    "Surat ke Komisi Informasi": ("000.9.4", "{kode}/{nomor}/{unit}/{tahun}", ("pengantar_laporan_tahunan",)),
}  # fmt: skip
SIGNATORIES = [
    # (username, name, post, rank, NIP, role, agency code, certificate)
    ("ppid.utama", "Drs. Ahmad Fauzi, M.Si.", "Kepala Dinas Komunikasi dan Informatika selaku PPID Utama",
     "Pembina Utama Muda (IV/c)", "197503122000031002", Role.PPID_UTAMA, "DISKOMINFO", "ppid-utama"),
    ("atasan.ppid", "Ir. H. Muhammad Yusuf, M.T.", "Sekretaris Daerah selaku Atasan PPID",
     "Pembina Utama Madya (IV/d)", "196808211993031005", Role.ATASAN_PPID, "SETDA", "atasan-ppid"),
    ("ppid.pupr", "Dewi Kartika, S.T., M.T.",
     "Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang selaku PPID Pembantu", "Pembina (IV/a)",
     "198206072006042011", Role.PPID_PEMBANTU, "PUPR", "ppid-pupr"),
    ("ppid.dinkes", "dr. Rina Marlina", "Sekretaris Dinas Kesehatan selaku PPID Pembantu",
     "Penata Tingkat I (III/d)", "198504152010012007", Role.PPID_PEMBANTU, "DINKES", "ppid-dinkes"),
]  # fmt: skip


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


def load_letterheads() -> None:
    crest = demo_crest()
    agencies = {a.code: a for a in Agency.objects.filter(code__in=[row[0] for row in LETTERHEADS if row[0]])}
    for code, unit_name, unit_code, phone, email in LETTERHEADS:
        if code is not None and code not in agencies:
            continue
        head, _created = Letterhead.objects.update_or_create(
            agency=agencies.get(code) if code else None,
            defaults={
                "government_name": GOVERNMENT, "unit_name": unit_name, "unit_code": unit_code, "address": ADDRESS,
                "postcode": "30862", "phone": phone, "email": email, "website": "oganilirkab.go.id",
                "place": "Indralaya",
            },
        )  # fmt: skip
        if not head.crest:
            head.crest.save(f"lambang-{unit_code.lower()}.png", ContentFile(crest), save=True)


def load_numbering() -> None:
    for name, (code, pattern, kinds) in SCHEMES.items():
        scheme, _created = NumberingScheme.objects.update_or_create(
            name=name, defaults={"classification_code": code, "pattern": pattern, "serial_width": 3}
        )
        for kind in kinds:
            setting = kind_setting(kind)
            if setting.numbering_id != scheme.pk:
                KindSetting.objects.filter(pk=setting.pk).update(numbering=scheme)
    for kind in all_kinds():
        kind_setting(kind.key)


def load_signatories() -> list[Signatory]:
    users = {u.username: u for u in User.objects.filter(username__in=[row[0] for row in SIGNATORIES])}
    agencies = {a.code: a for a in Agency.objects.filter(code__in=[row[6] for row in SIGNATORIES])}
    signatories = []
    for username, name, post, rank, nip, role, agency_code, certificate in SIGNATORIES:
        if agency_code not in agencies:
            continue
        signatory, _created = Signatory.objects.update_or_create(
            nip=nip,
            defaults={
                "user": users.get(username), "name": name, "post": post, "rank": rank, "role": role,
                "agency": agencies[agency_code], "certificate": certificate, "active": True,
            },
        )  # fmt: skip
        signatories.append(signatory)
    return signatories


def ensure_demo_certificates(signatories, *, force: bool = False) -> list[Path]:
    """A demo-CA certificate for every signatory that names one and has none yet (or all, with force)."""
    cert_dir = Path(settings.PINTU_LETTERS_CERT_DIR)
    issued = []
    for signatory in signatories:
        if not signatory.certificate:
            continue
        path = cert_dir / f"{signatory.certificate}.p12"
        if path.exists() and not force:
            continue
        issue_p12(
            settings.PINTU_LETTERS_DEMO_CA_DIR, path, name=signatory.name, post=signatory.post,
            organisation=GOVERNMENT, nip=signatory.nip, passphrase=settings.PINTU_LETTERS_P12_PASSPHRASE,
        )  # fmt: skip
        issued.append(path)
    return issued


@transaction.atomic
def load_letter_demo(*, certificates: bool = True) -> None:
    load_letterheads()
    load_numbering()
    signatories = load_signatories()
    if certificates:
        ensure_demo_certificates(signatories)
