"""Images: decode with the one Pillow decoder the content announced, refuse decompression bombs from
the header, re-encode without any metadata (EXIF, GPS, XMP, ICC, comments) and downscale."""

from __future__ import annotations

import io
import logging
from dataclasses import replace

from PIL import Image, ImageFile

from .errors import reject
from .limits import DEFAULT_POLICY, JPEG, PNG, WEBP, UploadPolicy

logger = logging.getLogger("pintu.files.validation")

JPEG_QUALITY = 85
WEBP_QUALITY = 85


_PILLOW_FORMAT = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}

# EXIF orientation -> the transpose that displays the image upright (as ImageOps.exif_transpose).
_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

_BOMB_ERRORS = (Image.DecompressionBombError, Image.DecompressionBombWarning)


def clean_image(raw: bytes, content_type: str, shown: str, policy: UploadPolicy) -> tuple[bytes, int, int]:
    try:
        # Only the decoder for the sniffed type may look at the bytes.
        im = Image.open(io.BytesIO(raw), formats=[_PILLOW_FORMAT[content_type]])
    except _BOMB_ERRORS:
        raise reject("too_many_pixels", policy, shown)
    except Exception as exc:
        logger.info("upload %r refused: Pillow cannot open it (%s)", shown, exc)
        raise reject("corrupt", policy, shown)
    with im:
        width, height = im.size
        # Pillow's own bomb limit counts too, so its warning range never gets decoded either.
        limit = min(policy.max_pixels, Image.MAX_IMAGE_PIXELS or policy.max_pixels)
        if width < 1 or height < 1:
            raise reject("corrupt", policy, shown)
        if width * height > limit:  # from the header, before a single pixel is decoded
            logger.info("upload %r refused: %dx%d pixels", shown, width, height)
            raise reject("too_many_pixels", policy, shown, width=width, height=height)
        try:
            return _reencode(im, content_type, policy)
        except _BOMB_ERRORS:
            raise reject("too_many_pixels", policy, shown)
        except Exception as exc:  # truncated data, bad chunks, decoder errors, MemoryError ...
            logger.info("upload %r refused: cannot decode (%s)", shown, exc)
            raise reject("corrupt", policy, shown)


def _fit(width: int, height: int, max_side: int) -> tuple[int, int]:
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _orientation(im: Image.Image) -> int:
    try:
        value = int(im.getexif().get(0x0112) or 1)  # EXIF, or XMP tiff:Orientation via Pillow
    except Exception:  # broken metadata must not cost the citizen their photo
        return 1
    return value if value in _ORIENTATION else 1


def _reencode(im: ImageFile.ImageFile, content_type: str, policy: UploadPolicy) -> tuple[bytes, int, int]:
    target = _fit(*im.size, policy.max_image_side)
    if target != im.size and content_type == JPEG:
        im.draft(None, target)  # let libjpeg decode at 1/2, 1/4 or 1/8 scale (never below target)
    # WeasyPrint (the letters) sets Pillow's process-wide LOAD_TRUNCATED_IMAGES when imported;
    # an upload is never accepted half-decoded, so switch it back before decoding.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    im.load()  # first frame only: animations (APNG, animated WEBP) become a still
    orientation = _orientation(im)
    out: Image.Image = _normalise_mode(im, content_type, resizing=im.size != target)
    if out.size != target:
        out = out.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in _ORIENTATION:
        out = out.transpose(_ORIENTATION[orientation])
    # Nothing from the original travels on: Pillow's savers fall back to info for ICC
    # profiles, PNG transparency and JPEG comments, so empty it.
    out.info = {}
    buf = io.BytesIO()
    if content_type == JPEG:
        out.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    elif content_type == PNG:
        out.save(buf, "PNG", optimize=True)
    else:
        out.save(buf, "WEBP", quality=WEBP_QUALITY)
    return buf.getvalue(), out.width, out.height


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info


def _normalise_mode(im: Image.Image, content_type: str, resizing: bool) -> Image.Image:
    """Modes the encoder takes and resampling handles: JPEG L/RGB; PNG/WEBP keep alpha as RGBA."""
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        im = im.convert("I").point(lambda v: v * (1 / 257)).convert("L")  # 16-bit grey to 8-bit
    if content_type == JPEG:
        if im.mode in ("L", "RGB"):
            return im
        return im.convert("L" if im.mode == "1" else "RGB")  # CMYK, YCbCr, P ...
    if _has_alpha(im):
        return im if im.mode == "RGBA" else im.convert("RGBA")
    if content_type == PNG:
        if im.mode in ("L", "RGB"):
            return im
        if im.mode in ("1", "P") and not resizing:
            return im  # small bilevel/palette PNGs (scans, screenshots) stay small
        return im.convert("L" if im.mode == "1" else "RGB")
    return im if im.mode == "RGB" else im.convert("RGB")  # WEBP encodes RGB or RGBA only


THUMBNAIL_SIDE = 320  # longer side of a thumbnail, in pixels (shown at about 136 CSS px, sharp at 2x)
IMAGE_TYPES = frozenset(_PILLOW_FORMAT)


def thumbnail(raw: bytes, content_type: str, max_side: int = THUMBNAIL_SIDE) -> bytes:
    """A small copy of a stored (already cleaned) image, cleaned the same way: one decoder, the pixel
    limit from the header, no metadata, downscaled. Raises UploadRejected for what is not such an image."""
    policy = replace(DEFAULT_POLICY, max_image_side=max_side)
    content, _width, _height = clean_image(raw, content_type, "thumbnail", policy)
    return content
