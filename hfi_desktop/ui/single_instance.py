"""One running instance per data folder: a second launch hands its files to the first one and
exits, as desktop applications do.

The first launch on a data folder takes a lock file in it (``instance.lock``, a QLockFile
holding its process id) and listens on a local socket named from the folder and the user
(in the user's runtime directory, ``$XDG_RUNTIME_DIR``; a named pipe on Windows). A later
launch finds the lock held, connects, sends its files as one JSON line and waits for
``ok``; the first instance then brings its window to the front and opens them.

A lock whose process is gone (a crash, a kill) is stale: the next launch takes it over and
removes the socket left behind. A lock is never stale by age alone (the first instance may
run for days). An instance that holds the lock but does not answer within
:data:`ANSWER_TIMEOUT_S` (hung) does not hold up a launch: :func:`hand_over` returns False
and the caller starts a window of its own and says why.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

LOCK_NAME = "instance.lock"
#: How long a later launch waits for the running instance to take its files.
ANSWER_TIMEOUT_S = 5.0
#: How long the running instance waits for a connected launch to send its line.
READ_TIMEOUT_MS = 10_000
MAX_MESSAGE_BYTES = 1024 * 1024
ANSWER = b"ok\n"
_RETRY_S = 0.1

log = logging.getLogger(__name__)


def server_name(folder: Path) -> str:
    """The local socket of the instance on ``folder``: a hash of the folder and the user."""
    user = os.environ.get("USERNAME", "") if sys.platform == "win32" else str(os.getuid())
    digest = hashlib.sha256(f"{user}\0{folder.resolve()}".encode()).hexdigest()[:24]
    name = f"hfi_desktop-{digest}"
    if sys.platform == "win32":  # a named pipe
        return name
    # Not Qt's default, /tmp: there another user could take the name first.
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return os.path.join(runtime, f"{name}.sock") if runtime else name


class SingleInstance(QObject):
    """The data folder's lock and, once :meth:`claim` succeeded, the socket later launches
    write to. ``files_received(paths)``: a later launch's files (absolute paths; empty when
    it was started without any, to bring the window up)."""

    files_received = Signal(list)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(folder)
        self._folder = folder
        self._lock = QLockFile(str(folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Become the folder's instance: take the lock (a stale one is taken over) and
        listen. False when a running process holds the lock."""
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("single instance: cannot create %s (%s); not shared", self._folder,
                        error.strerror or error)
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("single instance: cannot write %s (%s); not shared",
                            self._lock.fileName(), self._lock.error().name)
                return True  # a read-only folder: start, without the lock
            return False
        QLocalServer.removeServer(self.name)  # a socket left by a killed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single instance: cannot listen on %s (%s); later launches will "
                        "open windows of their own", self.name, server.errorString())
            return True
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def holder(self) -> int:
        """The process id in the lock file (0: unknown)."""
        pid, _host, _app = self._lock.getLockInfo()
        return pid

    def release(self) -> None:
        """Stop listening and free the lock (the application is quitting)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            _Reader(socket, self.files_received.emit)


class _Reader(QObject):
    """One later launch's connection: reads its line, answers, passes on its files."""

    def __init__(self, socket: QLocalSocket, deliver: Callable[[list[str]], object]) -> None:
        super().__init__(socket)  # goes with the socket
        self._socket = socket
        self._deliver = deliver
        self._buffer = bytearray()
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(socket.deleteLater)
        QTimer.singleShot(READ_TIMEOUT_MS, self, socket.abort)  # a client that sends nothing
        self._read()

    def _read(self) -> None:
        self._buffer += self._socket.readAll().data()
        line, newline, _rest = self._buffer.partition(b"\n")
        if not newline:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                log.warning("single instance: a launch sent too much; ignored")
                self._socket.abort()
            return
        try:
            files = json.loads(line)["files"]
            if not (isinstance(files, list) and all(isinstance(f, str) for f in files)):
                raise TypeError("files is not a list of strings")
        except (ValueError, KeyError, TypeError) as error:
            log.warning("single instance: a launch sent a malformed message (%s)", error)
            self._socket.abort()
            return
        self._socket.write(ANSWER)
        self._socket.flush()
        self._socket.disconnectFromServer()
        self._socket.readyRead.disconnect(self._read)
        self._deliver(files)


def hand_over(name: str, files: Sequence[str], timeout_s: float = ANSWER_TIMEOUT_S) -> bool:
    """Give ``files`` to the instance listening on ``name``; True once it has answered
    (blocking, for at most ``timeout_s``; the instance may still be starting: its socket is
    retried)."""
    deadline = time.monotonic() + timeout_s
    line = json.dumps({"files": [os.path.abspath(f) for f in files]}).encode() + b"\n"

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    try:
        while True:
            socket.connectToServer(name)
            if socket.waitForConnected(remaining_ms()):
                break
            socket.abort()
            if remaining_ms() <= 0:
                return False
            time.sleep(_RETRY_S)  # not listening yet, or no one: until the deadline
        socket.write(line)
        answer = b""
        while ANSWER not in answer:
            if not socket.waitForReadyRead(remaining_ms()):
                return False
            answer += socket.readAll().data()
        return True
    finally:
        socket.abort()
