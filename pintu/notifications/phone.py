"""The messages a citizen can get by WhatsApp or SMS: one short text per notification, in their language.

Each entry names the notification template it stands for (the e-mail of the same name is unchanged), the
WhatsApp template a region must have approved (category UTILITY, or AUTHENTICATION for one-time codes),
and the text: the SMS as it is sent, and the body of the WhatsApp template with its placeholders numbered
in the order of `params` (`whatsapp_body`). `python manage.py whatsapp_templates` prints every template in
every language as the WhatsApp Business Management API takes it; docs/interop.md lists them.

Values come from the same context the e-mail gets (cases by reference, read again when the worker sends).
WhatsApp refuses empty parameters and parameters with line breaks, tabs or long runs of spaces: `clean`
folds whitespace, cuts long texts and puts "-" for nothing.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from pintu.notifications.channels import PhoneMessage

PARAM_MAX = 300
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@dataclass(frozen=True)
class PhoneTemplate:
    whatsapp: str  # the approved template's name
    text: str  # gettext_lazy, with %(name)s placeholders
    params: tuple[str, ...]  # placeholder names in the order of the WhatsApp template's {{1}}, {{2}}, ...
    values: Callable[[dict], dict]  # the message's context -> {placeholder: value}
    category: str = "UTILITY"


def clean(value, limit: int = PARAM_MAX) -> str:
    text = " ".join(str(value if value is not None else "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or "-"


def _date(value) -> str:
    return formats.date_format(value, "j F Y") if value else "-"


def _moment(value) -> str:
    if not value:
        return "-"
    return formats.date_format(timezone.localtime(value), "j F Y, H.i T")


def _report(ctx: dict) -> dict:
    report = ctx["report"]
    return {"code": report.code, "status": report.status_label, "url": ctx.get("url", "")}


def _request(ctx: dict) -> dict:
    req = ctx["req"]
    return {"number": req.number, "status": req.status_label, "url": ctx.get("url", "")}


PURPOSES = {
    "login": _("masuk"),
    "register": _("pendaftaran"),
    "reset": _("mengatur ulang kata sandi"),
    "verify": _("verifikasi nomor"),
}

TEMPLATES: dict[str, PhoneTemplate] = {
    "report_submitted": PhoneTemplate(
        "pintu_laporan_diterima",
        _(
            "Pintu: laporan Anda diterima. Kode lacak %(code)s, kode rahasia %(secret)s. Simpan kedua kode dan "
            "jangan bagikan kode rahasia. Lacak di %(url)s. Data Anda hanya dipakai untuk menangani laporan ini. "
            "Balas STOP untuk berhenti menerima kabar."
        ),
        ("code", "secret", "url"),
        lambda ctx: {**_report(ctx), "secret": ctx.get("secret")},
    ),
    "report_update": PhoneTemplate(
        "pintu_status_laporan",
        _(
            "Pintu: status laporan %(code)s sekarang %(status)s. Lihat perkembangannya di %(url)s. Balas STOP "
            "untuk berhenti menerima kabar."
        ),
        ("code", "status", "url"),
        _report,
    ),
    "report_follow_up": PhoneTemplate(
        "pintu_tindak_lanjut",
        _(
            "Pintu: ada tindak lanjut untuk laporan %(code)s. Baca dan beri penilaian di %(url)s. Balas STOP "
            "untuk berhenti menerima kabar."
        ),
        ("code", "url"),
        _report,
    ),
    "report_info_requested": PhoneTemplate(
        "pintu_perlu_keterangan",
        _(
            "Pintu: petugas memerlukan keterangan untuk laporan %(code)s: %(question)s. Balas pesan ini atau "
            "jawab di %(url)s. Tenggat penanganan berhenti sampai Anda membalas."
        ),
        ("code", "question", "url"),
        lambda ctx: {**_report(ctx), "question": ctx.get("question")},
    ),
    "report_merged": PhoneTemplate(
        "pintu_laporan_digabung",
        _(
            "Pintu: laporan %(code)s digabung dengan laporan %(master)s yang membahas masalah yang sama. Kabar "
            "selanjutnya ada di %(url)s."
        ),
        ("code", "master", "url"),
        lambda ctx: {"code": ctx["report"].code, "master": ctx["master"].code, "url": ctx.get("master_url", "")},
    ),
    "report_split": PhoneTemplate(
        "pintu_laporan_dipecah",
        _(
            "Pintu: laporan %(code)s dipecah menjadi %(children)s agar setiap masalah ditangani instansi yang "
            "tepat. Kode rahasia Anda berlaku untuk setiap laporan. Lihat di %(url)s."
        ),
        ("code", "children", "url"),
        lambda ctx: {**_report(ctx), "children": ", ".join(child.code for child in ctx.get("children", []))},
    ),
    "follower_update": PhoneTemplate(
        "pintu_laporan_diikuti",
        _(
            "Pintu: laporan %(code)s yang digabung dengan laporan Anda kini berstatus %(status)s. Lihat di "
            "%(url)s. Balas STOP untuk berhenti menerima kabar."
        ),
        ("code", "status", "url"),
        _report,
    ),
    "ppid_request_registered": PhoneTemplate(
        "pintu_permohonan_terdaftar",
        _(
            "Pintu: permohonan informasi Anda terdaftar dengan nomor %(number)s, kode rahasia %(secret)s. "
            "Pemberitahuan tertulis paling lambat %(due)s. Lacak di %(url)s. Balas STOP untuk berhenti menerima "
            "kabar."
        ),
        ("number", "secret", "due", "url"),
        lambda ctx: {**_request(ctx), "secret": ctx.get("secret"), "due": _date(ctx["req"].due_date)},
    ),
    "ppid_request_update": PhoneTemplate(
        "pintu_status_permohonan",
        _(
            "Pintu: status permohonan informasi %(number)s sekarang %(status)s. Lihat di %(url)s. Balas STOP "
            "untuk berhenti menerima kabar."
        ),
        ("number", "status", "url"),
        _request,
    ),
    "ppid_request_extended": PhoneTemplate(
        "pintu_permohonan_diperpanjang",
        _("Pintu: jangka waktu permohonan informasi %(number)s diperpanjang sampai %(due)s. Alasannya ada di %(url)s."),
        ("number", "due", "url"),
        lambda ctx: {**_request(ctx), "due": _date(ctx["req"].extended_due)},
    ),
    "ppid_request_notice": PhoneTemplate(
        "pintu_pemberitahuan_tertulis",
        _(
            "Pintu: PPID telah memutuskan permohonan informasi %(number)s: %(decision)s. Unduh surat "
            "pemberitahuan di %(url)s."
        ),
        ("number", "decision", "url"),
        lambda ctx: {**_request(ctx), "decision": ctx["req"].decision_label},
    ),
    "ppid_request_delivered": PhoneTemplate(
        "pintu_informasi_diberikan",
        _("Pintu: informasi atas permohonan %(number)s telah diberikan. Lihat dan unduh di %(url)s."),
        ("number", "url"),
        _request,
    ),
    "ppid_objection_decided": PhoneTemplate(
        "pintu_keberatan_ditanggapi",
        _("Pintu: Atasan PPID telah menanggapi keberatan %(number)s. Baca tanggapannya di %(url)s."),
        ("number", "url"),
        lambda ctx: {"number": ctx["objection"].number, "url": ctx.get("url", "")},
    ),
    "watcher_update": PhoneTemplate(
        "pintu_laporan_sama",
        _(
            "Pintu: laporan %(code)s yang Anda ikuti sekarang %(status)s. Lihat di %(url)s. Untuk berhenti "
            "mengikuti, buka %(stop_url)s lalu pilih Berhenti."
        ),
        ("code", "status", "url", "stop_url"),
        lambda ctx: {**_report(ctx), "stop_url": ctx.get("stop_url", "")},
    ),
    "case_receipt": PhoneTemplate(
        "pintu_tanda_terima",
        _(
            "Pintu: tanda terima %(code)s, diterima %(received)s. Lacak perkembangannya di %(url)s dengan kode "
            "rahasia yang Anda catat; kode rahasia tidak dimuat dalam pesan ini."
        ),
        ("code", "received", "url"),
        lambda ctx: {"code": ctx["code"], "received": _moment(ctx.get("received")), "url": ctx.get("url", "")},
    ),
    "one_time_code": PhoneTemplate(
        "pintu_kode_verifikasi",
        _("Pintu: kode %(purpose)s Anda %(code)s. Jangan berikan kode ini kepada siapa pun, termasuk petugas."),
        ("code",),
        lambda ctx: {"code": ctx["code"], "purpose": PURPOSES.get(ctx.get("purpose"), ctx.get("purpose"))},
        category="AUTHENTICATION",
    ),
}


def has_phone_form(template: str) -> bool:
    return template in TEMPLATES


def language_of(language: str) -> str:
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def build_phone(template: str, language: str, channel: str, to: str, context: dict, fallback: str = "") -> PhoneMessage:
    """The message for one phone recipient, its text and parameters in their language (context unpacked)."""
    spec = TEMPLATES[template]
    language = language_of(language)
    with translation.override(language):
        values = {name: clean(value) for name, value in spec.values(context).items()}
        text = str(spec.text) % values
    case = context.get("report") or context.get("req") or context.get("objection")
    return PhoneMessage(
        channel=channel,
        to=to,
        language=language,
        text=text,
        template=spec.whatsapp,
        params=tuple(values[name] for name in spec.params),
        code_button=values["code"] if spec.category == "AUTHENTICATION" else "",
        kind=template,
        case=case,
        fallback=fallback,
    )


def whatsapp_body(template: str, language: str) -> str:
    """The body to get approved: the text with {{1}}, {{2}}, ... where the parameters go.

    An AUTHENTICATION template's body is not ours to write: WhatsApp sets it ("*{{1}}* adalah kode verifikasi
    Anda." with its security note and a copy-code button); only the SMS says what the code is for.
    """
    spec = TEMPLATES[template]
    if spec.category == "AUTHENTICATION":
        return "*{{1}}*"
    with translation.override(language_of(language)):
        text = str(spec.text)
    return _PLACEHOLDER.sub(lambda match: "{{" + str(spec.params.index(match.group(1)) + 1) + "}}", text)
