"""Images attached to a chat message: in a format chat models take."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from hfi_desktop.media import MediaError, load_chat_image


def encoded(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (12, 8), (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


def test_png_jpeg_gif_webp_are_sent_as_they_are() -> None:
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")):
        data = encoded(fmt)
        loaded = load_chat_image(data, name=f"a.{fmt.lower()}", max_bytes=10**6)
        assert loaded.file.data == data and loaded.file.mime == mime


def test_other_formats_are_converted_to_png(qapp: object) -> None:
    loaded = load_chat_image(encoded("BMP"), name="scan.bmp", max_bytes=10**6)
    assert loaded.file.name == "scan.png" and loaded.file.mime == "image/png"
    assert Image.open(io.BytesIO(loaded.file.data)).size == (12, 8)
    assert not loaded.thumbnail.isNull()


def test_what_is_not_an_image_is_refused() -> None:
    with pytest.raises(MediaError, match="not an image"):
        load_chat_image(b"hello there", name="notes.txt", max_bytes=10**6)
