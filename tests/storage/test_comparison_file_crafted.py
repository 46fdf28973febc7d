"""Crafted .hficompare files are refused early with a reason, never unpacked whole or let
through as a bare Python error: zip bombs (honest or lying headers), nesting too deep for
the JSON parser, numbers JSON does not have or no float can hold."""

from __future__ import annotations

import hashlib
import json
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from hfi_desktop.storage import comparison_file
from hfi_desktop.storage.comparison_file import (
    MANIFEST,
    ComparisonFileError,
    read_comparison,
)

MIB = 1024 * 1024
BOMB_MIB = 64
ZEROS = bytes(MIB)


def manifest_for(files: dict[str, str]) -> dict[str, object]:
    """A comparison whose form refers to ``files`` (key -> sha256)."""
    form = {key: {"$file": digest, "name": f"{key}.bin", "mime": "application/octet-stream",
                  "size": 1} for key, digest in files.items()}
    return {"format": "hfi-comparison", "version": 1, "task": "text-classification",
            "form": form, "parameters": {}, "options": {}, "columns": []}


def zeros_digest(mib: int) -> str:
    digest = hashlib.sha256()
    for _ in range(mib):
        digest.update(ZEROS)
    return digest.hexdigest()


def bomb(path: Path, entries: int, mib_each: int) -> Path:
    """``entries`` files of ``mib_each`` MiB of zeros, deflated (about a thousandth of
    that on disk), each referred to by the manifest; headers honest."""
    digest = zeros_digest(mib_each)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest_for(
            {f"f{i}": digest for i in range(entries)})))
        for index in range(entries):
            with archive.open(f"files/{index:064x}" if index else f"files/{digest}",
                              "w", force_zip64=True) as entry:
                for _ in range(mib_each):
                    entry.write(ZEROS)
    return path


def lie_about_size(path: Path, name: str, size: int) -> None:
    """Rewrite ``name``'s uncompressed size in its local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(name).header_offset
    struct.pack_into("<I", data, offset + 22, size)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        (length,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46:central + 46 + length] == name.encode():
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 1)
    path.write_bytes(bytes(data))


def refusal(path: Path) -> str:
    """Why ``path`` is refused; refused early: without allocating more than a few MB."""
    tracemalloc.start()
    try:
        with pytest.raises(ComparisonFileError) as info:
            read_comparison(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * MIB, f"{peak / MIB:.0f} MiB allocated before refusing"
    return str(info.value)


def test_a_bomb_is_refused_by_its_ratio_before_anything_is_unpacked(
        tmp_path: Path) -> None:
    path = bomb(tmp_path / "bomb.hficompare", 1, BOMB_MIB)
    assert path.stat().st_size < BOMB_MIB * MIB // 500
    message = refusal(path)
    assert message.startswith("bomb.hficompare cannot be opened: it would unpack to 64 MB from ")
    assert "times its size" in message


def test_many_small_bombs_are_refused_by_their_total_ratio(
        tmp_path: Path) -> None:
    path = bomb(tmp_path / "bombs.hficompare", 32, 2)
    assert refusal(path).startswith("bombs.hficompare cannot be opened: it would unpack to 64 MB")


def test_an_honest_file_over_the_total_limit_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(comparison_file, "MAX_TOTAL_BYTES", 4 * MIB)
    data = bytes(range(256)) * (5 * MIB // 256)  # stored: no ratio at all
    path = tmp_path / "big.hficompare"
    with zipfile.ZipFile(path, "w") as archive:
        digest = hashlib.sha256(data).hexdigest()
        archive.writestr(MANIFEST, json.dumps(manifest_for({"f": digest})))
        archive.writestr(f"files/{digest}", data)
    del data
    assert refusal(path) == (
        "big.hficompare is too large to open: it would unpack to 5 MB (at most 4 MB)")


def test_a_file_whose_header_understates_its_size_stops_at_that_size(
        tmp_path: Path) -> None:
    path = bomb(tmp_path / "liar.hficompare", 1, BOMB_MIB)
    with zipfile.ZipFile(path) as archive:
        [name] = [n for n in archive.namelist() if n.startswith("files/")]
    lie_about_size(path, name, 1000)
    assert refusal(path).startswith("liar.hficompare is damaged: files/")


def test_a_manifest_whose_header_understates_its_size_is_damaged_not_foreign(
        tmp_path: Path) -> None:
    path = tmp_path / "liar.hficompare"
    with (zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
          archive.open(MANIFEST, "w") as entry):
        entry.write(b'{"format": "hfi-comparison", "version": 1, "x": "')
        for _ in range(BOMB_MIB):
            entry.write(b" " * MIB)
        entry.write(b'"}')
    lie_about_size(path, MANIFEST, 100)
    assert refusal(path).startswith("liar.hficompare is damaged: manifest.json")


def crafted(path: Path, manifest_text: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_text)
    return path


HEAD = '{"format": "hfi-comparison", "version": 1, "task": "text-classification", "columns": []'


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (HEAD + ', "form": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}",
         "its manifest is nested too deeply"),
        (HEAD + ', "form": {"x": ' + "[" * 900 + "]" * 900 + "}}",  # parsed, too deep to use
         "its manifest is nested too deeply"),
        (HEAD + ', "reference": 1e400}', "its manifest holds a number out of range: 1e400"),
        (HEAD + ', "saved_at": -1e400}', "its manifest holds a number out of range: -1e400"),
        (HEAD + ', "reference": Infinity}', "its manifest holds Infinity, which is not a JSON"),
        (HEAD + ', "reference": NaN}', "its manifest holds NaN, which is not a JSON number"),
        (HEAD + ', "reference": ' + "9" * 5000 + "}", "damaged manifest"),
        (HEAD + ', "reference": "first"}', "damaged (ValueError"),
        ('{"format": "hfi-comparison", "version": 1, "task": "t", "columns": [7]}',
         "damaged"),
    ],
    ids=["nested-100k", "nested-900", "1e400", "-1e400", "Infinity", "NaN", "5000-digits",
         "text-reference", "column-not-an-object"],
)
def test_a_crafted_manifest_is_refused_with_a_reason(
        tmp_path: Path, manifest: str, message: str) -> None:
    path = crafted(tmp_path / "crafted.hficompare", manifest)
    with pytest.raises(ComparisonFileError) as info:
        read_comparison(path)
    assert str(info.value).startswith("crafted.hficompare")
    assert message in str(info.value)


def test_whatever_else_a_crafted_file_breaks_is_a_comparison_file_error(tmp_path: Path) -> None:
    """Here a damaged LZMA entry (zipfile lets lzma.LZMAError through)."""
    path = tmp_path / "lzma.hficompare"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_LZMA) as archive:
        archive.writestr(MANIFEST, HEAD + "}" + " " * 1000)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(MANIFEST)
    start = info.header_offset + 30 + len(MANIFEST) + 4  # past the header and LZMA's own
    data[start:start + 20] = b"\xff" * 20
    path.write_bytes(bytes(data))
    with pytest.raises(ComparisonFileError, match=r"^lzma\.hficompare cannot be opened \("):
        read_comparison(path)
