from __future__ import annotations

import codecs

import pytest

from hfi_desktop.inference.sniff import is_text, looks_like
from tests.support.paths import example_bytes


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "a PDF document"),
        (b"PK\x03\x04rest", "a ZIP archive (or an Office document)"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "a WAV audio file"),
        (b"\x00\x00\x00\x18ftypM4A ", "an MP4/M4A media file"),
        (b"\x00\x01\x02\x03\xfe\xff", "binary data of an unknown kind"),
        (b"   \n\t ", "a text file with only blank space in it"),
        (b'{"a": 1}', 'a JSON or text file (it starts with \u201c{"a": 1}\u201d)'),
        (
            b"<svg xmlns=...>",
            "an HTML/XML/SVG text file (it starts with \u201c<svg xmlns=...>\u201d)",
        ),
    ],
)
def test_looks_like(data: bytes, expected: str) -> None:
    assert looks_like(data) == expected


def test_examples_are_recognised() -> None:
    assert looks_like(example_bytes("cats.png")) == "a PNG image"
    assert looks_like(example_bytes("sample1.flac")) == "a FLAC audio file"


def test_long_first_line_is_cut() -> None:
    phrase = looks_like(b"x" * 100 + b"\nmore")
    assert phrase == f"a text file (it starts with \u201c{'x' * 40}\u2026\u201d)"


def test_text_detection() -> None:
    assert is_text("naïve café, déjà vu\n".encode())
    assert is_text("naïve".encode("cp1252"))  # not UTF-8, still text
    assert is_text(codecs.BOM_UTF16_LE + "a,b\n".encode("utf-16-le"))
    # A sample cut in the middle of a multi-byte character is still text.
    assert is_text(("é" * 3000).encode()[:4095])
    assert not is_text(example_bytes("cats.png"))
