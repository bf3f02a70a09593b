"""Images: re-encoded, oriented, downscaled, stripped of metadata, bombs and polyglots defused."""

import hashlib
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageFile, ImageOps, PngImagePlugin

from pintu.files import UploadPolicy, UploadRejected, clean_upload

from .builders import (
    BLUE,
    GREEN,
    RED,
    YELLOW,
    bilevel_png,
    exif_with_gps,
    image_bytes,
    quadrants,
    save,
    srgb_icc,
    zip_bytes,
)

FORMATS = [("JPEG", "image/jpeg", ".jpg"), ("PNG", "image/png", ".png"), ("WEBP", "image/webp", ".webp")]


def decode(content: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(content))
    im.load()
    return im


def close(a, b, tolerance=40):
    return all(abs(x - y) <= tolerance for x, y in zip(a[:3], b[:3], strict=True))


@pytest.mark.parametrize(("fmt", "content_type", "extension"), FORMATS)
def test_valid_images_pass_reencoded(fmt, content_type, extension):
    data = save(quadrants((120, 80)), fmt)
    result = clean_upload("Jalan berlubang." + fmt.lower(), data)
    assert result.content_type == content_type
    assert result.extension == extension
    assert result.original_name == "Jalan berlubang" + extension
    assert result.content != data  # re-encoded by us, not the uploaded bytes
    assert result.size == len(result.content)
    assert result.sha256 == hashlib.sha256(result.content).hexdigest()
    assert (result.width, result.height) == (120, 80)
    out = decode(result.content)
    assert out.format == fmt
    assert out.size == (120, 80)
    assert close(out.convert("RGB").getpixel((10, 10)), RED)
    assert close(out.convert("RGB").getpixel((110, 70)), YELLOW)


def test_jpeg_reencode_settings():
    result = clean_upload("x.jpg", save(quadrants((120, 80)), "JPEG", quality=100))
    out = decode(result.content)
    assert out.mode == "RGB"
    # quality 85 -> libjpeg's scaled standard tables; quality 100 would be all ones
    assert max(out.quantization[0]) > 1


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_exif_gps_and_all_other_metadata_are_removed(fmt):
    im = quadrants((96, 64))
    extra = {"exif": exif_with_gps(), "icc_profile": srgb_icc()}
    if fmt == "JPEG":
        extra |= {"comment": b"<script>alert(1)</script>", "xmp": b"<x:xmpmeta>GPS rahasia</x:xmpmeta>"}
    elif fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "alamat rumah pelapor")
        info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS rahasia</x:xmpmeta>")
        extra["pnginfo"] = info
    else:
        extra["xmp"] = b"<x:xmpmeta>GPS rahasia</x:xmpmeta>"
    data = save(im, fmt, **extra)
    before = Image.open(io.BytesIO(data))
    assert before.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the fixture really carries GPS
    assert b"PintuCam" in data

    result = clean_upload("foto", data)

    out = decode(result.content)
    assert len(out.getexif()) == 0
    assert out.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
    for key in ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "Comment"):
        assert key not in out.info, key
    for needle in (b"Exif\x00\x00", b"PintuCam", b"Rahasia", b"rahasia", b"xmpmeta", b"<script", b"alamat"):
        assert needle not in result.content, needle
    if fmt == "PNG":
        assert b"iCCP" not in result.content and b"eXIf" not in result.content
    if fmt == "WEBP":
        assert b"EXIF" not in result.content and b"ICCP" not in result.content and b"XMP " not in result.content


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied(orientation):
    original = quadrants((64, 32))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    data = save(original, "JPEG", exif=exif, quality=95)
    expected = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")

    result = clean_upload("miring.jpg", data)

    out = decode(result.content).convert("RGB")
    assert out.size == expected.size == (result.width, result.height)
    assert out.size == ((32, 64) if orientation >= 5 else (64, 32))
    w, h = out.size
    for point in ((w // 4, h // 4), (3 * w // 4, h // 4), (w // 4, 3 * h // 4), (3 * w // 4, 3 * h // 4)):
        assert close(out.getpixel(point), expected.getpixel(point)), (orientation, point)
    assert len(out.getexif()) == 0  # orientation tag gone too: nothing would rotate it twice


def test_orientation_6_puts_the_left_edge_on_top():
    im = Image.new("RGB", (40, 20), RED)
    im.paste(BLUE, (20, 0, 40, 20))  # left red, right blue
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # camera held rotated: display turned 90 degrees clockwise
    result = clean_upload("hp.jpg", save(im, "JPEG", exif=exif, quality=95))
    out = decode(result.content).convert("RGB")
    assert out.size == (20, 40)
    assert close(out.getpixel((10, 5)), RED)
    assert close(out.getpixel((10, 35)), BLUE)


def test_broken_exif_does_not_cost_the_photo():
    data = save(quadrants((64, 32)), "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff garbage")
    result = clean_upload("foto.jpg", data)
    assert (result.width, result.height) == (64, 32)


@pytest.mark.parametrize(
    ("fmt", "size", "expected"),
    [
        ("JPEG", (4000, 3000), (2560, 1920)),  # decoded at reduced scale via draft(), then resized
        ("PNG", (1000, 3000), (853, 2560)),
        ("WEBP", (3000, 600), (2560, 512)),
        ("JPEG", (2560, 100), (2560, 100)),  # exactly at the limit: untouched
        ("PNG", (10, 10), (10, 10)),  # never upscaled
    ],
)
def test_downscaled_to_max_image_side(fmt, size, expected):
    result = clean_upload("besar", save(quadrants(size), fmt))
    assert (result.width, result.height) == expected
    out = decode(result.content).convert("RGB")
    assert out.size == expected
    assert close(out.getpixel((expected[0] // 4, expected[1] // 4)), RED)
    assert close(out.getpixel((3 * expected[0] // 4, 3 * expected[1] // 4)), YELLOW)


def test_downscale_follows_policy_and_orientation():
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 8
    result = clean_upload("x.jpg", save(quadrants((400, 200)), "JPEG", exif=exif), UploadPolicy(max_image_side=100))
    assert (result.width, result.height) == (50, 100)


def test_cmyk_jpeg_becomes_rgb():
    result = clean_upload("scan.jpg", image_bytes("JPEG", mode="CMYK", color=(0, 255, 255, 0)))
    out = decode(result.content)
    assert out.mode == "RGB"
    assert close(out.getpixel((5, 5)), (255, 0, 0), tolerance=60)


def test_greyscale_jpeg_stays_greyscale():
    out = decode(clean_upload("ktp.jpg", image_bytes("JPEG", mode="L", color=128)).content)
    assert out.mode == "L"


def test_palette_png_with_transparency_keeps_alpha():
    im = Image.new("P", (40, 40), 0)
    im.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    im.paste(1, (20, 0, 40, 40))
    data = save(im, "PNG", transparency=1)
    out = decode(clean_upload("ikon.png", data).content)
    assert out.mode == "RGBA"
    assert out.getpixel((5, 5)) == (255, 0, 0, 255)
    assert out.getpixel((30, 5))[3] == 0


def test_palette_png_downscaled_is_resampled_in_rgb():
    im = Image.new("P", (400, 100), 0)
    im.putpalette([0, 200, 0] + [0] * 765)
    out = decode(clean_upload("p.png", save(im, "PNG"), UploadPolicy(max_image_side=100)).content)
    assert (out.mode, out.size) == ("RGB", (100, 25))
    assert close(out.getpixel((50, 12)), (0, 200, 0), tolerance=2)


def test_webp_keeps_alpha():
    im = Image.new("RGBA", (40, 40), (0, 0, 255, 255))
    im.paste((0, 0, 0, 0), (0, 0, 20, 40))
    out = decode(clean_upload("stiker.webp", save(im, "WEBP", lossless=True)).content)
    assert out.mode == "RGBA"
    assert out.getpixel((5, 5))[3] < 20
    assert out.getpixel((35, 5))[3] > 235


def test_sixteen_bit_png_is_scaled_to_eight_bit():
    im = Image.new("I;16", (4, 4), 0)
    im.putpixel((0, 0), 65535)
    im.putpixel((1, 0), 32768)
    out = decode(clean_upload("xray.png", save(im, "PNG")).content)
    assert out.mode == "L"
    assert out.getpixel((0, 0)) == 255
    assert out.getpixel((1, 0)) == 127


def test_animated_png_becomes_its_first_frame():
    frames = [Image.new("RGB", (20, 20), c) for c in (RED, GREEN, BLUE)]
    buf = io.BytesIO()
    frames[0].save(buf, "PNG", save_all=True, append_images=frames[1:], duration=100)
    out = decode(clean_upload("anim.png", buf.getvalue()).content)
    assert getattr(out, "n_frames", 1) == 1
    assert out.convert("RGB").getpixel((5, 5)) == RED


# --- polyglots and corruption -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "tail", "needles"),
    [
        ("JPEG", zip_bytes(), [b"PK\x03\x04", b"PK\x05\x06", b"evil.html"]),
        ("JPEG", b"<html><script>alert(document.cookie)</script></html>", [b"<script", b"<html"]),
        ("PNG", zip_bytes(), [b"PK\x03\x04", b"evil.html"]),
        ("WEBP", b"<?php system($_GET['c']); ?>", [b"<?php"]),
    ],
    ids=["jpeg-zip", "jpeg-html", "png-zip", "webp-php"],  # the zip holds the time it was made: fixed ids
)
def test_polyglot_is_neutralised(fmt, tail, needles):
    data = save(quadrants((64, 48)), fmt) + tail
    for needle in needles:
        assert needle in data
    result = clean_upload("foto.jpg", data)
    for needle in needles:
        assert needle not in result.content
    assert decode(result.content).size == (64, 48)


def test_payload_in_jpeg_comment_is_dropped():
    data = save(quadrants((64, 48)), "JPEG", comment=zip_bytes())
    assert b"PK\x03\x04" in data
    assert b"PK\x03\x04" not in clean_upload("foto.jpg", data).content


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff\xe0" + b"garbage" * 100,
        b"\xff\xd8\xff",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,
        b"RIFF\x20\x00\x00\x00WEBPVP8 " + b"\x01" * 40,
    ],
    ids=["jpeg-garbage", "jpeg-magic-only", "png-garbage", "webp-garbage"],
)
def test_garbage_after_a_valid_header_is_corrupt(data):
    with pytest.raises(UploadRejected) as caught:
        clean_upload("foto.jpg", data)
    assert caught.value.code == "corrupt"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_truncated_image_is_corrupt(fmt):
    data = save(Image.effect_noise((200, 200), 60).convert("RGB"), fmt)
    with pytest.raises(UploadRejected) as caught:
        clean_upload("setengah", data[: len(data) // 2])
    assert caught.value.code == "corrupt"


# --- decompression bombs ----------------------------------------------------------------------


def _forbid_decoding(monkeypatch):
    def no_load(self):
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_load)


def test_bomb_20000_square_is_refused_from_the_header(monkeypatch):
    data = bilevel_png(20000, 20000)
    assert len(data) < 200_000  # 400 megapixels, tiny on disk
    _forbid_decoding(monkeypatch)
    started = time.perf_counter()
    with pytest.raises(UploadRejected) as caught:
        clean_upload("bom.png", data)
    assert caught.value.code == "too_many_pixels"
    assert time.perf_counter() - started < 2


def test_image_over_policy_pixels_but_under_pillow_limit_is_refused_before_decoding(monkeypatch):
    data = bilevel_png(8000, 6000)  # 48 MP: above our 40 MP, below Pillow's own 89 MP warning
    _forbid_decoding(monkeypatch)
    with pytest.raises(UploadRejected) as caught:
        clean_upload("besar.png", data)
    assert caught.value.code == "too_many_pixels"
    assert caught.value.params == {"width": 8000, "height": 6000}
    assert "40 megapiksel" in caught.value.message_id


def test_pixel_limit_boundary():
    policy = UploadPolicy(max_pixels=1000)
    assert clean_upload("ok.png", image_bytes("PNG", size=(40, 25)), policy).width == 40
    with pytest.raises(UploadRejected) as caught:
        clean_upload("no.png", image_bytes("PNG", size=(40, 26)), policy)
    assert caught.value.code == "too_many_pixels"


@pytest.mark.parametrize("error", [Image.DecompressionBombError("boom"), Image.DecompressionBombWarning("boom")])
def test_pillow_bomb_errors_and_warnings_become_too_many_pixels(monkeypatch, error):
    def bomb(*args, **kwargs):
        raise error

    monkeypatch.setattr(Image, "open", bomb)
    with pytest.raises(UploadRejected) as caught:
        clean_upload("x.png", image_bytes("PNG"))
    assert caught.value.code == "too_many_pixels"


def test_pillow_global_limit_is_respected_when_lower(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    with pytest.raises(UploadRejected) as caught:
        clean_upload("x.png", image_bytes("PNG", size=(20, 20)))
    assert caught.value.code == "too_many_pixels"


BOMB_SCRIPT = """
import json
from pintu.files.validation import clean_upload, UploadPolicy, UploadRejected
from tests.files.builders import bilevel_png


def peak_kb():
    # VmHWM, not ru_maxrss: the latter survives exec and would report the forking pytest process.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


codes = []
for side in (20000, 9000):  # 400 MP (Pillow refuses too) and 81 MP (only our 40 MP guard refuses)
    try:
        clean_upload("bom.png", bilevel_png(side, side))
    except UploadRejected as exc:
        codes.append(exc.code)
guarded = peak_kb()
# Control: let the 81 MP image through, to show the measurement does see decoding.
clean_upload("bom.png", bilevel_png(9000, 9000), UploadPolicy(max_pixels=85_000_000))
print(json.dumps({"codes": codes, "guarded_kb": guarded, "decoded_kb": peak_kb()}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for peak memory")
def test_bombs_do_not_allocate_their_pixels():
    """In a fresh interpreter, refusing the bombs keeps peak memory far below what decoding costs."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", BOMB_SCRIPT], cwd=root, capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["codes"] == ["too_many_pixels", "too_many_pixels"]
    assert report["decoded_kb"] - report["guarded_kb"] > 60 * 1024, report  # 81 MP at 1 byte/pixel
    assert report["guarded_kb"] < 80 * 1024, report
