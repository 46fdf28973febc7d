"""The app's one private temporary folder per process: recordings, audio to play, files
downloaded from a model card, results written ahead to be dragged out.

A leaf module like ``threads`` and ``resources``: every layer may import it. Created on
first use (again if something removed it), removed when the process exits. Creating the
folder is the only I/O besides :func:`write_temp_file`; callers write in worker threads.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
import uuid
from pathlib import Path

PREFIX = "hfi-desktop-"

_lock = threading.Lock()
_folder: Path | None = None


def temp_folder() -> Path:
    """This process's folder (``<system temp>/hfi-desktop-XXXXXXXX``)."""
    global _folder
    with _lock:
        if _folder is None or not _folder.is_dir():
            _folder = Path(tempfile.mkdtemp(prefix=PREFIX))
            atexit.register(shutil.rmtree, _folder, ignore_errors=True)
        return _folder


def temp_path(stem: str, suffix: str) -> Path:
    """A fresh, unused path in :func:`temp_folder` (the file is not created):
    ``<stem>-<8 hex digits><suffix>``."""
    return temp_folder() / f"{stem}-{uuid.uuid4().hex[:8]}{suffix}"


def write_temp_file(stem: str, suffix: str, data: bytes) -> Path:
    """``data`` written to a new file at a :func:`temp_path` (never over another file)."""
    path = temp_path(stem, suffix)
    with open(path, "xb") as file:
        file.write(data)
    return path
