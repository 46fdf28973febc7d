"""One instance per data folder: a second launch (a real ``python -m hfi_desktop`` process)
hands its files to the running instance and exits; a killed instance's lock and socket do not
block the next start; a hung one does not hold a launch up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

import hfi_desktop
from hfi_desktop.storage.comparison_file import (
    ComparisonDocument,
    FormSnapshot,
    SavedColumn,
    write_comparison,
)
from hfi_desktop.storage.paths import DATA_DIR_ENV
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.single_instance import LOCK_NAME, SingleInstance, hand_over, server_name
from tests.support.qt_async import RunAsync, wait_until

#: Generous: a start of the app on a loaded 2-core machine takes several seconds.
LAUNCH_TIMEOUT_S = 90.0
REPO = Path(hfi_desktop.__file__).resolve().parents[1]


def launch_env(data: Path) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", DATA_DIR_ENV: str(data),
            "PYTHONPATH": path}


async def launched(data: Path, *args: str, cwd: Path | None = None
                   ) -> subprocess.CompletedProcess[str]:
    """``python -m hfi_desktop *args`` on ``data``, awaited on the loop (so that an instance
    in this process answers it)."""
    proc = subprocess.Popen([sys.executable, "-m", "hfi_desktop", *args], env=launch_env(data),
                            cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        await wait_until(lambda: proc.poll() is not None, timeout=LAUNCH_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def launch(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m hfi_desktop *args`` on ``data`` to its end."""
    return subprocess.run([sys.executable, "-m", "hfi_desktop", *args], env=launch_env(data),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=LAUNCH_TIMEOUT_S, check=False)


def comparison_file(path: Path) -> Path:
    form = FormSnapshot({"inputs": "I like it"}, {}, {})
    document = ComparisonDocument("text-classification", form,
                                  [SavedColumn("org/saved-model"), SavedColumn("org/other")])
    return write_comparison(path, document)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def primary(data: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The app running on ``data`` in a process of its own, answering later launches."""
    log = (tmp_path / "primary.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "hfi_desktop"], env=launch_env(data),
                            stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + LAUNCH_TIMEOUT_S
        while not hand_over(server_name(data), [], timeout_s=2.0):  # up, and its loop runs
            assert proc.poll() is None, (tmp_path / "primary.log").read_text()
            assert time.monotonic() < deadline, "the first instance never answered"
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGCONT)  # if a test stopped it
            proc.kill()
        proc.wait(timeout=30)
        log.close()


def test_a_second_launch_hands_its_file_to_the_running_window_and_exits(
        window: MainWindow, run_async: RunAsync, data: Path, tmp_path: Path) -> None:
    instance = SingleInstance(data, window)
    assert instance.claim()
    instance.files_received.connect(window.receive_launch)  # as app.py does
    comparison_file(tmp_path / "saved.hficompare")
    window.showMinimized()

    async def hand_over_and_open() -> subprocess.CompletedProcess[str]:
        done = await launched(data, "saved.hficompare", cwd=tmp_path)  # relative to its cwd
        await wait_until(lambda: window.compare.views, timeout=30)
        return done

    second = run_async(hand_over_and_open(), timeout=LAUNCH_TIMEOUT_S + 40)
    assert second.returncode == 0, second.stderr
    assert "handed over to the running instance (process " in second.stderr
    assert "window painted" not in second.stderr
    view, = window.compare.views
    assert view.path == tmp_path / "saved.hficompare"
    assert [c.model_text() for c in view.columns] == ["org/saved-model", "org/other"]
    assert not window.isMinimized(), "the running window came to the front"
    instance.release()


def test_a_file_that_is_not_a_comparison_is_reported_in_the_running_window(
        window: MainWindow, run_async: RunAsync, data: Path, tmp_path: Path) -> None:
    instance = SingleInstance(data, window)
    assert instance.claim()
    instance.files_received.connect(window.receive_launch)
    (tmp_path / "notes.txt").write_text("hello")

    async def hand_over_and_report() -> subprocess.CompletedProcess[str]:
        done = await launched(data, str(tmp_path / "notes.txt"))
        await wait_until(lambda: window.statusBar().currentMessage(), timeout=30)
        return done

    assert run_async(hand_over_and_report(), timeout=LAUNCH_TIMEOUT_S + 40).returncode == 0
    assert window.statusBar().currentMessage() == \
        "notes.txt is not a saved comparison (not a ZIP archive)"
    assert not window.compare.views
    instance.release()


def test_a_launch_after_a_killed_instance_starts_as_the_first_one(
        primary: subprocess.Popen[bytes], data: Path) -> None:
    primary.kill()
    primary.wait(timeout=30)
    socket = server_name(data)
    assert (data / LOCK_NAME).exists() and Path(socket).exists(), "left behind by the kill"

    started = launch(data, "--smoke-test")
    assert started.returncode == 0, started.stderr
    assert "window painted" in started.stderr
    assert "did not answer" not in started.stderr, "the dead one was not waited for"
    assert not Path(socket).exists() and not (data / LOCK_NAME).exists(), \
        "its own, removed when it quit"


def test_a_running_instance_is_not_taken_for_stale_by_the_age_of_its_lock(
        primary: subprocess.Popen[bytes], data: Path) -> None:
    day_ago = time.time() - 86_400
    os.utime(data / LOCK_NAME, (day_ago, day_ago))

    second = launch(data, "--smoke-test")
    assert second.returncode == 0, second.stderr
    assert "handed over to the running instance" in second.stderr
    assert "window painted" not in second.stderr


def test_a_hung_instance_does_not_hold_up_a_launch(
        primary: subprocess.Popen[bytes], data: Path) -> None:
    primary.send_signal(signal.SIGSTOP)  # alive, holding the lock, answering nothing

    second = launch(data, "--smoke-test")
    assert second.returncode == 0, second.stderr
    assert "window painted" in second.stderr, "a window of its own"
    assert f"(process {primary.pid}) is open on this data folder but did not answer" \
        in second.stderr


@pytest.mark.parametrize(("flag", "shown"), [("--help", "usage: hfi-desktop"),
                                              ("--version", "hfi-desktop ")])
def test_help_and_version_do_not_ask_the_running_instance(
        primary: subprocess.Popen[bytes], data: Path, flag: str, shown: str) -> None:
    primary.send_signal(signal.SIGSTOP)  # asking it would take the whole answer timeout

    answered = launch(data, flag)
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.startswith(shown)
    assert answered.stderr == ""


def test_a_malformed_message_is_dropped_and_the_next_launch_still_answered(
        data: Path, run_async: RunAsync) -> None:
    instance = SingleInstance(data)
    assert instance.claim()
    received: list[list[str]] = []
    instance.files_received.connect(received.append)
    raw = QLocalSocket()
    raw.connectToServer(instance.name)
    assert raw.waitForConnected(10_000)
    raw.write(b'{"files": "not a list"}\n')
    raw.flush()

    async def dropped_then_answered() -> subprocess.CompletedProcess[str]:
        await wait_until(lambda: raw.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                         timeout=10)
        return await launched(data, "/a/b.hficompare")

    assert run_async(dropped_then_answered(), timeout=LAUNCH_TIMEOUT_S + 40).returncode == 0
    assert received == [["/a/b.hficompare"]]
    instance.release()


def test_two_data_folders_have_two_instances(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
