"""Which photo files are accepted for a CV, and what is kept of them."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from reconv_desktop.domain.cv_photo import (
    MAX_PHOTO_FILE_BYTES,
    PHOTO_MAX_SIDE,
    clean_photo,
    photo_from_stored,
)
from reconv_desktop.errors import ValidationError

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def tiny_image(fmt: str = "PNG", size: tuple[int, int] = (24, 30), exif: bool = False) -> bytes:
    """A small flat-colour picture (no face, obviously)."""
    image = Image.new("RGB", size, "#8FB3C9")
    image.paste("#34506A", (0, size[1] // 2, size[0], size[1]))
    out = io.BytesIO()
    if exif:
        tags = Image.Exif()
        tags[0x010F] = "Appareil Fictif Łódź"  # Make
        image.save(out, fmt, exif=tags)
    else:
        image.save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize(("fmt", "media_type"), [("PNG", "image/png"), ("JPEG", "image/jpeg")])
def test_png_and_jpeg_are_kept_in_their_format(fmt: str, media_type: str) -> None:
    photo = clean_photo(tiny_image(fmt))
    assert photo.media_type == media_type
    assert (photo.width, photo.height) == (24, 30)
    assert photo.data_uri().startswith(f"data:{media_type};base64,")


def test_a_large_picture_is_downscaled_and_loses_its_exif() -> None:
    raw = tiny_image("JPEG", (1600, 2000), exif=True)
    assert b"Appareil Fictif" in raw
    photo = clean_photo(raw)
    assert max(photo.width, photo.height) == PHOTO_MAX_SIDE
    assert b"Appareil Fictif" not in photo.data  # camera, date, GPS never enter the vault
    assert len(photo.data) < len(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"%PDF-1.7 pas une photo", "n'est pas une photo JPEG ou PNG"),
        ("Łukasz Wójcik\n".encode() * 10, "n'est pas une photo JPEG ou PNG"),
        (PNG_MAGIC + b"\x00" * 64, "illisible ou abîmée"),
        (b"\xff\xd8\xff" + b"\x00" * 64, "illisible ou abîmée"),
        (PNG_MAGIC + b"\x00" * MAX_PHOTO_FILE_BYTES, "trop lourde (2,0 Mo)"),
    ],
)
def test_what_is_not_a_usable_photo_is_refused_in_french(raw: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        clean_photo(raw)


@settings(max_examples=60)
@given(st.sampled_from([b"", PNG_MAGIC, b"\xff\xd8\xff"]), st.binary(max_size=400))
def test_the_validator_never_crashes(prefix: bytes, tail: bytes) -> None:
    try:
        photo = clean_photo(prefix + tail)
    except ValidationError as exc:
        assert exc.message
    else:
        assert photo.media_type in ("image/jpeg", "image/png")


def test_a_received_row_that_is_not_an_image_reads_as_no_photo() -> None:
    assert photo_from_stored("image/png", "bm90IGFuIGltYWdl", 10, 10) is None  # "not an image"
    assert photo_from_stored("image/png", "%%%", 10, 10) is None
    assert photo_from_stored("", "", 0, 0) is None
