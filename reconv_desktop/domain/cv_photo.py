"""The worker's photo for a CV: which files are accepted and what is kept of them.

Only JPEG and PNG, recognised by their first bytes (not their name), at most
`MAX_PHOTO_FILE_BYTES`. Every accepted photo is decoded and re-encoded, downscaled to
`PHOTO_MAX_SIDE` pixels: a phone picture's EXIF (GPS position, camera, date) never enters
the vault, and a few hundred pixels are plenty for a 3 cm portrait.
"""

from __future__ import annotations

import base64
import io
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

MAX_PHOTO_FILE_BYTES = 2 * 1024 * 1024
PHOTO_MAX_SIDE = 600  # pixels: 35 mm printed at more than 400 dpi
MAX_PHOTO_PIXELS = 40_000_000  # a larger picture is a decompression bomb, not a portrait
# A bundle row's text is capped at 1,000,000 characters (sync/rows.py MAX_TEXT); the photo
# travels as base64 (4/3 the size), so what is kept stays well under that.
MAX_STORED_BYTES = 700_000
JPEG = "image/jpeg"
PNG = "image/png"
_MAGIC = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))


@dataclass(frozen=True, slots=True)
class CvPhoto:
    """A photo as kept in the vault: re-encoded JPEG or PNG bytes and their size in pixels."""

    media_type: str
    data: bytes = field(repr=False)
    width: int
    height: int

    def data_uri(self) -> str:
        """The photo as a `data:` URI (JSON Resume's basics.image)."""
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


def sniff_media_type(data: bytes) -> str | None:
    """The media type ("image/jpeg" or "image/png") from the first bytes, else None."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    return None


def _refuse(message: str) -> ValidationError:
    return ValidationError("photo", message)


def photo_too_heavy(size: int) -> ValidationError:
    """The refusal of a file of `size` bytes, over `MAX_PHOTO_FILE_BYTES`."""
    megabytes = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return _refuse(
        translate(
            "cv",
            "Photo trop lourde ({megabytes} Mo) : {limit} Mo au plus. Réduisez-la "
            "ou choisissez-en une autre.",
        ).format(megabytes=megabytes, limit=MAX_PHOTO_FILE_BYTES // (1024 * 1024))
    )


def clean_photo(raw: bytes) -> CvPhoto:
    """The photo to keep from a file's bytes; a French ValidationError if it is not one."""
    if len(raw) > MAX_PHOTO_FILE_BYTES:
        raise photo_too_heavy(len(raw))
    media_type = sniff_media_type(raw)
    if media_type is None:
        raise _refuse(translate("cv", "Ce fichier n'est pas une photo JPEG ou PNG."))
    from PIL import Image, ImageOps  # Pillow comes with reportlab

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: PilImage = Image.open(io.BytesIO(raw))
            if image.width * image.height > MAX_PHOTO_PIXELS:
                raise _refuse(
                    translate(
                        "cv", "Photo trop grande en pixels : choisissez une image plus petite."
                    )
                )
            image.load()
            image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except Exception:  # Pillow raises many kinds for a damaged file
        raise _refuse(translate("cv", "Cette photo est illisible ou abîmée.")) from None
    image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
    data = _encode(image, media_type)
    if media_type == PNG and len(data) > MAX_STORED_BYTES:
        media_type, data = JPEG, _encode(image, JPEG)  # a noisy PNG: a JPEG is 10x smaller
    return CvPhoto(media_type, data, image.width, image.height)


def _encode(image: PilImage, media_type: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    if media_type == JPEG:
        if image.mode not in ("RGB", "L"):
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")  # transparency on the white page
            flat.paste(rgba, mask=rgba.getchannel("A"))
            image = flat
        image.save(out, "JPEG", quality=88, optimize=True)
    else:
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA")
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def photo_from_stored(media_type: str, encoded: str, width: int, height: int) -> CvPhoto | None:
    """A stored (or received) photo, or None when it is blank or not a JPEG/PNG after all."""
    if not encoded or media_type not in (JPEG, PNG):
        return None
    try:
        data = base64.b64decode(encoded, validate=True)
    except ValueError:
        return None
    if sniff_media_type(data) != media_type:
        return None
    return CvPhoto(media_type, data, int(width or 0), int(height or 0))
