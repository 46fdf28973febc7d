"""File names from server data: whatever a label or model id holds, the file stays inside
the chosen folder, is one plain component, and never takes a taken name."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hfi_desktop.storage.filenames import (
    MAX_NAME_BYTES,
    UnsafePathError,
    model_slug,
    numbered,
    safe_join,
    sanitize_filename,
    sanitize_name,
    unique_name,
    unique_path,
)

MALICIOUS = [
    "../../etc/passwd", "..", ".", "...", "/etc/passwd", "C:\\Windows\\system32", "a/b", "a\\b",
    "\x00", "nul\x00byte", "CON", "con.txt", "Com1", "LPT9.png", "aux ", "  ", "", ".hidden",
    "name.", "x" * 1000, "é" * 400, "ﬁle", "a\u202egnp.exe", "line\nbreak", "tab\there",
    "C:evil", "~", "a:b", "<script>", "..\\..\\boot.ini", "COM¹",
]


@pytest.mark.parametrize("label", MALICIOUS)
def test_malicious_labels_become_one_harmless_component(tmp_path: Path, label: str) -> None:
    name = sanitize_name(label)
    assert name and name not in (".", "..")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", " ")) and not name.endswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.split(".")[0].strip().upper() not in {"CON", "NUL", "AUX", "COM1", "LPT9",
                                                       "COM¹"}
    path = safe_join(tmp_path, name)
    assert path.parent == tmp_path.resolve()
    path.write_bytes(b"ok")  # a real file system accepts it
    assert path.read_bytes() == b"ok"


def test_examples() -> None:
    assert sanitize_name("../../etc/passwd") == "_.._etc_passwd"
    assert sanitize_name("CON") == "_CON"
    assert sanitize_name("a/b") == "a_b"
    assert sanitize_name("\x00") == "untitled"
    assert sanitize_name("\x00", fallback="mask") == "mask"
    assert sanitize_name("e\u0301t\u00e9") == "\u00e9t\u00e9"  # NFC
    assert sanitize_name("a\u202egnp.exe") == "agnp.exe"  # no bidi override
    assert sanitize_name("  many   spaces\t") == "many spaces"
    assert sanitize_filename("cat", ".png") == "cat.png"
    assert sanitize_filename("", ".png") == "untitled.png"
    long = sanitize_filename("x" * 500, ".png")
    assert long.endswith(".png") and len(long.encode()) <= MAX_NAME_BYTES


def test_model_slugs() -> None:
    assert model_slug("facebook/detr-resnet-50") == "facebook--detr-resnet-50"
    assert model_slug("gpt2") == "gpt2"
    assert model_slug("https://x.example.com:8443/v1/models?token=abc") == \
        "x.example.com--v1--models"
    assert model_slug("") == "model"
    slug = model_slug("../../..")
    assert "/" not in slug and not slug.startswith(".") and slug not in ("", "..")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_name_inside_the_folder(text: str) -> None:
    name = sanitize_name(text)
    assert name and name not in (".", "..")
    assert os.sep not in name and "/" not in name and "\\" not in name
    assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert sanitize_name(name) == name  # stable
    root = Path("/tmp/hfi-export-root")
    assert safe_join(root, name).parent == root.resolve()


@settings(max_examples=100, deadline=None)
@given(st.text(), st.sampled_from([".png", ".json", ".csv", ".flac"]))
def test_any_stem_keeps_its_extension(stem: str, extension: str) -> None:
    name = sanitize_filename(stem, extension)
    assert name.endswith(extension)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("part", ["..", ".", "a/b", "a\\b", "/abs", "", "x\x00y", "C:x"])
def test_safe_join_refuses_anything_but_a_plain_name(tmp_path: Path, part: str) -> None:
    with pytest.raises(UnsafePathError):
        safe_join(tmp_path, part)


def test_safe_join_refuses_a_symlink_out_of_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "root"
    outside = tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "link").symlink_to(outside)
    (root / "file-link").symlink_to(outside / "target.txt")
    (root / "inside").mkdir()
    (root / "inner-link").symlink_to(root / "inside")
    with pytest.raises(UnsafePathError):
        safe_join(root, "link", "x.png")
    with pytest.raises(UnsafePathError):
        safe_join(root, "file-link")
    assert safe_join(root, "inner-link", "x.png") == root.resolve() / "inner-link" / "x.png"
    assert safe_join(root, "sub", "x.png") == root.resolve() / "sub" / "x.png"


def test_unique_names() -> None:
    assert numbered("cat.png", 2) == "cat (2).png"
    assert numbered("README", 3) == "README (3)"
    assert numbered(".png", 2) == ".png (2)"
    assert unique_name("cat.png", []) == "cat.png"
    assert unique_name("cat.png", ["CAT.PNG"]) == "cat (2).png"
    assert unique_name("cat.png", ["cat.png", "cat (2).png"]) == "cat (3).png"


def test_unique_path_skips_existing_files(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("1")
    (tmp_path / "a (2).json").write_text("2")
    assert unique_path(tmp_path / "a.json") == tmp_path / "a (3).json"
    assert unique_path(tmp_path / "b.json") == tmp_path / "b.json"
    assert unique_path(tmp_path / "b.json", ["B.json"]) == tmp_path / "b (2).json"
