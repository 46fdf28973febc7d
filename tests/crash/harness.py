"""Running the application in a child process and killing it: the crash tests' helpers.

    with AppChild("stream", data_dir, api_url) as child:
        child.wait_for("STREAMING")          # the marker line (its words after the marker)
        child.kill()                          # SIGKILL, then reaped
    check_database(data_dir / "history.sqlite3")

See tests/crash/app_child.py for the child and how to add a scenario.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from hfi_desktop.storage.paths import DATA_DIR_ENV

from .app_child import API_URL_ENV

REPO_ROOT = Path(__file__).resolve().parents[2]


class AppChild:
    """``python -m tests.crash.app_child <scenario>`` with its data in ``data_dir``
    (``module``: another child script that takes a scenario and reads the same variables)."""

    def __init__(self, scenario: str, data_dir: Path, api_url: str, *,
                 module: str = "tests.crash.app_child") -> None:
        env = dict(os.environ)
        env.update({DATA_DIR_ENV: str(data_dir), API_URL_ENV: api_url,
                    "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1,localhost",
                    "PYTHONUNBUFFERED": "1"})
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, scenario], cwd=REPO_ROOT,
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, marker: str, timeout: float = 15.0) -> str:
        """The rest of the first line that starts with ``marker`` (waits for it)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self._queue.get(timeout=max(0.01, left))
            except queue.Empty:
                line = ""
            if line is None or left <= 0:
                output = "\n".join(self.lines)
                raise AssertionError(f"no {marker!r} from the child (exit code "
                                     f"{self.process.poll()}); its output:\n{output}")
            if line:
                self.lines.append(line)
                if line.startswith(marker):
                    return line[len(marker):].strip()

    def kill(self) -> None:
        """SIGKILL: no cleanup of any kind runs in the child."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)
        assert self.process.returncode == -signal.SIGKILL

    def __enter__(self) -> AppChild:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def integrity_check(db_path: Path) -> str:
    """``PRAGMA integrity_check`` of the database as a fresh connection finds it ("ok")."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def damaged_files(files_dir: Path) -> list[Path]:
    """Files of the content store whose bytes do not match their name (sha256)."""
    import hashlib

    return [path for path in files_dir.glob("??/??/*")
            if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() != path.name]
