"""The local engine's process, run by the application on demand (a QProcess on the GUI
thread: its signals come through the event loop, no thread of its own).

The engine prints ``{"url", "token"}`` as its first stdout line (checked: it is untrusted)
and exits when its stdin closes, so it never outlives the application, even one that is
killed. ``stop()`` closes stdin, then terminates, then kills after a grace. The GUI process
never imports the engine's modules (torch): whether its extra is installed is looked up
with ``find_spec`` alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from hfi_desktop.local.engine_start import (
    EngineStartError,
    engine_command,
    missing_message,
    missing_modules,
    parse_ready_line,
)
from hfi_desktop.redaction import redact, register_secret

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

START_TIMEOUT_S = 120.0  # importing torch and transformers on a slow disk takes a while
STOP_GRACE_MS = 3000
_TAIL_LINES = 5


class EngineState(StrEnum):
    STOPPED = "stopped"  # not started yet, stopped by the app, or it died (exit_code says)
    STARTING = "starting"
    RUNNING = "running"
    FAILED = "failed"  # it could not start (message says why)
    MISSING = "missing"  # its optional extra is not installed (message says how to add it)


class EngineStopped(EngineStartError):
    """The engine's process ended (``exit_code``) while a call needed it."""

    def __init__(self, exit_code: int | None) -> None:
        self.exit_code = exit_code
        super().__init__(stopped_text(exit_code))


def stopped_text(exit_code: int | None) -> str:
    return QCoreApplication.translate(
        "EngineProcess", "The local engine stopped ({code}). Restart it to run on this computer "
        "again.").format(code=_exit_text(exit_code))


def _exit_text(exit_code: int | None) -> str:
    if exit_code is None:
        return QCoreApplication.translate("EngineProcess", "it was killed")
    return QCoreApplication.translate("EngineProcess", "exit code {code}").format(code=exit_code)


class EngineProcess(QObject):
    """One engine process at a time. ``state_changed`` after every change of :attr:`state`.
    ``command``: what to run (default: ``python -m hfi_desktop.engine --port 0`` with this
    Python; tests pass a stand-in); ``find_spec``: how the extra is looked for (tests);
    ``memory_budget_mb``: the budget the default command passes, read at each start."""

    state_changed = Signal()

    def __init__(self, command: Sequence[str] | None = None, *,
                 find_spec: Callable[[str], Any] | None = None,
                 memory_budget_mb: Callable[[], int] | None = None,
                 start_timeout_s: float = START_TIMEOUT_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = list(command) if command is not None else None
        self._find_spec = find_spec
        self._memory_budget_mb = memory_budget_mb
        self.state = EngineState.STOPPED
        self.message = ""  # why it failed or stopped ("" when nothing to say)
        self.url = ""
        self.token = ""
        self.exit_code: int | None = None
        self.died = False  # it ended without being asked to (a crash, a kill)
        self._process: QProcess | None = None
        self._stdout = b""
        self._stderr: deque[str] = deque(maxlen=_TAIL_LINES)
        self._waiters: list[asyncio.Future[None]] = []
        self._ended: list[asyncio.Future[None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(start_timeout_s * 1000))
        self._timer.timeout.connect(self._on_timeout)

    # -- the narrow API ------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.state is EngineState.RUNNING

    def can_start(self) -> bool:
        """Whether a start can run the engine: its extra is installed (looked up, not
        imported), or a command was given."""
        return self._command is not None or not missing_modules(self._find_spec)

    def pid(self) -> int:
        """The process id (0 when none runs)."""
        return self._process.processId() if self._process is not None else 0

    def command(self) -> list[str]:
        """What a start runs now."""
        if self._command is not None:
            return list(self._command)
        return engine_command(self._memory_budget_mb() if self._memory_budget_mb else 0)

    def start(self) -> None:
        """Start the engine unless it runs or is starting (a failed start is tried again)."""
        if self.state in (EngineState.STARTING, EngineState.RUNNING):
            return
        if self._command is None:
            missing = missing_modules(self._find_spec)
            if missing:
                self._set(EngineState.MISSING, missing_message(missing))
                self._settle()
                return
        command = self.command()
        self.url = self.token = ""
        self.exit_code, self.died = None, False
        self._stdout = b""
        self._stderr.clear()
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.readyReadStandardOutput.connect(self._on_stdout)
        process.readyReadStandardError.connect(self._on_stderr)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._set(EngineState.STARTING, "")
        self._timer.start()
        log.info("starting the local engine: %s", " ".join(command))
        process.start()

    def restart(self) -> None:
        self.stop()
        self.start()

    async def ready(self) -> tuple[str, str]:
        """The running engine's (url, token), starting it if needed; EngineStartError (its
        text for the user) when it cannot start."""
        self.start()
        if self.state is EngineState.STARTING:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            await waiter
        if self.state is not EngineState.RUNNING:
            raise EngineStartError(self.message or QCoreApplication.translate(
                "EngineProcess", "The local engine is not running."))
        return self.url, self.token

    async def wait_ended(self, timeout_s: float) -> bool:
        """Whether the process ended within ``timeout_s`` (True at once if none runs)."""
        if self._process is None:
            return True
        ended = asyncio.get_running_loop().create_future()
        self._ended.append(ended)
        try:
            await asyncio.wait_for(asyncio.shield(ended), timeout_s)
        except TimeoutError:
            return False
        finally:
            if ended in self._ended:
                self._ended.remove(ended)
        return True

    def stop(self, grace_ms: int = STOP_GRACE_MS) -> None:
        """Stop the engine: close its stdin (it exits), then terminate, then kill. Blocks
        for the grace at most (quitting the application waits for it)."""
        process, self._process = self._process, None
        self._timer.stop()
        if process is None:
            return
        process.finished.disconnect(self._on_finished)
        process.errorOccurred.disconnect(self._on_error)
        if process.state() is not QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(grace_ms):
                process.terminate()
                if not process.waitForFinished(grace_ms):
                    process.kill()
                    process.waitForFinished(grace_ms)
        log.info("the local engine stopped")
        self.exit_code = None
        self._set(EngineState.STOPPED, "")
        self._settle()
        self._wake_ended()
        process.deleteLater()

    # -- the process ---------------------------------------------------------------------------

    def _on_stdout(self) -> None:
        process = self._process
        if process is None:
            return
        data = bytes(process.readAllStandardOutput().data())
        if self.state is not EngineState.STARTING:
            return  # later output is the engine's own business
        self._stdout += data
        line, newline, _rest = self._stdout.partition(b"\n")
        if not newline:
            if len(self._stdout) > 4096:
                self._fail(QCoreApplication.translate(
                    "EngineProcess", "the local engine printed something else than its address"))
            return
        try:
            self.url, self.token = parse_ready_line(line.strip())
        except EngineStartError as error:
            self._fail(str(error))
            return
        register_secret(self.token)  # never in a log, a message, a file
        self._timer.stop()
        self._stdout = b""
        log.info("the local engine runs at %s", self.url)
        self._set(EngineState.RUNNING, "")
        self._settle()

    def _on_stderr(self) -> None:
        process = self._process
        if process is None:
            return
        text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                self._stderr.append(redact(line.strip())[:300])
                log.debug("engine: %s", self._stderr[-1])

    def _on_finished(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        self._timer.stop()
        crashed = status is QProcess.ExitStatus.CrashExit
        self.exit_code = None if crashed else exit_code
        if self.state is EngineState.STARTING:
            tail = f": {self._stderr[-1]}" if self._stderr else ""
            code = _exit_text(None if crashed else exit_code)
            self._set(EngineState.FAILED, QCoreApplication.translate(
                "EngineProcess", "The local engine stopped before it was ready ({code})").format(
                    code=code) + tail)
        elif self.state is EngineState.RUNNING:
            self.died = True
            log.warning("the local engine stopped: exit code %s", self.exit_code)
            self._set(EngineState.STOPPED, stopped_text(self.exit_code))
        self._settle()
        self._wake_ended()
        if process is not None:
            process.deleteLater()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._process is not None:
            detail = self._process.errorString()
            self._process.deleteLater()
            self._process = None
            self._timer.stop()
            self._set(EngineState.FAILED, QCoreApplication.translate(
                "EngineProcess", "The local engine could not start: {detail}").format(
                    detail=detail))
            self._settle()

    def _on_timeout(self) -> None:
        seconds = self._timer.interval() / 1000
        self._fail(QCoreApplication.translate(
            "EngineProcess", "the local engine did not say its address within {seconds} s").format(
                seconds=f"{seconds:g}"))

    def _fail(self, why: str) -> None:
        """A start that went wrong: say so and end the process."""
        self.stop(grace_ms=500)
        self._set(EngineState.FAILED, QCoreApplication.translate(
            "EngineProcess", "The local engine could not start: {why}.").format(why=why))

    # -- state ---------------------------------------------------------------------------------

    def _set(self, state: EngineState, message: str) -> None:
        self.state, self.message = state, message
        self.state_changed.emit()

    def _settle(self) -> None:
        """Wake the calls waiting for the start (they read how it went off the state)."""
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _wake_ended(self) -> None:
        for ended in self._ended:
            if not ended.done():
                ended.set_result(None)
