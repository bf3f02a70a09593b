"""PDFs: stored as uploaded when clean; encrypted, scripted, launching, attaching or too long ones refused."""

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from pintu.files import UploadPolicy, UploadRejected, clean_upload
from pintu.files import pdf as validation

from .builders import (
    PLAIN_OBJECTS,
    handmade_pdf,
    js_action,
    link_annotation,
    object_stream_pdf,
    pdf_bytes,
    zip_bytes,
)


def rejected(data: bytes, policy: UploadPolicy | None = None) -> str:
    with pytest.raises(UploadRejected) as caught:
        clean_upload("surat.pdf", data, *([policy] if policy else []))
    return caught.value.code


def test_valid_pdf_is_stored_as_uploaded():
    data = pdf_bytes(pages=3)
    result = clean_upload("Surat Keberatan.pdf", data)
    assert result.content == data
    assert (result.content_type, result.extension, result.original_name) == (
        "application/pdf",
        ".pdf",
        "Surat Keberatan.pdf",
    )
    assert (result.width, result.height) == (None, None)
    assert result.size == len(data)


@pytest.mark.parametrize("data", [handmade_pdf(PLAIN_OBJECTS), object_stream_pdf(b"<< /S /GoTo /D [3 0 R /Fit] >>")])
def test_handmade_baselines_pass(data):
    """The hand-written fixtures below are valid PDFs: they fail only for what is added to them."""
    assert clean_upload("x.pdf", data).content == data


def _open_action_goto(writer):
    destination = ArrayObject([writer.pages[0].indirect_reference, NameObject("/Fit")])
    writer.root_object[NameObject("/OpenAction")] = destination


def _uri_link(writer):
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject("https://lapor.go.id/")}
    )
    writer.add_annotation(0, link_annotation(action))


@pytest.mark.parametrize("tweak", [_open_action_goto, _uri_link], ids=["openaction-goto", "uri-link"])
def test_harmless_actions_pass(tweak):
    """Word and scanners write /OpenAction to a page and plain links: those are fine."""
    data = pdf_bytes(tweak=tweak)
    assert clean_upload("x.pdf", data).content == data


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_encrypted_pdf_is_refused(algorithm):
    assert rejected(pdf_bytes(tweak=lambda w: w.encrypt("rahasia", algorithm=algorithm))) == "pdf_encrypted"


def test_pdf_with_only_an_owner_password_is_refused_too():
    data = pdf_bytes(tweak=lambda w: w.encrypt(user_password="", owner_password="pemilik"))
    assert rejected(data) == "pdf_encrypted"


def _open_action_js(writer):
    writer.root_object[NameObject("/OpenAction")] = js_action()


def _names_js(writer):
    writer.add_js("app.launchURL('http://example.invalid');")


def _embedded_file(writer):
    writer.add_attachment("faktur.exe", b"MZ\x90\x00 payload")


def _page_aa(writer):
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): js_action()})


def _annotation_launch(writer):
    launch = DictionaryObject({NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc.exe")})
    writer.add_annotation(0, link_annotation(launch))


def _annotation_aa(writer):
    annotation = link_annotation(DictionaryObject({NameObject("/S"): NameObject("/URI")}))
    annotation[NameObject("/AA")] = DictionaryObject({NameObject("/E"): js_action()})
    writer.add_annotation(0, annotation)


def _second_page_openaction_chain(writer):
    goto = DictionaryObject(
        {
            NameObject("/S"): NameObject("/GoTo"),
            NameObject("/D"): ArrayObject([writer.pages[1].indirect_reference, NameObject("/Fit")]),
            NameObject("/Next"): js_action(),
        }
    )
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(goto)


def _xfa(writer):
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): TextStringObject("<xdp/>")}
    )


ACTIVE = {
    "openaction-js": _open_action_js,
    "names-javascript": _names_js,
    "embedded-file": _embedded_file,
    "page-aa": _page_aa,
    "annotation-launch": _annotation_launch,
    "annotation-aa": _annotation_aa,
    "goto-with-next-js": _second_page_openaction_chain,
    "xfa": _xfa,
}


@pytest.mark.parametrize("kind", sorted(ACTIVE))
def test_active_content_is_refused(kind):
    assert rejected(pdf_bytes(pages=2, tweak=ACTIVE[kind])) == "pdf_active_content"


def test_javascript_hidden_in_a_compressed_object_stream_is_found():
    data = object_stream_pdf(b"<< /S /JavaScript /JS (app.alert(1)) >>")
    assert b"JavaScript" not in data  # only a parser sees it
    assert rejected(data) == "pdf_active_content"


def test_javascript_in_an_unreferenced_object_is_found():
    """pypdf never reaches object 4; a viewer rebuilding a broken xref might. The byte scan sees it."""
    data = handmade_pdf({**PLAIN_OBJECTS, 4: b"<< /S /JavaScript /JS (app.alert(1)) >>"})
    assert rejected(data) == "pdf_active_content"


def test_hex_escaped_names_are_decoded():
    catalog = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>"
    data = handmade_pdf({**PLAIN_OBJECTS, 1: catalog})
    assert b"/JavaScript" not in data and b"/JS" not in data
    assert rejected(data) == "pdf_active_content"


def test_js_like_bytes_inside_stream_data_are_not_mistaken_for_names():
    """Compressed image or font data can spell "/JS " by chance; only the structure counts."""
    stream = b"q /JS /JavaScript Q"
    objects = {
        **PLAIN_OBJECTS,
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        4: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    }
    data = handmade_pdf(objects)
    assert clean_upload("x.pdf", data).content == data


def test_page_limit():
    assert clean_upload("x.pdf", pdf_bytes(pages=50)).content  # default limit: 50 pages
    assert rejected(pdf_bytes(pages=51)) == "pdf_too_many_pages"
    assert rejected(pdf_bytes(pages=3), UploadPolicy(max_pdf_pages=2)) == "pdf_too_many_pages"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"garbage " * 50,
        b"%PDF-1.4\n%%EOF\n",
        b"%PDF-",
        pdf_bytes(pages=3)[:200],
        handmade_pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] /Count 0 >>"}),
    ],
    ids=["garbage", "no-objects", "magic-only", "truncated", "zero-pages"],
)
def test_broken_pdf_is_corrupt(data):
    assert rejected(data) == "corrupt"


def test_pdf_zip_polyglot_is_refused():
    assert rejected(pdf_bytes() + zip_bytes()) == "corrupt"
    assert rejected(pdf_bytes() + b"\n<html><script>alert(1)</script></html>") == "corrupt"


def test_whitespace_after_eof_is_tolerated():
    data = pdf_bytes() + b"\r\n\x00\x00  \n"
    assert clean_upload("x.pdf", data).content == data


def test_pdf_can_be_switched_off_by_policy():
    policy = UploadPolicy(allowed=frozenset({"image/jpeg"}))
    with pytest.raises(UploadRejected) as caught:
        clean_upload("surat.pdf", pdf_bytes(), policy)
    assert caught.value.code == "type_not_allowed"
    assert caught.value.message_id == "Berkas surat.pdf bukan jenis yang diterima. Unggah foto (JPG)."


# The byte scan would catch every pypdf-written fixture above on its own (pypdf writes uncompressed
# objects), so check the object walk separately.


@pytest.mark.parametrize("kind", sorted(ACTIVE))
def test_object_walk_alone_finds_active_content(kind):
    reader = PdfReader(io.BytesIO(pdf_bytes(pages=2, tweak=ACTIVE[kind])), strict=False)
    with pytest.raises(validation._PdfActive):
        validation._scan_pdf_objects(reader)


@pytest.mark.parametrize("tweak", [None, _open_action_goto, _uri_link])
def test_object_walk_passes_harmless_pdfs(tweak):
    reader = PdfReader(io.BytesIO(pdf_bytes(pages=2, tweak=tweak)), strict=False)
    validation._scan_pdf_objects(reader)
    assert not validation._raw_pdf_has_active_names(pdf_bytes(pages=2, tweak=tweak))
