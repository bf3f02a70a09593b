"""Sizes, counts, totals, inputs, policy checks and the wording citizens see."""

import io
import pickle

import pytest
from PIL import Image

from pintu.files import (
    CODES,
    DEFAULT_POLICY,
    CleanFile,
    UploadPolicy,
    UploadRejected,
    check_case_quota,
    clean_upload,
    clean_uploads,
    format_rejection,
)

from .builders import bilevel_png, image_bytes, pdf_bytes

MB = 1024 * 1024


def reject(name, data, policy=DEFAULT_POLICY) -> UploadRejected:
    with pytest.raises(UploadRejected) as caught:
        clean_upload(name, data, policy)
    return caught.value


class Unreadable(io.RawIOBase):
    """A stream that fails the test if anyone reads it."""

    def __init__(self, size=None):
        if size is not None:
            self.size = size

    def readable(self):
        return True

    def read(self, *args):
        raise AssertionError("read() called")


# --- sizes ----------------------------------------------------------------------------------------


def test_oversize_is_refused_before_parsing(monkeypatch):
    def no_pillow(*args, **kwargs):
        raise AssertionError("parsed an oversize file")

    monkeypatch.setattr(Image, "open", no_pillow)
    exc = reject("besar.jpg", b"\xff\xd8\xff" + b"\x00" * (5 * MB))
    assert exc.code == "too_large"
    assert exc.message_id == "Berkas besar.jpg lebih dari 5 MB."
    assert exc.message_en == "The file besar.jpg is larger than 5 MB."


def test_size_boundary_is_inclusive():
    data = image_bytes("PNG")
    assert clean_upload("a.png", data, UploadPolicy(max_bytes=len(data))).size > 0
    assert reject("a.png", data, UploadPolicy(max_bytes=len(data) - 1)).code == "too_large"


def test_file_like_with_declared_size_is_refused_without_reading():
    exc = reject("video.jpg", Unreadable(size=6 * MB))
    assert exc.code == "too_large"


def test_file_like_without_size_is_read_only_up_to_the_limit():
    reads = []

    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def read(self, n=-1):
            reads.append(n)
            return b"\xff" * n

    exc = reject("pipa.jpg", Endless(), UploadPolicy(max_bytes=1000))
    assert exc.code == "too_large"
    assert sum(reads) == 1001


def test_file_like_inputs_are_accepted_and_rewound():
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = image_bytes("JPEG")
    stream = io.BytesIO(data)
    stream.seek(0, io.SEEK_END)  # e.g. a form field already read it
    assert clean_upload("a.jpg", stream).content_type == "image/jpeg"
    uploaded = SimpleUploadedFile("foto.png", data, content_type="image/png")  # client type is ignored
    result = clean_upload(uploaded.name, uploaded)
    assert (result.content_type, result.original_name) == ("image/jpeg", "foto.jpg")
    assert clean_upload("a.jpg", bytearray(data)).width == 64
    assert clean_upload("a.jpg", memoryview(data)).width == 64


def test_text_streams_and_other_objects_are_programming_errors():
    with pytest.raises(TypeError):
        clean_upload("a.jpg", io.StringIO("text"))
    with pytest.raises(TypeError):
        clean_upload("a.jpg", 12345)


@pytest.mark.parametrize("data", [b"", io.BytesIO(b"")])
def test_empty(data):
    exc = reject("kosong.jpg", data)
    assert exc.code == "empty"
    assert exc.message_id == "Berkas kosong.jpg kosong."


# --- submissions ----------------------------------------------------------------------------------


def test_too_many_files_is_refused_before_reading_any():
    exc = pytest.raises(UploadRejected, clean_uploads, [(f"{i}.jpg", Unreadable()) for i in range(6)]).value
    assert exc.code == "too_many"
    assert exc.message_id.startswith("Paling banyak 5 berkas.")
    assert exc.message_en.startswith("At most 5 files.")
    assert exc.params == {"count": 6}
    assert exc.name is None and exc.index is None


def test_total_too_large_is_checked_before_any_content_is_parsed(monkeypatch):
    def no_pillow(*args, **kwargs):
        raise AssertionError("parsed before the total was checked")

    monkeypatch.setattr(Image, "open", no_pillow)
    chunk = b"\xff\xd8\xff" + b"\x00" * (4 * MB + MB // 2)
    exc = pytest.raises(UploadRejected, clean_uploads, [(f"{i}.jpg", chunk) for i in range(5)]).value
    assert exc.code == "total_too_large"
    assert exc.message_id.startswith("Ukuran semua berkas lebih dari 20 MB.")


def test_clean_uploads_all_or_nothing():
    good = image_bytes("JPEG")
    files = [("a.jpg", good), ("b.pdf", pdf_bytes()), ("gambar.jpg", b"<svg onload=alert(1)>")]
    exc = pytest.raises(UploadRejected, clean_uploads, files).value
    assert (exc.code, exc.index, exc.name) == ("type_not_allowed", 2, "gambar.jpg")
    oversize = [("a.jpg", good), ("b.jpg", b"\xff\xd8\xff" + b"\x00" * (5 * MB))]
    exc = pytest.raises(UploadRejected, clean_uploads, oversize).value
    assert (exc.code, exc.index) == ("too_large", 1)


def test_clean_uploads_success():
    results = clean_uploads([("a.jpg", image_bytes("JPEG")), ("b.pdf", pdf_bytes()), ("c.webp", image_bytes("WEBP"))])
    assert [r.content_type for r in results] == ["image/jpeg", "application/pdf", "image/webp"]
    assert all(isinstance(r, CleanFile) for r in results)
    assert clean_uploads([]) == []


# --- policy ---------------------------------------------------------------------------------------


def test_default_policy():
    assert DEFAULT_POLICY == UploadPolicy()
    assert DEFAULT_POLICY.max_bytes == 5 * MB
    assert DEFAULT_POLICY.allowed == frozenset({"image/jpeg", "image/png", "image/webp", "application/pdf"})


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_bytes": 0},
        {"max_files": -1},
        {"max_pixels": 1.5},
        {"max_pdf_pages": True},
        {"allowed": frozenset()},
        {"allowed": frozenset({"image/gif"})},
        {"allowed": frozenset({"image/svg+xml", "image/png"})},
    ],
)
def test_policy_rejects_nonsense(kwargs):
    with pytest.raises(ValueError):
        UploadPolicy(**kwargs)


def test_policy_allowed_becomes_frozenset():
    policy = UploadPolicy(allowed={"image/png"})
    assert policy.allowed == frozenset({"image/png"})
    hash(policy)


# --- messages -------------------------------------------------------------------------------------


def every_rejection() -> dict[str, UploadRejected]:
    """One real rejection per code, produced through the public API."""
    cases = {
        "empty": lambda: clean_upload("a.jpg", b""),
        "too_large": lambda: clean_upload("a.jpg", b"\xff" * (5 * MB + 1)),
        "too_many": lambda: clean_uploads([("a.jpg", b"x")] * 6),
        "total_too_large": lambda: clean_uploads([("a.jpg", b"\xff" * (5 * MB))] * 5),
        "type_not_allowed": lambda: clean_upload("a.jpg", b"GIF89a"),
        "corrupt": lambda: clean_upload("a.jpg", b"\xff\xd8\xff\x00"),
        "too_many_pixels": lambda: clean_upload("a.png", bilevel_png(8000, 6000)),
        "pdf_encrypted": lambda: clean_upload("a.pdf", pdf_bytes(tweak=lambda w: w.encrypt("x"))),
        "pdf_active_content": lambda: clean_upload("a.pdf", pdf_bytes(tweak=lambda w: w.add_js("1"))),
        "pdf_too_many_pages": lambda: clean_upload("a.pdf", pdf_bytes(pages=51)),
        "case_too_many": lambda: check_case_quota([10] * 30, [clean_upload("a.png", bilevel_png(8, 8))]),
        "case_total_too_large": lambda: check_case_quota([100 * MB], [clean_upload("a.png", bilevel_png(8, 8))]),
    }
    out = {}
    for code, call in cases.items():
        with pytest.raises(UploadRejected) as caught:
            call()
        out[code] = caught.value
    return out


def test_every_code_has_both_messages():
    rejections = every_rejection()
    assert sorted(rejections) == sorted(CODES)
    for code, exc in rejections.items():
        assert exc.code == code
        assert isinstance(exc, ValueError)
        assert str(exc) == exc.message_id
        assert exc.message_id and exc.message_en and exc.message_id != exc.message_en
        assert exc.message_id.endswith(".") and exc.message_en.endswith(".")
        assert "{" not in exc.message_id + exc.message_en  # no unfilled placeholders
        assert format_rejection(exc, "id") == exc.message_id
        assert format_rejection(exc, "en") == exc.message_en
        assert format_rejection(exc, "en-us") == exc.message_en
        assert exc.message("en") == exc.message_en
        if code not in ("too_many", "total_too_large", "case_too_many", "case_total_too_large"):
            assert "a." in exc.message_id and "a." in exc.message_en  # names the file


def test_exact_wording():
    assert reject("foto.svg", b"<svg/>").message_id == (
        "Berkas foto.svg bukan jenis yang diterima. Unggah foto (JPG, PNG, WEBP) atau PDF."
    )
    assert reject("foto.svg", b"<svg/>").message_en == (
        "The file foto.svg is not an accepted type. Upload a photo (JPG, PNG, WEBP) or a PDF."
    )
    policy = UploadPolicy(max_bytes=MB + MB // 2, allowed=frozenset({"image/png", "image/webp"}))
    too_large = reject("X", b"\x89" * (2 * MB), policy)
    assert too_large.message_id == "Berkas X lebih dari 1,5 MB."
    assert too_large.message_en == "The file X is larger than 1.5 MB."
    assert reject("a.pdf", b"%PDF-1.4", policy).message_id.endswith("Unggah foto (PNG, WEBP).")
    assert reject("k.jpg", b"", policy).message_id == "Berkas k.jpg kosong."


def test_messages_show_the_sanitised_name():
    exc = reject("../../\u202eetc\x00/gambar\u202egpj.exe", b"MZ")
    assert exc.name == "gambargpj.exe"
    assert "\u202e" not in exc.message_id and "/" not in exc.message_id


def test_format_rejection_follows_django_language():
    from django.utils import translation

    exc = reject("a.jpg", b"")
    with translation.override("en"):
        assert format_rejection(exc) == exc.message_en
    with translation.override("id"):
        assert format_rejection(exc) == exc.message_id


def test_rejection_pickles():
    exc = reject("a.jpg", b"\xff" * (5 * MB + 1))
    clone = pickle.loads(pickle.dumps(exc))  # noqa: S301 (our own object)
    assert (clone.code, clone.message_id, clone.message_en, clone.name, clone.params) == (
        exc.code,
        exc.message_id,
        exc.message_en,
        exc.name,
        exc.params,
    )
