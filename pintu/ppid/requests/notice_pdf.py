"""The pemberitahuan tertulis (UU 14/2008 art. 22(7), Perki 1/2021) as an A4 PDF letter.

reportlab with the built-in Helvetica fonts only (nothing fetched, nothing embedded). The letter
comes from the active NoticeTemplate (letterhead, paragraphs, signatory); the content is the
statutory list of DOMAIN.md section 5: held or not and by whom, the decision, the art. 17 ground and
consequence test, material/format/delivery, cost, time to provide, blacked-out parts and the right to
object within 30 hari kerja.
"""

import io
from decimal import Decimal
from string import Formatter

from django.conf import settings
from django.utils import formats, translation
from django.utils.html import escape
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pintu.ppid.domain import OBJECTION_FILING_DAYS
from pintu.ppid.exemptions import description_of
from pintu.ppid.requests.models import InformationRequest, NoticeTemplate, RequesterIdentity
from pintu.ppid.requests.workflow import DELIVERING, Decision

DEFAULT_TEMPLATE = {
    "name": "Pemberitahuan tertulis (bawaan)",
    "letterhead": "PEMERINTAH KABUPATEN OGAN ILIR\nPEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)\n"
    "Dinas Komunikasi dan Informatika, Jalan Lintas Timur, Indralaya",
    "public_body": "Pemerintah Kabupaten Ogan Ilir",
    "opening": "Berdasarkan permohonan informasi nomor pendaftaran {nomor_pendaftaran} tanggal "
    "{tanggal_permohonan} yang Saudara {nama_pemohon} ajukan kepada {badan_publik}, bersama ini kami "
    "sampaikan pemberitahuan tertulis sebagai berikut.",
    "closing": "Demikian pemberitahuan ini kami sampaikan. Atas perhatian Saudara kami ucapkan terima kasih.",
    "place": "Indralaya",
    "signatory_name": "PPID Utama Kabupaten Ogan Ilir",
    "signatory_post": "Pejabat Pengelola Informasi dan Dokumentasi Utama",
}


def active_template() -> NoticeTemplate:
    """The newest active template, creating the default on first use."""
    template = NoticeTemplate.objects.filter(active=True).first()
    return template or NoticeTemplate.objects.create(**DEFAULT_TEMPLATE)


def rupiah(amount: Decimal | int | None) -> str:
    """Rp 5.000 (Indonesian grouping; sen only when present)."""
    amount = Decimal(amount or 0)
    whole = int(amount)
    text = f"{whole:,}".replace(",", ".")
    cents = int((amount - whole) * 100)
    return f"Rp {text}" + (f",{cents:02d}" if cents else "")


class _SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fill(text: str, values: dict) -> str:
    """Placeholders filled; unknown ones and stray braces left as typed (an officer's template never crashes)."""
    try:
        names = [name for _lit, name, _spec, _conv in Formatter().parse(text) if name]
    except ValueError:
        return text
    if any(not name.isidentifier() for name in names):
        return text
    return text.format_map(_SafeDict(values))


def _date(value) -> str:
    with translation.override("id"):
        return formats.date_format(value, "j F Y")


def notice_rows(request: InformationRequest) -> list[tuple[str, str]]:
    """The decision table of the letter (label, value): the statutory content in order."""
    decision = Decision(request.decision)
    held = decision not in (Decision.NOT_HELD, Decision.FORWARDED)
    rows = [
        ("Informasi yang dimohon", request.information),
        (
            "Penguasaan informasi",
            "Informasi dikuasai oleh badan publik ini"
            if held
            else f"Informasi tidak dikuasai oleh badan publik ini; informasi dikuasai oleh: {request.holder_name}",
        ),
        ("Keputusan", request.decision_label),
    ]
    if decision in (Decision.REFUSED, Decision.GRANTED_PART):
        ground = f"Pasal 17 huruf {request.refusal_article} UU 14/2008" if request.refusal_article else "-"
        if request.refusal_article:
            ground += f": {description_of(request.refusal_article)}"
        rows.append(("Alasan pengecualian", ground))
        rows.append(("Uji konsekuensi", request.consequence_test or "-"))
    if decision in DELIVERING:
        rows += [
            ("Materi informasi yang diberikan", request.material or request.information),
            ("Bentuk informasi", request.get_obtain_method_display()),
            ("Cara penyampaian", request.get_delivery_method_display() or "-"),
            (
                "Biaya",
                rupiah(request.fee)
                + (f" ({request.fee_note})" if request.fee_note else "")
                + "; layanan informasi tidak dipungut biaya, biaya hanya untuk penggandaan dan pengiriman",
            ),
            ("Waktu penyediaan", request.provide_within or "-"),
        ]
    if decision == Decision.GRANTED_PART or request.blacked_out_note:
        rows.append(("Bagian yang dihitamkan dan alasannya", request.blacked_out_note or "-"))
    return rows


def objection_sentence() -> str:
    return (
        "Apabila Saudara tidak puas atas keputusan ini, Saudara berhak mengajukan keberatan kepada Atasan PPID "
        f"dalam jangka waktu {OBJECTION_FILING_DAYS} hari kerja sejak pemberitahuan tertulis ini diterima "
        "(Pasal 35 dan 36 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik)."
    )


@translation.override(settings.LANGUAGE_CODE)  # an official document: always in the official language
def render_notice(request: InformationRequest, identity: RequesterIdentity | None, template: NoticeTemplate) -> bytes:
    """The notice letter as PDF bytes."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["Normal"], fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=11, alignment=TA_CENTER, leading=14)
    title = ParagraphStyle("title", parent=head, fontSize=12, spaceBefore=6)
    para = lambda text, style=body: Paragraph(escape(text).replace("\n", "<br/>"), style)  # noqa: E731

    name = identity.name if identity else "-"
    values = {
        "nomor_pendaftaran": request.number,
        "tanggal_permohonan": _date(request.received_at),
        "nama_pemohon": name,
        "badan_publik": template.public_body,
    }
    story = [para(line, head) for line in template.letterhead.splitlines() if line.strip()]
    story += [HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=4, spaceAfter=8)]
    story += [
        para("PEMBERITAHUAN TERTULIS", title),
        para(f"Nomor: {request.notice_number}", ParagraphStyle("num", parent=body, alignment=TA_CENTER)),
        Spacer(1, 6 * mm),
    ]
    address = identity.address if identity and identity.address else ""
    story += [para(f"Kepada Yth.\n{name}" + (f"\n{address}" if address else "")), Spacer(1, 4 * mm)]
    story += [para(fill(template.opening, values)), Spacer(1, 3 * mm)]
    table = Table(
        [[para(label, small), para(value, small)] for label, value in notice_rows(request)],
        colWidths=[50 * mm, 120 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93)),
            ]
        )
    )
    story += [table, Spacer(1, 4 * mm), para(objection_sentence()), Spacer(1, 3 * mm)]
    if template.closing:
        story += [para(fill(template.closing, values)), Spacer(1, 6 * mm)]
    decided = request.decided_at or request.received_at
    signature = [f"{template.place}, {_date(decided)}", template.signatory_post, "", "", "", template.signatory_name]
    if template.signatory_id:
        signature.append(f"NIP {template.signatory_id}")
    sign_table = Table([["", para("\n".join(signature))]], colWidths=[90 * mm, 80 * mm])
    story.append(sign_table)

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Pemberitahuan tertulis {request.notice_number}",
        author=template.public_body,
        subject=request.number,
    )
    doc.build(story)
    return buffer.getvalue()
