"""Two processes on one data folder: neither loses the other's data.

The other instance is a real child process (tests/storage/history/other_instance.py) with
its own HistoryStore and ContentStore on the same folder; this test's process plays the
instance that starts while it works: it opens the history as the app does (recovery, the
start-up garbage collection, the content store's scan of temporary files)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.content_store import TMP_DIR_NAME, ContentStore
from hfi_desktop.storage.history.store import HistoryStore
from hfi_desktop.storage.records import FileRef
from tests.crash.harness import AppChild
from tests.storage.history.other_instance import RESULT_BYTES

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

OTHER = "tests.storage.history.other_instance"
DAY_S = 24 * 3600.0


def other(scenario: str, data: Path) -> AppChild:
    return AppChild(scenario, data, "", module=OTHER)


def start_up(data: Path) -> HistoryStore:
    """What the app does as it opens the history (HistoryService._open)."""
    store = HistoryStore(data / "history.sqlite3", ContentStore(data / "files"))
    store.collect_files()
    return store


def go(data: Path) -> None:
    (data / "go").touch()


def killed_halfway(scenario: str, data: Path) -> None:
    """The other instance killed (SIGKILL) at the pause of ``scenario``."""
    with other(scenario, data) as child:
        child.wait_for("READY")
        child.kill()


def test_a_starting_instance_leaves_the_others_running_run_alone(tmp_path: Path) -> None:
    with other("stream", tmp_path) as child:
        child.wait_for("READY")
        mine = start_up(tmp_path)
        try:
            assert mine.recovered == 0
            running = mine.get("other-stream")
            assert running is not None and running.state is RunState.RUNNING
            go(tmp_path)
            assert child.wait_for("RESULT") == "True", "its stream updates still land"
            updated = mine.get("other-stream")
            assert updated is not None and updated.text == "first words, then more"
        finally:
            mine.close()


def test_a_run_whose_instance_was_killed_is_recovered_as_interrupted(tmp_path: Path) -> None:
    killed_halfway("stream", tmp_path)
    mine = start_up(tmp_path)
    try:
        assert mine.recovered == 1
        record = mine.get("other-stream")
        assert record is not None and record.state is RunState.INTERRUPTED
        assert record.partial and record.text == "first words"
    finally:
        mine.close()


def test_a_result_stored_but_not_yet_committed_survives_the_others_start_up(
        tmp_path: Path) -> None:
    with other("pending", tmp_path) as child:
        sha = child.wait_for("READY")
        stored = ContentStore(tmp_path / "files").path_of(sha)
        long_ago = stored.stat().st_mtime - 2 * DAY_S  # its pin, not its age, keeps it
        os.utime(stored, (long_ago, long_ago))
        mine = start_up(tmp_path)
        try:
            assert mine.files is not None and sha in mine.files.hashes()
            go(tmp_path)
            assert child.wait_for("RESULT") == "committed"
            record = mine.get("other-pending")
            assert record is not None and FileRef.is_ref(record.result)
            assert mine.files.get(FileRef.from_json(record.result)) == RESULT_BYTES
        finally:
            mine.close()


def test_a_file_being_written_by_the_other_instance_is_not_swept(tmp_path: Path) -> None:
    with other("writing", tmp_path) as child:
        child.wait_for("READY")
        writing = list((tmp_path / "files" / TMP_DIR_NAME).iterdir())
        assert len(writing) == 1, "the other instance is writing one temporary file"
        mine = start_up(tmp_path)
        try:
            assert mine.files is not None
            assert mine.files.total_bytes == 0  # the start-up scan ran
            assert writing[0].exists()
            go(tmp_path)
            sha, stored = child.wait_for("RESULT").split()
            assert stored == "True"
            assert mine.files.get(FileRef(sha, "result.png", "image/png",
                                          len(RESULT_BYTES))) == RESULT_BYTES
        finally:
            mine.close()


def test_a_temporary_file_of_a_killed_instance_is_swept(tmp_path: Path) -> None:
    killed_halfway("writing", tmp_path)
    leftovers = list((tmp_path / "files" / TMP_DIR_NAME).iterdir())
    assert len(leftovers) == 1
    mine = start_up(tmp_path)
    try:
        assert mine.files is not None and mine.files.total_bytes == 0
        assert not leftovers[0].exists()
    finally:
        mine.close()
