"""The content store: files by sha256, atomic writes, the size cap, garbage collection."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from hfi_desktop.storage.history.content_store import (
    GC_GRACE_S,
    OWNERS_DIR_NAME,
    PINS_DIR_NAME,
    STALE_TEMP_S,
    TMP_DIR_NAME,
    ContentStore,
    file_ref,
)
from hfi_desktop.storage.history.owners import Owner


def age(path: Path, seconds: float) -> None:
    """Make ``path`` look last written ``seconds`` ago."""
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


def test_put_stores_once_by_content_in_fan_out_folders(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    data = b"\x89PNG fake image bytes"
    ref = store.put(data, "cats.png", "image/png")
    sha = hashlib.sha256(data).hexdigest()
    assert (ref.sha256, ref.name, ref.mime, ref.size, ref.stored) == (
        sha, "cats.png", "image/png", len(data), True)
    assert store.path_of(sha) == tmp_path / sha[:2] / sha[2:4] / sha
    assert store.get(ref) == data

    again = store.put(data, "other-name.png", "image/png")
    assert again.sha256 == sha and again.name == "other-name.png"
    assert store.hashes() == {sha}
    assert store.total_bytes == len(data)
    assert not any((tmp_path / TMP_DIR_NAME).iterdir()), "no temporary file left behind"


def test_get_refuses_missing_unstored_and_damaged_files(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    ref = store.put(b"hello world", "a.txt", "text/plain")
    assert store.get(file_ref(b"never stored", "b.txt", "text/plain")) is None
    assert store.get(file_ref(b"hello world", "a.txt", "text/plain", stored=False)) is None
    store.path_of(ref.sha256).write_bytes(b"hello")  # truncated by something else
    assert store.get(ref) is None


def test_a_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    store = ContentStore(tmp_path, max_bytes=100)
    ref = store.put(b"x" * 101, "big.bin", "application/octet-stream")
    assert not ref.stored
    assert ref.size == 101 and ref.sha256 == hashlib.sha256(b"x" * 101).hexdigest()
    assert store.hashes() == set()


def test_room_is_made_by_evicting_unreferenced_files_oldest_first(tmp_path: Path) -> None:
    referenced: set[str] = set()
    store = ContentStore(tmp_path, max_bytes=100, referenced=lambda: referenced)
    old = store.put(b"a" * 40, "old", "x/y")
    used = store.put(b"b" * 40, "used", "x/y")
    referenced.add(used.sha256)
    os.utime(store.path_of(old.sha256), (1, 1))  # the oldest
    new = store.put(b"c" * 40, "new", "x/y")
    assert new.stored
    assert store.hashes() == {used.sha256, new.sha256}, "the unreferenced old file went"
    assert store.total_bytes == 80

    referenced.add(new.sha256)
    refused = store.put(b"d" * 40, "refused", "x/y")
    assert not refused.stored, "referenced files are never evicted"
    assert store.hashes() == {used.sha256, new.sha256}


def test_keep_protects_the_files_of_the_run_being_recorded(tmp_path: Path) -> None:
    store = ContentStore(tmp_path, max_bytes=100)
    first = store.put(b"a" * 60, "first", "x/y")
    second = store.put(b"b" * 60, "second", "x/y", keep={first.sha256})
    assert first.stored and not second.stored
    assert store.hashes() == {first.sha256}


def test_gc_removes_what_no_run_refers_to(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    kept = store.put(b"kept", "k", "x/y")
    dropped = store.put(b"dropped", "d", "x/y")
    age(store.path_of(dropped.sha256), GC_GRACE_S + 60)
    assert store.gc({kept.sha256}) == len(b"dropped")
    assert store.hashes() == {kept.sha256}
    assert store.total_bytes == len(b"kept")


def test_gc_spares_recent_files_unless_told_they_are_free(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    recent = store.put(b"recent", "r", "x/y")  # perhaps another instance's, uncommitted
    assert store.gc(set()) == 0
    assert store.hashes() == {recent.sha256}
    assert store.gc(set(), free={recent.sha256}) == len(b"recent")  # its run was deleted
    assert store.hashes() == set()


def test_files_put_are_spared_until_their_run_is_committed(tmp_path: Path) -> None:
    writer, other = ContentStore(tmp_path), ContentStore(tmp_path)  # two instances
    ref = writer.put(b"result", "r", "x/y")
    age(writer.path_of(ref.sha256), GC_GRACE_S + 60)
    assert other.gc(set(), free={ref.sha256}) == 0, "pinned until its run is committed"
    writer.release([ref.sha256])  # (the history committed the run, then it was deleted)
    assert other.gc(set(), free={ref.sha256}) == len(b"result")


def test_the_pins_of_an_instance_that_is_gone_do_not_count(tmp_path: Path) -> None:
    writer, other = ContentStore(tmp_path), ContentStore(tmp_path)
    ref = writer.put(b"result", "r", "x/y")
    gone = writer.owner
    gone.close()  # as its process ending does
    assert other.gc(set(), free={ref.sha256}) == len(b"result")
    assert not (tmp_path / PINS_DIR_NAME / gone.id).exists(), "its pins are litter"


def test_temporary_files_left_by_a_crash_are_removed_on_first_use(tmp_path: Path) -> None:
    (tmp_path / TMP_DIR_NAME).mkdir()
    gone = Owner(tmp_path / OWNERS_DIR_NAME)
    gone.close()
    of_a_gone_owner = tmp_path / TMP_DIR_NAME / f"abc.{gone.id}.half-written"
    unknown_old = tmp_path / TMP_DIR_NAME / "abc.123.half-written"
    unknown_recent = tmp_path / TMP_DIR_NAME / "def.456.half-written"
    for leftover in (of_a_gone_owner, unknown_old, unknown_recent):
        leftover.write_bytes(b"half")
    age(unknown_old, STALE_TEMP_S + 60)
    store = ContentStore(tmp_path)
    assert store.total_bytes == 0
    assert not of_a_gone_owner.exists() and not unknown_old.exists()
    assert unknown_recent.exists(), "whose it is is unknown: left until it is old"


def test_path_of_refuses_what_is_not_a_hash(tmp_path: Path) -> None:
    store = ContentStore(tmp_path)
    with pytest.raises(ValueError):
        store.path_of("../../etc/passwd")
