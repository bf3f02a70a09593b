"""Render a signed sample of every letter kind to PNG (for docs/letters.md) and print size and time.

Needs the demo data (`load_demo`) and pypdfium2 (requirements-test.txt). Everything happens in one
transaction that is rolled back: no letter, number or counter is kept. The demo CA signs the samples.

    python manage.py letters_render_samples --out docs/letters
"""

import time
from pathlib import Path

import pypdfium2
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from pintu.agencies.models import Agency
from pintu.letters.datacodec import to_json
from pintu.letters.demo import load_letter_demo
from pintu.letters.kinds import all_kinds
from pintu.letters.services import approve_and_sign, draft_letter

SIGNER_OF_ROLE = {"ppid_utama": "ppid.utama", "atasan_ppid": "atasan.ppid"}


class Command(BaseCommand):
    help = "Render a signed sample of every letter kind to PNG and print PDF size and render+sign time."

    def add_arguments(self, parser):
        parser.add_argument("--out", type=Path, default=Path("docs/letters"))
        parser.add_argument("--scale", type=float, default=1.25, help="1.0 = 72 dpi")
        parser.add_argument("--pdf", action="store_true", help="also write the signed PDFs")

    def handle(self, *args, out: Path, scale: float, pdf: bool, **options):
        users = get_user_model().objects.in_bulk(["ppid.pupr", *SIGNER_OF_ROLE.values()], field_name="username")
        if len(users) < 3 or not Agency.objects.filter(code="PUPR").exists():
            raise CommandError("Load the demo first: python manage.py load_demo")
        out.mkdir(parents=True, exist_ok=True)
        with transaction.atomic():
            load_letter_demo()
            for kind in all_kinds():
                letter = draft_letter(
                    kind.key, data=to_json(kind.sample()), addressee=to_json(kind.sample_addressee),
                    attachments=list(kind.sample_attachments), agency=Agency.objects.get(code="PUPR"),
                    drafter=users["ppid.pupr"], case_reference="PPID/2026/000123",
                )  # fmt: skip
                started = time.perf_counter()
                letter = approve_and_sign(letter, user=users[SIGNER_OF_ROLE[kind.default_signer_role]])
                seconds = time.perf_counter() - started
                content = bytes(letter.pdf)
                if pdf:
                    (out / f"{kind.key}.pdf").write_bytes(content)
                pages = self.write_pngs(content, out / kind.key, scale)
                self.stdout.write(f"{kind.key}: {pages} page(s), {len(content) / 1024:.1f} KB, "
                                  f"render+sign {seconds:.2f} s")  # fmt: skip
            transaction.set_rollback(True)

    def write_pngs(self, content: bytes, stem: Path, scale: float) -> int:
        document = pypdfium2.PdfDocument(content)
        for index in range(len(document)):
            image = document[index].render(scale=scale).to_pil().convert("RGB").quantize(colors=48)
            image.save(f"{stem}-{index + 1}.png", optimize=True)
        return len(document)
