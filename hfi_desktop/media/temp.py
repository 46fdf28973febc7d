"""One private temporary folder per run for files the app writes (recordings, audio to play).

Removed when the process exits. Creating the folder is the only I/O here; writing files into
it is done by the callers (in worker threads, or by QMediaRecorder itself).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
import uuid
from pathlib import Path

_lock = threading.Lock()
_folder: Path | None = None


def temp_folder() -> Path:
    global _folder
    with _lock:
        if _folder is None or not _folder.is_dir():
            _folder = Path(tempfile.mkdtemp(prefix="hfi-desktop-"))
            atexit.register(shutil.rmtree, _folder, ignore_errors=True)
        return _folder


def temp_path(stem: str, suffix: str) -> Path:
    """A fresh, unused path in :func:`temp_folder` (the file is not created)."""
    return temp_folder() / f"{stem}-{uuid.uuid4().hex[:8]}{suffix}"
