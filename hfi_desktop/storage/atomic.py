"""Atomic file writes: a crash mid-save never leaves a truncated file where a good one was.

The bytes go to a temporary file in the target's folder (``.<name>.<pid>.<random>.partial``:
hidden, and a suffix no viewer mistakes for the real file), which is flushed and fsync'ed,
then renamed over the target (``os.replace``: atomic on POSIX and Windows), and the folder
is fsync'ed so the rename itself survives a power cut. On any failure the temporary file
is removed and the target is untouched. A process killed mid-write (SIGKILL) leaves only
its temporary file behind; the next save to the same target removes it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

Writer = Callable[[BinaryIO], object]
TEMP_SUFFIX = ".partial"
_TEMP_NAME = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")
_TEMP_STEM_BYTES = 120  # the target's name is cut to this in the temp name (NAME_MAX is 255)


def atomic_write(path: str | os.PathLike[str], data: bytes | bytearray | memoryview | str | Writer,
                 *, overwrite: bool = True, fsync: bool = True) -> Path:
    """Write ``data`` (bytes, text as UTF-8, or a callback given the open binary file) to
    ``path`` atomically; returns the path.

    ``overwrite=False`` never replaces an existing file: raises :class:`FileExistsError`
    (checked atomically with a hard link where the filesystem supports it).
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir() and not target.is_symlink():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, "already exists", str(target))
    remove_stale_temps(target)
    temp = folder / temp_name(target.name)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as file:
            if callable(data):
                data(file)
            else:
                file.write(data.encode("utf-8") if isinstance(data, str) else data)
            file.flush()
            if fsync:
                os.fsync(file.fileno())
        _keep_mode(target, temp)
        if overwrite:
            os.replace(temp, target)
        else:
            _link_no_clobber(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if fsync:
        fsync_directory(folder)
    return target


def temp_name(name: str) -> str:
    """The temporary file's name for a target named ``name`` (this process, random)."""
    stem = name.encode("utf-8")[:_TEMP_STEM_BYTES].decode("utf-8", errors="ignore")
    return f".{stem}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is one of :func:`atomic_write`'s temporary files."""
    return _TEMP_NAME.match(name) is not None


def remove_stale_temps(target: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files left next to ``target`` by processes that no longer run
    (killed mid-save); returns what was removed. Other live processes' temps are kept."""
    target = Path(target)
    stem = temp_name(target.name).rsplit(".", 3)[0]  # ".<name>" as temp_name cuts it
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or f".{match['name']}" != stem:
            continue
        if _alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def fsync_directory(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders can't be opened)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some filesystems refuse fsync on folders
            os.fsync(fd)
    finally:
        os.close(fd)


def _keep_mode(target: Path, temp: Path) -> None:
    """A replaced file keeps its permissions (the temp file starts from the umask)."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def _link_no_clobber(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)  # fails with EEXIST if the target appeared meanwhile
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "already exists", str(target)) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        return True  # (on Windows os.kill(pid, 0) would END the process: never call it)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or unknowable: keep its file
    return True
