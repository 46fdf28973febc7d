"""atomic_write: the target is the old file or the new one, never a mix or a cut."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import BinaryIO

import pytest

from hfi_desktop.storage import atomic
from hfi_desktop.storage.atomic import (
    atomic_write,
    is_temp_name,
    remove_stale_temps,
    temp_name,
)


def _names(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_writes_bytes_text_and_callbacks(tmp_path: Path) -> None:
    assert atomic_write(tmp_path / "a.bin", b"\x00\x01") == tmp_path / "a.bin"
    atomic_write(tmp_path / "b.txt", "héllo")
    atomic_write(tmp_path / "c.bin", lambda f: f.write(b"from a writer"))
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.txt").read_bytes() == "héllo".encode()
    assert (tmp_path / "c.bin").read_bytes() == b"from a writer"
    assert _names(tmp_path) == ["a.bin", "b.txt", "c.bin"]  # no temp files left


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_writer_failing_half_way_leaves_the_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "result.png"
    target.write_bytes(b"GOOD" * 1000)

    def half_then_fail(file: BinaryIO) -> None:
        file.write(b"BAD!" * 500)
        file.flush()
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"GOOD" * 1000
    assert _names(tmp_path) == ["result.png"]  # the temp file was removed


def test_a_failing_first_write_leaves_nothing(tmp_path: Path) -> None:
    def fail(file: BinaryIO) -> None:
        file.write(b"partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        atomic_write(tmp_path / "new.json", fail)
    assert _names(tmp_path) == []


def test_a_failing_rename_leaves_the_old_file_and_no_temp(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.txt"
    target.write_text("old")

    def broken_replace(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    assert _names(tmp_path) == ["x.txt"]


def test_no_overwrite_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_text("mine")
    with pytest.raises(FileExistsError):
        atomic_write(target, "theirs", overwrite=False)
    assert target.read_text() == "mine"
    atomic_write(tmp_path / "y.txt", "new", overwrite=False)
    assert (tmp_path / "y.txt").read_text() == "new"
    assert _names(tmp_path) == ["x.txt", "y.txt"]


def test_no_overwrite_loses_a_race_cleanly(tmp_path: Path) -> None:
    """A file appearing while the bytes are written is not replaced."""
    target = tmp_path / "race.txt"

    def writer(file: BinaryIO) -> None:
        file.write(b"late")
        target.write_text("early bird")  # another program got there first

    with pytest.raises(FileExistsError):
        atomic_write(target, writer, overwrite=False)
    assert target.read_text() == "early bird"
    assert _names(tmp_path) == ["race.txt"]


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    with pytest.raises(IsADirectoryError):
        atomic_write(tmp_path / "d", b"x")


def test_temp_names_are_hidden_and_recognisable() -> None:
    name = temp_name("cats.png")
    assert name.startswith(".cats.png.") and name.endswith(".partial")
    assert is_temp_name(name)
    assert not is_temp_name("cats.png")
    long = temp_name("é" * 200 + ".png")
    assert len(long.encode()) < 255 and is_temp_name(long)


def test_temps_of_dead_processes_are_removed_on_the_next_save(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".out.json.{dead_pid}.0123abcd.partial"
    stale.write_bytes(b"half")
    mine = tmp_path / f".out.json.{os.getpid()}.89abcdef.partial"
    mine.write_bytes(b"in progress")
    other_target = tmp_path / f".other.json.{dead_pid}.0123abcd.partial"
    other_target.write_bytes(b"not ours to judge")
    atomic_write(tmp_path / "out.json", b"{}")
    assert not stale.exists()
    assert mine.exists()  # a live process's temp file is left alone
    assert other_target.exists()  # another target's: cleaned when that one is saved
    assert remove_stale_temps(tmp_path / "other.json") == [other_target]
