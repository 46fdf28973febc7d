"""A model's look-up is remembered while its ``refs/main`` and its snapshot stay as they were,
and follows either's change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hfi_desktop.engine import cache


def snapshot(hub: Path, commit: str, tag: str) -> Path:
    repo = hub / "models--org--m"
    folder = repo / "snapshots" / commit
    folder.mkdir(parents=True)
    (folder / "README.md").write_text(f"---\npipeline_tag: {tag}\n---\n")
    (repo / "refs").mkdir(exist_ok=True)
    ref = repo / "refs" / "main"
    ref.write_text(commit)
    later = os.stat(ref).st_mtime_ns + 1_000_000_000 * len(list(repo.glob("snapshots/*")))
    os.utime(ref, ns=(later, later))  # a distinct time, whatever the clock's resolution
    return folder


def test_a_new_commit_or_a_changed_snapshot_is_seen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    first = snapshot(tmp_path, "a" * 40, "text-classification")
    found = cache.find("org/m")
    assert found is not None and found.commit == "a" * 40
    assert cache.find("org/m") is found  # remembered

    (first / "model.safetensors").write_bytes(b"x" * 10)
    later = os.stat(first).st_mtime_ns + 1_000_000_000
    os.utime(first, ns=(later, later))
    changed = cache.find("org/m")
    assert changed is not None and changed.size_bytes == 10

    snapshot(tmp_path, "b" * 40, "fill-mask")
    moved = cache.find("org/m")
    assert moved is not None and (moved.commit, moved.task) == ("b" * 40, "fill-mask")

    (tmp_path / "models--org--m" / "refs" / "main").unlink()
    for folder in (tmp_path / "models--org--m" / "snapshots").iterdir():
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()
    assert cache.find("org/m") is None
