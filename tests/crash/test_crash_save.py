"""Crash safety of saving: a process saving a large result over the same file is killed
(SIGKILL) at random moments and mid-write; after each kill — and after restarting it — the
saved file is always one complete version (decodes, parses, right size), and the temporary
files a kill leaves behind can never be taken for it."""

from __future__ import annotations

import io
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PIL import Image

from hfi_desktop.storage.atomic import is_temp_name
from tests.crash.save_driver import JSON_ROWS, JSON_WIDTH, versioned_png

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
IMAGE_SIDE = 2600  # random RGB pixels: a ~20 MB PNG
LINE_TIMEOUT_S = 60.0


class Driver:
    """The save driver in a child process, its output lines in a queue."""

    started: ClassVar[list[Driver]] = []

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.save_driver", *args], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        Driver.started.append(self)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, prefix: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=LINE_TIMEOUT_S)
            except queue.Empty:
                raise AssertionError(f"the driver never printed {prefix!r}") from None
            if line.startswith(prefix):
                return line

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait(timeout=10) == -signal.SIGKILL
        self._close()

    def finish(self) -> None:
        assert self.process.wait(timeout=LINE_TIMEOUT_S) == 0
        self._close()

    def _close(self) -> None:
        self._reader.join(timeout=5)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture(autouse=True)
def _no_driver_left_running() -> Iterator[None]:
    """A failing test still ends the driver it started (only that one, by its pid)."""
    yield
    while Driver.started:
        driver = Driver.started.pop()
        if driver.process.poll() is None:
            driver.process.kill()
            driver.process.wait(timeout=10)
        if driver.process.stdout is not None and not driver.process.stdout.closed:
            driver._reader.join(timeout=5)
            driver.process.stdout.close()


@pytest.fixture(scope="module")
def big_png(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    rng = random.Random(7)
    pixels = rng.randbytes(IMAGE_SIDE * IMAGE_SIDE * 3)
    path = tmp_path_factory.mktemp("crash-source") / "big.png"
    Image.frombytes("RGB", (IMAGE_SIDE, IMAGE_SIDE), pixels).save(path, "PNG",
                                                                   compress_level=0)
    assert path.stat().st_size > 20_000_000
    yield path


def _others(folder: Path, target: Path) -> list[str]:
    """Everything in the folder but the target: must all be temporary files that no one
    would take for the saved file (hidden, ``.partial``)."""
    others = sorted(name for name in os.listdir(folder) if name != target.name)
    for name in others:
        assert is_temp_name(name), f"unexpected file {name!r} next to the saved one"
        assert name.startswith(".") and name.endswith(".partial")
        assert (folder / name).suffix != target.suffix
    return others


def _check_png(target: Path, source: bytes) -> int:
    data = target.read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        image.load()  # every pixel: a truncated file fails here
        assert image.size == (IMAGE_SIDE, IMAGE_SIDE)
        version = int(str(image.info["round"]))
    assert data == versioned_png(source, version)  # exactly one whole version
    return version


def test_a_png_save_killed_at_any_moment_is_never_truncated(big_png: Path,
                                                            tmp_path: Path) -> None:
    source = big_png.read_bytes()
    target = tmp_path / "result.png"
    rng = random.Random(2024)
    mid_write_kills = 0
    for round_ in range(6):
        mid_write = round_ % 2 == 0
        hold = ["--hold-mid-write"] if mid_write else []
        driver = Driver("png", str(target), str(big_png), *hold)  # a (re)started application
        driver.wait_for("SAVING")
        _check_png(target, source)
        if mid_write:
            driver.wait_for("MIDWRITE")  # it holds there: surely inside a write
            mid_write_kills += 1
        else:
            threading.Event().wait(rng.uniform(0.0, 0.6))  # anywhere
        driver.kill()
        version = _check_png(target, source)
        assert version >= 1
        left = _others(tmp_path, target)
        # Checked at once: the next start sweeps dead processes' files (if it gets that far).
        assert left or not mid_write, "a mid-write kill left no temporary file?"
    assert mid_write_kills == 3
    # Restarted once more: the first save removes the dead processes' temporary files.
    driver = Driver("png", str(target), str(big_png), "--once")
    driver.finish()
    assert _check_png(target, source) == 1
    assert _others(tmp_path, target) == []


def test_a_json_export_killed_at_any_moment_is_never_truncated(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    rng = random.Random(99)
    for _ in range(4):
        driver = Driver("json", str(target))
        driver.wait_for("SAVING")
        driver.wait_for("BEGIN")
        threading.Event().wait(rng.uniform(0.0, 1.2))
        driver.kill()
        document = json.loads(target.read_text("utf-8"))  # complete JSON
        assert document["task"] == "feature-extraction"
        assert isinstance(document["parameters"]["round"], int)
        [rows] = document["result"]
        assert len(rows) == JSON_ROWS and all(len(row) == JSON_WIDTH for row in rows)
        _others(tmp_path, target)


def test_the_png_check_would_catch_a_truncated_file(big_png: Path, tmp_path: Path) -> None:
    """The checks above are not vacuous: a cut file fails them."""
    source = big_png.read_bytes()
    target = tmp_path / "cut.png"
    target.write_bytes(versioned_png(source, 3)[: len(source) // 2])
    with pytest.raises((OSError, SyntaxError, zlib.error, AssertionError)):
        _check_png(target, source)
