"""The app's one decoder of untrusted images (hfi_desktop.image_decode), and its users:
input files (media), results (present) and exports (storage) refuse alike."""

from __future__ import annotations

import io
import re
import warnings
import zlib

import pytest
from PIL import Image

from hfi_desktop.image_decode import ImageError, decoding, load_image, open_image
from hfi_desktop.media import MediaError
from hfi_desktop.media import load_image as load_input
from hfi_desktop.present import PresentError
from hfi_desktop.present.images import decode_image
from hfi_desktop.storage.export.media import open_image as open_export
from hfi_desktop.storage.export.source import ExportError
from tests.support.paths import example_bytes

CATS = example_bytes("cats.png")  # 640 x 420


def _png(size: tuple[int, int], mode: str = "L") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def _refusal(data: bytes, name: str = "x.png") -> ImageError:
    with pytest.raises(ImageError) as caught:
        load_image(data, name)
    assert caught.value.name == name
    return caught.value


def test_a_good_image_is_decoded() -> None:
    image = load_image(CATS, "cats.png")
    assert (image.size, image.format) == ((640, 420), "PNG")
    assert image.getpixel((10, 10)) is not None


def test_an_empty_file() -> None:
    error = _refusal(b"", "blank.png")
    assert (str(error), error.problem) == ("blank.png is empty (0 bytes)", "empty")


@pytest.mark.parametrize(("data", "looks"), [
    (b"\x00\x01\x02\x03\xfe\xff" * 10, "binary data of an unknown kind"),  # unknown magic
    (b"%PDF-1.7\n...", "a PDF document"),
    (b"fLaC\x00\x00\x00\x22" + bytes(40), "a FLAC audio file"),
    (b"<html>not found</html>", "an HTML/XML/SVG text file (it starts with \u201c<html>"),
])
def test_not_an_image_says_what_it_looks_like(data: bytes, looks: str) -> None:
    error = _refusal(data, "in.png")
    assert error.problem == "not an image"
    assert str(error).startswith(f"in.png is not an image: it looks like {looks}")


@pytest.mark.parametrize("data", [
    CATS[:2000],  # cut inside the image data
    CATS[:60],  # cut inside the header chunks
    b"\x89PNG\r\n\x1a\n" + b"garbage" * 5,  # the signature, then nothing readable
])
def test_truncated_or_damaged_png(data: bytes) -> None:
    error = _refusal(data, "cut.png")
    assert error.problem == "damaged"
    assert str(error).startswith("cut.png looks like a PNG file but is damaged or incomplete (")


def test_truncated_jpeg() -> None:
    buffer = io.BytesIO()
    Image.effect_noise((64, 64), 60).convert("RGB").save(buffer, "JPEG")
    data = buffer.getvalue()
    error = _refusal(data[: len(data) // 2], "photo.jpg")
    assert str(error).startswith("photo.jpg looks like a JPEG file but is damaged or incomplete")


def test_a_decompression_bomb() -> None:
    # A real bomb: 100,000 x 100,000 pixels in a few KB; Pillow's limit is ~89 megapixels.
    header = _png((1, 1))
    ihdr = b"IHDR" + (100_000).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    chunk = (13).to_bytes(4, "big") + ihdr + zlib.crc32(ihdr).to_bytes(4, "big")
    bomb = header[:8] + chunk + header[8 + 25:]
    assert len(bomb) < 1000
    error = _refusal(bomb, "bomb.png")
    assert error.problem == "too large"
    assert "bomb.png is too large to open safely (more than 89.5 megapixels" in str(error)
    assert "decompression bomb" in str(error)


@pytest.mark.parametrize("warning_filter", ["error", "ignore", "default"])
def test_above_the_limit_is_refused_whatever_the_warnings_filter(
        monkeypatch: pytest.MonkeyPatch, warning_filter: str) -> None:
    # Between the limit and twice it Pillow only warns: the limit is the one refused at.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 200_000)  # cats: 268,800
    with warnings.catch_warnings(record=True):
        warnings.simplefilter(warning_filter, Image.DecompressionBombWarning)
        error = _refusal(CATS, "cats.png")
    assert error.problem == "too large"
    if warning_filter != "error":
        assert str(error).startswith("cats.png is 640 \u00d7 420 pixels, which is too large")


def test_open_reads_the_header_only_and_load_finds_the_damage() -> None:
    image = open_image(CATS[:2000], "cut.png")  # the size is in the header
    assert image.size == (640, 420)
    with pytest.raises(ImageError, match=r"^cut\.png looks like a PNG file but is damaged"), \
            decoding("cut.png", "PNG"):
        image.load()


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "is empty (0 bytes)"),
    (b"just text", "is not an image: it looks like a text file"),
    (CATS[:2000], "looks like a PNG file but is damaged or incomplete"),
])
def test_every_layer_refuses_alike(data: bytes, problem: str) -> None:
    with pytest.raises(PresentError, match=re.escape(f"the result {problem}")):
        decode_image(data, what="the result")
    with pytest.raises(ExportError, match=re.escape(f"the result {problem}")):
        open_export(data, "the result")
    if data:  # media refuses 0 bytes before decoding, in the same words
        with pytest.raises(MediaError, match=re.escape(f"in.png {problem}")):
            load_input(data, name="in.png", max_bytes=10**7)


def test_exports_keep_to_the_same_pixel_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Exports used to allow twice the limit; one policy now: results above it are refused
    # for display already, so they are refused for export too.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 200_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with pytest.raises(ExportError, match="too large to open safely"):
            open_export(CATS, "the image")
        with pytest.raises(PresentError, match="too large to open safely"):
            decode_image(CATS, what="the image")
