"""A letter as a tagged PDF: Django template -> HTML -> WeasyPrint (PDF/UA-1, language id-ID).

Everything a letter shows comes in a `LetterView` (plain data, built by pintu.letters.compose); the
kind's template extends letters/pdf/letter.html (kop, title, Nomor/Sifat/Lampiran/Hal, Yth., body,
closing, signature with QR code, attachments, tembusan). The fonts are the project's own
(pintu/letters/fonts, embedded as subsets); the fetcher refuses every URL except those fonts and
data: URIs (crest, QR code), so nothing is fetched at run time and a letter cannot read other files.
"""

import base64
from dataclasses import dataclass, field
from pathlib import Path

import segno
from django.template.loader import render_to_string
from django.utils import translation
from PIL import ImageFile
from weasyprint import HTML, URLFetcher
from weasyprint.text.fonts import FontConfiguration

from pintu.letters.kinds.base import Addressee, Row

# Importing WeasyPrint turns on Pillow's process-wide LOAD_TRUNCATED_IMAGES; our letters only embed
# our own crest, and citizens' uploads must never be accepted half-decoded, so turn it off again.
ImageFile.LOAD_TRUNCATED_IMAGES = False

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {
    "regular": (FONT_DIR / "LiberationSans-Regular.ttf").as_uri(),
    "bold": (FONT_DIR / "LiberationSans-Bold.ttf").as_uri(),
    "italic": (FONT_DIR / "LiberationSans-Italic.ttf").as_uri(),
}
WATERMARK_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="700" viewBox="0 0 500 700">'
    '<text x="250" y="380" font-family="sans-serif" font-size="130" font-weight="bold" fill="#000" '
    'fill-opacity="0.07" text-anchor="middle" transform="rotate(-40 250 350)">{text}</text></svg>'
)


class LetterFetcher(URLFetcher):
    """Only the shipped fonts and data: URIs; anything else is refused."""

    def __init__(self):
        super().__init__(allowed_protocols={"file", "data"})

    def fetch(self, url, headers=None):
        if url.startswith("file:") and url not in FONTS.values():
            raise ValueError(f"refused: {url}")
        return super().fetch(url, headers)


@dataclass(frozen=True)
class LetterheadView:
    government_name: str
    unit_name: str
    address: str
    postcode: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class SignatureView:
    post_lines: list[str]
    name: str
    nip: str  # grouped for print
    rank: str = ""


@dataclass(frozen=True)
class LetterView:
    template: str
    title: str  # the H1
    pdf_title: str
    letterhead: LetterheadView
    body_name: str
    number: str
    sifat: str
    hal: str
    attachments: list[str]
    attachment_count: str
    place: str
    date_text: str
    addressee: Addressee
    data: object  # the kind's dataclass
    rows: list[Row]
    closing: str
    signature: SignatureView
    copies_to: list[str] = field(default_factory=list)
    crest_uri: str = ""
    verify_url: str = ""
    qr_uri: str = ""
    signing_note: str = ""
    signed: bool = False
    #: Across every page of an unsigned rendering: "DRAF" (a draft), "CONTOH" (an admin preview).
    watermark: str = ""

    @property
    def pronoun(self) -> str:
        return self.addressee.pronoun

    @property
    def watermark_uri(self) -> str:
        return data_uri(WATERMARK_SVG.format(text=self.watermark).encode(), "image/svg+xml")


def data_uri(content: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"


def qr_uri(url: str) -> str:
    """The verification address as an SVG QR code (medium error correction, no quiet-zone loss)."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def render_html(view: LetterView) -> str:
    with translation.override("id"):  # an official letter: always Indonesian, whatever the page language
        return render_to_string(view.template, {"v": view, "data": view.data, "fonts": FONTS})


def render_pdf(view: LetterView) -> bytes:
    html = HTML(string=render_html(view), url_fetcher=LetterFetcher(), base_url=str(FONT_DIR))
    return html.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True, font_config=FontConfiguration())
