"""The one table of file signatures (hfi_desktop.inference.sniff), used by every layer."""

from __future__ import annotations

import codecs

import pytest

from hfi_desktop.inference import sniff_mime
from hfi_desktop.inference._providers import sniff_type
from hfi_desktop.inference.sniff import looks_like
from hfi_desktop.present.result_type import sniff_mime as sniff_result
from tests.support.paths import example_bytes


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff\xe0", "image/jpeg"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image/webp"),
        (b"RIFF\0\0\0\0WAVEfmt ", "audio/wav"),
        (b"fLaC", "audio/flac"),
        (b"ID3\x04", "audio/mpeg"),
        (b"\xff\xfb\x90\x00", "audio/mpeg"),  # an MP3 frame, no ID3 tag
        (b"\xff\xf3\x90\x00", "audio/mpeg"),
        (b"OggS", "audio/ogg"),
        (b"%PDF-1.7", "application/pdf"),
        (b"\x00\x00\x00\x18ftypisom", "video/mp4"),
        (b"\x1a\x45\xdf\xa3", "video/webm"),
    ],
)
def test_known_signatures(data: bytes, mime: str) -> None:
    assert sniff_mime(data) == mime


@pytest.mark.parametrize(
    "data",
    [
        b"",  # 0 bytes
        b"\x89PN",  # a signature cut short
        b"\x00\x01\x02\x03\xfe\xff",  # unknown magic
        b"hello",
        b"XXXX\0\0\0\0WEBPVP8 ",  # WEBP where RIFF should be, but no RIFF
        codecs.BOM_UTF16_LE + "a,b\n".encode("utf-16-le"),  # FF FE: text, not an MP3 frame
        b"\xff",
    ],
)
def test_unknown_or_hostile_data_is_none(data: bytes) -> None:
    assert sniff_mime(data) is None


def test_containers_are_audio_when_audio_is_expected() -> None:
    mp4 = b"\x00\x00\x00\x20ftypM4A "
    webm = b"\x1a\x45\xdf\xa3\x9f"
    assert sniff_mime(mp4, "audio/") == "audio/mp4"
    assert sniff_mime(webm, "audio/wav") == "audio/webm"
    assert sniff_mime(mp4, "image/png") == "video/mp4"


def test_every_user_reads_the_same_table() -> None:
    flac = example_bytes("sample1.flac")
    assert sniff_mime(flac) == sniff_result(flac) == sniff_type(flac, "x") == "audio/flac"
    assert looks_like(flac) == "a FLAC audio file"
    assert sniff_type(b"???", "image/png") == "image/png"  # the client's default
    assert sniff_type(b"\x1a\x45\xdf\xa3", "audio/ogg") == "audio/webm"
    assert sniff_result(b"\x1a\x45\xdf\xa3") == "audio/webm"  # results: audio
    assert looks_like(b"\x1a\x45\xdf\xa3") == "a WebM/Matroska media file"
