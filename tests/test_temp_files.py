"""The app's one temporary folder per process (hfi_desktop.temp_files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hfi_desktop import temp_files


@pytest.fixture(autouse=True)
def own_temp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(temp_files, "_folder", None)
    monkeypatch.setattr(temp_files.tempfile, "tempdir", str(tmp_path))


def test_one_private_folder_made_once(tmp_path: Path) -> None:
    folder = temp_files.temp_folder()
    assert folder.is_dir() and folder.parent == tmp_path
    assert folder.name.startswith("hfi-desktop-")
    assert folder.stat().st_mode & 0o077 == 0  # only the user can look inside
    assert temp_files.temp_folder() == folder


def test_made_again_when_removed() -> None:
    first = temp_files.temp_folder()
    shutil.rmtree(first)
    again = temp_files.temp_folder()
    assert again.is_dir() and again != first


def test_paths_are_fresh_and_files_never_overwritten() -> None:
    path = temp_files.temp_path("clip", ".wav")
    assert not path.exists() and path.parent == temp_files.temp_folder()
    assert path.name.startswith("clip-") and path.suffix == ".wav"
    assert temp_files.temp_path("clip", ".wav") != path
    written = temp_files.write_temp_file("clip", ".wav", b"RIFF")
    assert written.read_bytes() == b"RIFF"
    assert written.parent == temp_files.temp_folder()


def test_a_file_is_never_written_over(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = temp_files.write_temp_file("clip", ".wav", b"first")
    monkeypatch.setattr(temp_files, "temp_path", lambda stem, suffix: taken)
    with pytest.raises(FileExistsError):
        temp_files.write_temp_file("clip", ".wav", b"second")
    assert taken.read_bytes() == b"first"
