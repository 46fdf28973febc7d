"""Decoding images and masks (hfi_desktop.present.images, _png)."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from hfi_desktop.present import PresentError
from hfi_desktop.present._png import repair_truncated_png
from hfi_desktop.present.images import decode_image, decode_mask
from tests.support.paths import example_bytes
from tests.support.tapes import tape


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_decode_keeps_alpha_and_size() -> None:
    decoded = decode_image(example_bytes("cats.png"))
    assert (decoded.width, decoded.height, decoded.format) == (640, 420, "PNG")
    assert decoded.image.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert decoded.scale == 1.0


def test_decode_rgb_and_palette_images() -> None:
    bird = decode_image(example_bytes("bird_canny.png"))
    assert bird.image.format() == QImage.Format.Format_RGB32
    invoice = decode_image(example_bytes("invoice.png"))  # palette ("P") PNG
    assert invoice.image.size().toTuple() == (750, 1061)


def test_large_images_are_scaled_down_but_keep_their_original_size() -> None:
    decoded = decode_image(example_bytes("invoice.png"), max_side=500)
    assert (decoded.width, decoded.height) == (750, 1061)
    assert max(decoded.image.width(), decoded.image.height()) == 500
    assert decoded.scale == pytest.approx(decoded.image.width() / 750)


def test_jpeg_pixels_are_right() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 30, 40)).save(buffer, "JPEG", quality=95)
    decoded = decode_image(buffer.getvalue())
    assert (decoded.format, decoded.mime) == ("JPEG", "image/jpeg")
    colour = decoded.image.pixelColor(10, 10)
    assert abs(colour.red() - 200) < 8 and abs(colour.green() - 30) < 8


def test_mask_is_tinted_and_sized() -> None:
    mask = Image.new("L", (4, 2), 0)
    mask.putpixel((1, 0), 255)
    decoded = decode_mask(
        base64.b64encode(png(mask)).decode(), colour="#ff0000", size=(8, 4), what="m"
    )
    assert decoded.image.size().toTuple() == (8, 4)
    assert decoded.coverage == pytest.approx(4 / 32)  # 1 pixel of 8, scaled twice each way
    assert decoded.image.pixelColor(2, 0).name() == "#ff0000"
    assert decoded.image.pixelColor(2, 0).alpha() == 255
    assert decoded.image.pixelColor(0, 0).alpha() == 0
    assert not decoded.truncated


def test_truncated_mask_keeps_its_rows() -> None:
    encoded = tape("53221439").response_json()[0]["mask"]
    decoded = decode_mask(encoded, colour="#00ff00", size=None, what="m")
    assert decoded.truncated
    assert decoded.image.size().toTuple() == (640, 420)
    assert decoded.image.pixelColor(5, 5).alpha() == 255  # set, in the rows that survived
    assert decoded.image.pixelColor(5, 415).alpha() == 0  # lost rows are empty


def test_repair_gives_up_on_what_it_cannot_mend() -> None:
    assert repair_truncated_png(b"GIF89a") is None
    assert repair_truncated_png(b"\x89PNG\r\n\x1a\n\x00\x00") is None  # no header
    full = png(Image.new("L", (3, 3), 255))
    assert repair_truncated_png(full[:40]) is None  # no image data at all


def test_repaired_png_is_a_valid_png() -> None:
    full = png(Image.effect_noise((64, 64), 50).convert("L"))
    repaired = repair_truncated_png(full[: len(full) // 2])
    assert repaired is not None
    image = Image.open(io.BytesIO(repaired))
    image.load()
    assert image.size == (64, 64)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"hello", "the image is not an image: it looks like a text file"),
        (example_bytes("cats.png")[:2000],
         "the image looks like a PNG file but is damaged or incomplete"),
    ],
)
def test_bad_images(data: bytes, message: str) -> None:
    with pytest.raises(PresentError, match=message):
        decode_image(data, what="the image")
