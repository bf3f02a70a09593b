"""Reading a letter PDF back in tests: its text, its structure tags, its language, title and fonts."""

import io
import re

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """All pages' text with runs of whitespace made one space."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader(pdf).pages))


def structure_tags(pdf: bytes) -> list[str]:
    """Every structure element type (/H1, /P, /Table, ...) in document order."""
    root = reader(pdf).trailer["/Root"]
    found = []

    def walk(node):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        if "/S" in node:
            found.append(str(node["/S"]))
        kids = node.get("/K")
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict):
                walk(kid)

    walk(root["/StructTreeRoot"])
    return found


def catalog(pdf: bytes) -> dict:
    return reader(pdf).trailer["/Root"]


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font used on any page."""
    result = []
    for page in reader(pdf).pages:
        resources = page.get("/Resources", {})
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            result.append((str(font.get("/BaseFont")), embedded))
    return result
