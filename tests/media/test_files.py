from __future__ import annotations

from pathlib import Path

import pytest

from hfi_desktop.media import MediaError, load_file
from tests.support.paths import example


def test_mime_from_content(tmp_path: Path) -> None:
    path = tmp_path / "picture.dat"
    path.write_bytes(example("cheetah.png").read_bytes())
    loaded = load_file(str(path), max_bytes=1 << 20)
    assert (loaded.file.name, loaded.file.mime, loaded.file.path) == (
        "picture.dat",
        "image/png",
        str(path),
    )
    assert loaded.description == "A PNG image · image/png · 178.5 KB"


def test_mime_from_the_name_for_text_and_unknown_bytes() -> None:
    assert load_file(b'{"a": 1}', name="x.json", max_bytes=100).file.mime == "application/json"
    assert load_file(b"hello", name="notes", max_bytes=100).file.mime == "text/plain"
    unknown = load_file(b"\x00\x01\x02", name="blob", max_bytes=100)
    assert unknown.file.mime == "application/octet-stream"
    assert unknown.description == "A file · application/octet-stream · 3 bytes"


def test_refusals(tmp_path: Path) -> None:
    empty = tmp_path / "e.bin"
    empty.touch()
    with pytest.raises(MediaError, match=r"^e.bin is empty \(0 bytes\)\.$"):
        load_file(str(empty), max_bytes=10)
    with pytest.raises(MediaError, match="the limit is 10 bytes"):
        load_file(b"x" * 11, name="big.bin", max_bytes=10)
    with pytest.raises(MediaError, match="is a folder"):
        load_file(str(tmp_path), max_bytes=10)
