"""Whatever bytes arrive, clean_upload returns a CleanFile or raises UploadRejected, nothing else."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from pintu.files import CleanFile, UploadPolicy, UploadRejected, clean_upload, sniff_type

from .builders import exif_with_gps, pdf_bytes, quadrants, save

FUZZ = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
# Small limits so that outputs of the fuzzer stay cheap to decode.
POLICY = UploadPolicy(max_pixels=4_000_000, max_image_side=256)

MAGIC = [
    b"",
    b"\xff\xd8\xff",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    b"\x89PNG\r\n\x1a\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"RIFF\x00\x10\x00\x00WEBPVP8 ",
    b"RIFF\x00\x10\x00\x00WEBPVP8L",
    b"RIFF\x00\x10\x00\x00WEBPVP8X",
    b"%PDF-1.7\n",
    b"%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
]

SEEDS = [
    save(quadrants((48, 32)), "JPEG", exif=exif_with_gps(orientation=6)),
    save(quadrants((48, 32)), "PNG"),
    save(quadrants((48, 32)).convert("RGBA"), "WEBP"),
    save(quadrants((48, 32)).convert("P"), "PNG", transparency=0),
    pdf_bytes(pages=2),
]


def check(data: bytes) -> None:
    try:
        result = clean_upload("fuzz.bin", data, POLICY)
    except UploadRejected as exc:
        assert exc.code in {
            "empty",
            "type_not_allowed",
            "corrupt",
            "too_many_pixels",
            "pdf_encrypted",
            "pdf_active_content",
            "pdf_too_many_pages",
        }
        return
    assert isinstance(result, CleanFile)
    assert result.size == len(result.content) > 0
    if result.content_type.startswith("image/"):
        with Image.open(io.BytesIO(result.content)) as im:
            assert im.size == (result.width, result.height)
            assert max(im.size) <= POLICY.max_image_side


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    assert sniff_type(data) is None or isinstance(sniff_type(data), str)
    check(data)


@FUZZ
@given(st.sampled_from(MAGIC), st.binary(max_size=4096))
def test_random_bytes_behind_real_magic(magic, body):
    check(magic + body)


@st.composite
def mutated_seed(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@FUZZ
@given(mutated_seed())
def test_mutated_valid_files(data):
    check(data)
