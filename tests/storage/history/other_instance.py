"""Another instance of the application's storage in a child process, for the tests of two
processes sharing one data folder (tests/storage/history/test_two_instances.py).

    python -m tests.storage.history.other_instance <scenario>   (the folder: HFI_DESKTOP_DATA_DIR)

It opens the history (HistoryStore and ContentStore in the folder, as the app does), does
the first half of its scenario, prints ``READY …`` and waits until the file ``go`` appears in
the folder; then it does the second half and prints ``RESULT …``. No Qt.

Scenarios: ``stream`` (a run RUNNING, then more of its streamed text), ``pending`` (a
result stored in the content store, then its run committed), ``writing`` (a file being
written into the content store, paused in its fsync, then finished).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from hfi_desktop.runs import RunState
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.content_store import ContentStore
from hfi_desktop.storage.history.store import HistoryStore
from hfi_desktop.storage.records import RunRecord

if TYPE_CHECKING:
    from pathlib import Path

RESULT_BYTES = b"\x89PNG\r\n\x1a\n the other instance's generated image"


def say(*words: object) -> None:
    print(*words, flush=True)


def wait_for_go(data: Path) -> None:
    while not (data / "go").exists():
        time.sleep(0.01)


def record(run_id: str, **changes: object) -> RunRecord:
    made = RunRecord("text-generation", "gpt2", {"inputs": "once upon a time"}, {}, {},
                     id=run_id, state=RunState.RUNNING)
    for name, value in changes.items():
        setattr(made, name, value)
    return made


def stream(store: HistoryStore, data: Path) -> None:
    store.start(record("other-stream", text="first words"))
    say("READY")
    wait_for_go(data)
    say("RESULT", store.update_text("other-stream", "first words, then more", 5))


def pending(store: HistoryStore, files: ContentStore, data: Path) -> None:
    ref = files.put(RESULT_BYTES, "result.png", "image/png")
    say("READY", ref.sha256)
    wait_for_go(data)
    store.finish(record("other-pending", task_id="text-to-image", state=RunState.DONE,
                        result=ref.to_json()))
    say("RESULT", "committed")


def writing(files: ContentStore, data: Path) -> None:
    real_fsync = os.fsync
    paused = False

    def fsync_paused_once(fd: int) -> None:  # the first fsync is the temporary file's
        nonlocal paused
        if not paused:
            paused = True
            say("READY")
            wait_for_go(data)
        real_fsync(fd)

    os.fsync = fsync_paused_once
    try:
        ref = files.put(RESULT_BYTES, "result.png", "image/png")
    except OSError as error:
        say("RESULT", f"failed: {error}")
    else:
        say("RESULT", ref.sha256, ref.stored)
    finally:
        os.fsync = real_fsync


def main(scenario: str, data: Path) -> None:
    files = ContentStore(data / "files")
    store = HistoryStore(data / "history.sqlite3", files)
    try:
        if scenario == "stream":
            stream(store, data)
        elif scenario == "pending":
            pending(store, files, data)
        elif scenario == "writing":
            writing(files, data)
        else:
            raise SystemExit(f"unknown scenario {scenario!r}")
    finally:
        store.close()


if __name__ == "__main__":
    main(sys.argv[1], paths.data_dir())
