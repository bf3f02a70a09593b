"""Print the WhatsApp message templates a region must get approved, as the Business Management API takes them.

    python manage.py whatsapp_templates            # JSON, one object per template and language
    python manage.py whatsapp_templates --text     # readable, for the person who fills Meta's form

Each object can be POSTed to https://graph.facebook.com/v21.0/<WABA_ID>/message_templates. The bodies come
from pintu.notifications.phone, the same texts the SMS carry, so the two cannot drift apart.
"""

import json

from django.conf import settings
from django.core.management.base import BaseCommand

from pintu.notifications.phone import TEMPLATES, whatsapp_body

EXAMPLES = {
    "code": "LPR-2026-7K3QX",
    "secret": "K7QX-M2PA",
    "url": "https://pintu.oganilirkab.go.id/lapor/lacak/LPR-2026-7K3QX/",
    "status": "Diproses",
    "question": "Di depan rumah nomor berapa jalan yang berlubang itu?",
    "master": "LPR-2026-4HN8W",
    "children": "LPR-2026-9TR2C, LPR-2026-B7WQK",
    "number": "0012/PPID/XII/2026",
    "due": "21 Desember 2026",
    "decision": "Dikabulkan seluruhnya",
}


def definitions(languages: list[str]) -> list[dict]:
    found = []
    for name, spec in TEMPLATES.items():
        for language in languages:
            entry = {"name": spec.whatsapp, "language": language, "category": spec.category, "pintu_message": name}
            if spec.category == "AUTHENTICATION":
                entry["components"] = [
                    {"type": "BODY", "add_security_recommendation": True},
                    {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE"}]},
                ]
            else:
                example = [EXAMPLES.get(param, param) for param in spec.params]
                body = {"type": "BODY", "text": whatsapp_body(name, language), "example": {"body_text": [example]}}
                entry["components"] = [body]
            found.append(entry)
    return found


class Command(BaseCommand):
    help = "Templat pesan WhatsApp yang harus disetujui Meta (JSON untuk WhatsApp Business Management API)."

    def add_arguments(self, parser):
        parser.add_argument("--text", action="store_true", help="readable text instead of JSON")

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        items = definitions(languages)
        if not options["text"]:
            self.stdout.write(json.dumps(items, ensure_ascii=False, indent=2))
            return
        for item in items:
            body = item["components"][0].get("text", "(teks baku WhatsApp untuk kode sekali pakai + tombol salin kode)")
            self.stdout.write(f"{item['name']} [{item['language']}, {item['category']}]\n  {body}\n")
