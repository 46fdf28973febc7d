"""Which process is still there: each instance of the history on a data folder holds a lock
on its own file (``<folder>/<owner id>.lock``) for as long as it runs.

The operating system drops a process's locks when it ends, however it ends (a crash,
SIGKILL), so "its lock can be taken" proves that the owner is gone; a pid or a heartbeat
could only guess (pids are reused, a busy process misses beats). Runs, pinned files and
temporary files carry their owner's id; recovery and clean-ups touch only what belongs to
this instance or to an owner that is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
from pathlib import Path

_SUFFIX = ".lock"
#: An owner id: the pid (for people reading the folder) and a random part (pids are reused).
_ID = re.compile(r"^\d+-[0-9a-f]{8}$")


def is_owner_id(text: str) -> bool:
    return bool(_ID.match(text))


class Owner:
    """This instance's claim on ``folder`` (made at once; :meth:`close` gives it up)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.id = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self._fd: int | None = os.open(self._path(self.id), os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._fd):  # a fresh random name: never held by another
            os.close(self._fd)
            raise OSError(f"cannot lock {self._path(self.id)}")

    @property
    def closed(self) -> bool:
        return self._fd is None

    def is_alive(self, owner_id: str | None) -> bool:
        """Whether the instance ``owner_id`` still runs (False for None or an unknown id).
        The lock file of an owner found gone is removed."""
        if owner_id is None or not is_owner_id(owner_id):
            return False
        if owner_id == self.id:
            return not self.closed
        path = self._path(owner_id)
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            return False  # no lock file: gone (or never on this folder)
        try:
            if not _try_lock(fd):
                return True
            with contextlib.suppress(OSError):
                path.unlink()  # gone: its lock file is litter (still locked by us here)
            return False
        finally:
            os.close(fd)

    def close(self) -> None:
        if self._fd is None:
            return
        os.close(self._fd)
        self._fd = None
        with contextlib.suppress(OSError):
            self._path(self.id).unlink()

    def _path(self, owner_id: str) -> Path:
        return self.folder / f"{owner_id}{_SUFFIX}"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """An exclusive lock on the open file ``fd`` (flock: held per open file, so two
        owners in one process exclude each other too)."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
