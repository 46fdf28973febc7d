"""Entry point: a QApplication, an asyncio loop on top of Qt's (qasync), the main window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from types import TracebackType

import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from hfi_desktop import __version__
from hfi_desktop.ui.main_window import MainWindow

APP_NAME = "hfi_desktop"
SMOKE_TEST_TIMEOUT_MS = 20_000

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_uncaught_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` that logs instead of dropping (qasync's asyncSlot errors end here)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Uncaught exception", exc_info=(exc_type, exc, tb))


def install_excepthook() -> ExceptHook:
    """Install :func:`log_uncaught_exception`; return the previous hook."""
    previous = sys.excepthook
    sys.excepthook = log_uncaught_exception
    return previous


class _QuitAfterFirstPaint(QObject):
    """``--smoke-test``: once the window has painted, quit from an asyncio task (exit 0)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._task: asyncio.Task[None] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._task is None:
            # Also proves that asyncio tasks run on the Qt loop.
            self._task = asyncio.ensure_future(self._quit())
        return False

    async def _quit(self) -> None:
        await asyncio.sleep(0)
        log.info("smoke test: window painted, quitting")
        QTimer.singleShot(0, lambda: self._app.exit(0))


def _parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="hfi-desktop", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test", action="store_true", help="show the window, quit after the first paint"
    )
    return parser.parse_known_args(list(argv))  # unknown options go to Qt (-platform, ...)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes; return the exit code."""
    args, qt_args = _parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    previous_hook = install_excepthook()

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication([sys.argv[0], *qt_args])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
        loop.add_signal_handler(signal.SIGINT, app.quit)

    window = MainWindow()
    if args.smoke_test:
        window.installEventFilter(_QuitAfterFirstPaint(app))
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    try:
        with loop:
            code: int = loop.run_forever()
    finally:
        asyncio.set_event_loop(None)
        sys.excepthook = previous_hook
    return code
