"""Files kept by content: input files and binary results of the runs in the history.

Each file is stored once, named by its sha256, in two levels of fan-out folders
(``root/ab/cd/abcd…``), so a folder never holds more than a few hundred entries. Writes are
atomic (a temporary file in ``root/.tmp``, fsync, ``os.replace``), so a file in the store is
complete or absent, whenever the application stops. A size cap bounds the total: to make
room, files no run refers to are evicted, oldest first; a file that still does not fit is
refused (its :class:`FileRef` says ``stored=False``), and so is a file the disk refuses (full,
read-only: ``OSError``): the run is then kept without it, its reference saying why (``lost``).

Several processes may share the folder (two instances of the application). What one of
them has under way is marked with its owner id (:mod:`.owners`): a temporary file's name
carries it, and a file put is pinned (``root/.pins/<owner>/<sha256>``) until the history
has committed a run that refers to it (:meth:`release`). Clean-ups spare both while their
owner runs, and :meth:`gc` spares unreferenced files younger than ``GC_GRACE_S`` unless
told they are free (the files of runs just deleted).

Threads: :meth:`put`, :meth:`gc` and the eviction run on one thread (the history worker);
:meth:`get` may run in any thread (it reads a complete file or finds none).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import shutil
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Set
from pathlib import Path
from typing import BinaryIO

from hfi_desktop.storage.history.owners import Owner, is_owner_id
from hfi_desktop.storage.records import FileRef

log = logging.getLogger(__name__)

TMP_DIR_NAME = ".tmp"
PINS_DIR_NAME = ".pins"
OWNERS_DIR_NAME = ".owners"
#: An unreferenced file younger than this may belong to a run another process is about
#: to commit: the start-up clean-up leaves it to a later one.
GC_GRACE_S = 3600.0
#: A temporary file this old is litter whoever owns it (no write takes a day).
STALE_TEMP_S = 24 * 3600.0
_HASH = re.compile(r"^[0-9a-f]{64}$")

Referenced = Callable[[], Set[str]]
#: Writes a file's bytes to the open temporary file (the OS-call boundary; tests inject a
#: full disk here).
WriteFile = Callable[[BinaryIO, bytes], object]
OVER_CAP = "it is larger than the history's size cap allows"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_ref(data: bytes, name: str, mime: str, *, stored: bool = False,
             lost: str = "") -> FileRef:
    """The reference of ``data`` without storing it (``stored=False`` by default);
    ``lost``: why it was meant to be kept but could not be."""
    return FileRef(sha256_of(data), name, mime, len(data), stored, lost)


def _write_all(file: BinaryIO, data: bytes) -> None:
    file.write(data)


class ContentStore:
    """A folder of files named by their sha256; ``max_bytes`` caps the total (None: no cap).

    ``referenced()`` returns the hashes some run still uses (the history gives it); only the
    others may be evicted to make room."""

    def __init__(self, root: Path, *, max_bytes: int | None = None,
                 referenced: Referenced | None = None, write: WriteFile = _write_all) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self._write_data = write
        self.referenced: Referenced = referenced or frozenset
        self._owner: Owner | None = None
        self._pins: Counter[str] = Counter()
        self._total: int | None = None  # scanned on first need

    @property
    def owner(self) -> Owner:
        """This process's claim on the data folder: the history's (it sets it), else one of
        its own in ``root/.owners`` taken on first need."""
        if self._owner is None or self._owner.closed:
            self._owner = Owner(self.root / OWNERS_DIR_NAME)
        return self._owner

    @owner.setter
    def owner(self, owner: Owner) -> None:
        self._owner = owner

    # -- reading (any thread) -----------------------------------------------------------------

    def path_of(self, sha256: str) -> Path:
        if not _HASH.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def get(self, ref: FileRef) -> bytes | None:
        """The file's bytes; None if it was not stored, was evicted, or does not match its
        hash (a damaged file is never handed out)."""
        if not ref.stored:
            return None
        try:
            data = self.path_of(ref.sha256).read_bytes()
        except (OSError, ValueError):
            return None
        if sha256_of(data) != ref.sha256:
            log.warning("content store: %s does not match its hash; ignored", ref.sha256)
            return None
        return data

    # -- writing (the history worker) ---------------------------------------------------------

    @property
    def total_bytes(self) -> int:
        if self._total is None:
            self._total = self._scan()
        return self._total

    def put(self, data: bytes, name: str, mime: str, *, keep: Collection[str] = ()) -> FileRef:
        """Store ``data`` (once per content) and return its reference; ``stored=False`` when
        it does not fit under the cap even after evicting unreferenced files. ``keep``: hashes
        that must not be evicted now (the other files of the run being recorded). The file
        stays pinned for other processes until :meth:`release`."""
        ref = file_ref(data, name, mime, stored=True)
        path = self.path_of(ref.sha256)
        self._pin(ref.sha256)
        if path.is_file():
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: evicted last
            return ref
        if not self._make_room(ref.size, keep={*keep, ref.sha256}):
            self.release([ref.sha256])
            log.info("content store: %s (%d bytes) not kept: over the size cap", name, ref.size)
            return file_ref(data, name, mime, lost=OVER_CAP)
        total = self.total_bytes  # (scanned before the new file is there)
        try:
            self._write(path, data)
        except OSError as error:  # disk full, read-only, quota: the run is kept without it
            log.warning("content store: %s (%d bytes) not kept: %s", name, ref.size, error)
            self.release([ref.sha256])
            reason = error.strerror or str(error)
            return file_ref(data, name, mime, lost=f"the disk refused it ({reason})")
        self._total = total + ref.size
        return ref

    def gc(self, referenced: Set[str] | None = None, *, free: Set[str] = frozenset()) -> int:
        """Delete the files no run refers to, but those pinned by a running process, and
        those younger than GC_GRACE_S unless in ``free`` (files of runs just deleted);
        returns the bytes freed."""
        keep = self.referenced() if referenced is None else referenced
        keep = keep | self._pinned()
        total = self.total_bytes
        freed = 0
        for sha, path, size, _mtime in list(self._files()):
            if sha in keep or (sha not in free and _age(path) < GC_GRACE_S):
                continue
            if self._remove(path):
                freed += size
        self._total = max(0, total - freed)
        return freed

    def release(self, shas: Iterable[str]) -> None:
        """Runs referring to these files are committed: they no longer need a pin."""
        for sha in shas:
            if sha not in self._pins:
                continue
            self._pins[sha] -= 1
            if self._pins[sha] <= 0:
                del self._pins[sha]
                with contextlib.suppress(OSError):
                    (self._pin_dir(self.owner.id) / sha).unlink()

    def hashes(self) -> set[str]:
        return {sha for sha, *_ in self._files()}

    # -- internals ----------------------------------------------------------------------------

    def _make_room(self, size: int, keep: Set[str]) -> bool:
        if self.max_bytes is None:
            return True
        if size > self.max_bytes:
            return False
        if self.total_bytes + size <= self.max_bytes:
            return True
        used = self.referenced() | self._pinned()
        candidates = sorted((mtime, sha, path, length)
                            for sha, path, length, mtime in self._files()
                            if sha not in used and sha not in keep)
        total = self.total_bytes
        for _mtime, _sha, path, length in candidates:
            if total + size <= self.max_bytes:
                break
            if self._remove(path):
                total -= length
        self._total = total
        return total + size <= self.max_bytes

    def _write(self, path: Path, data: bytes) -> None:
        tmp_dir = self.root / TMP_DIR_NAME
        tmp_dir.mkdir(parents=True, exist_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = tmp_dir / f"{path.name}.{self.owner.id}.{secrets.token_hex(4)}"
        try:
            with open(tmp, "wb") as file:
                self._write_data(file, data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        _fsync_dir(path.parent)

    def _remove(self, path: Path) -> bool:
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as error:
            log.warning("content store: cannot remove %s: %s", path, error)
            return False
        return True

    def _files(self) -> Iterator[tuple[str, Path, int, float]]:
        """(sha256, path, size, mtime) of every stored file."""
        if not self.root.is_dir():
            return
        for first in _subdirs(self.root):
            for second in _subdirs(first):
                with os.scandir(second) as entries:
                    for entry in entries:
                        if entry.is_file() and _HASH.match(entry.name):
                            stat = entry.stat()
                            yield entry.name, Path(entry.path), stat.st_size, stat.st_mtime

    def _scan(self) -> int:
        """Total size of the stored files; removes temporary files a crash left behind
        (never one another running process is writing)."""
        tmp_dir = self.root / TMP_DIR_NAME
        if tmp_dir.is_dir():
            for leftover in tmp_dir.iterdir():
                if self._is_litter(leftover):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
        return sum(size for _sha, _path, size, _mtime in self._files())

    def _is_litter(self, path: Path) -> bool:
        """A temporary file (``<sha256>.<owner id>.<random>``) no running process writes."""
        owner = path.name.split(".")[1:2]
        if owner and is_owner_id(owner[0]) and not self.owner.is_alive(owner[0]):
            return True
        return _age(path) > STALE_TEMP_S  # its owner still runs, or whose it is is unknown

    # -- pins: files put, their runs not yet committed ----------------------------------------

    def _pin_dir(self, owner_id: str) -> Path:
        return self.root / PINS_DIR_NAME / owner_id

    def _pin(self, sha: str) -> None:
        self._pins[sha] += 1
        if self._pins[sha] == 1:
            folder = self._pin_dir(self.owner.id)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / sha).touch()

    def _pinned(self) -> set[str]:
        """The files pinned by the other running processes (the pins of processes that are
        gone are removed). This process's own need none: its history worker puts a run's
        files and commits it in one job, and puts them again when it writes it again."""
        pinned: set[str] = set()
        pins_dir = self.root / PINS_DIR_NAME
        if not pins_dir.is_dir():
            return pinned
        for folder in pins_dir.iterdir():
            if folder.name == self.owner.id:
                continue
            if self.owner.is_alive(folder.name):
                with contextlib.suppress(OSError):  # (its last pin may go meanwhile)
                    pinned.update(pin.name for pin in folder.iterdir())
            elif is_owner_id(folder.name):
                shutil.rmtree(folder, ignore_errors=True)
        return pinned


def _age(path: Path) -> float:
    """Seconds since ``path`` was last written (0 when it cannot be read: kept)."""
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _subdirs(path: Path) -> Iterator[Path]:
    with os.scandir(path) as entries:
        names = [e.path for e in entries
                 if e.is_dir() and len(e.name) == 2 and e.name != TMP_DIR_NAME]
    return (Path(name) for name in sorted(names))


def _fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; a no-op where directories can't be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
