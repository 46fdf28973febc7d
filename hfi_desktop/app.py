"""Entry point: a QApplication, an asyncio loop on top of Qt's (qasync), the main window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
import time
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hfi_desktop import __version__
from hfi_desktop.app_id import APP_ID, ICON_FILE
from hfi_desktop.bridge import Bridge, install_excepthook
from hfi_desktop.catalog import CATALOG
from hfi_desktop.credentials.secrets import install_log_redaction, resolve_token
from hfi_desktop.resources import icon_path
from hfi_desktop.runtime import tune_runtime
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.paths import data_dir
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.i18n import install_translations, translate
from hfi_desktop.ui.local import LocalSourcesService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.notice import NoticeBar
from hfi_desktop.ui.settings import LiveSettings, install_settings
from hfi_desktop.ui.settings.local_sources import LocalServerPublisher
from hfi_desktop.ui.single_instance import ANSWER_TIMEOUT_S, SingleInstance, hand_over

if TYPE_CHECKING:
    from collections.abc import Sequence

APP_NAME = "hfi_desktop"
SMOKE_TEST_TIMEOUT_MS = 20_000

log = logging.getLogger(__name__)


def seconds_since_process_start() -> float | None:
    """How long ago this process started (Linux only, to the kernel's clock tick: 10 ms)."""
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            # Field 22 (starttime, in clock ticks since boot); the command name (field 2)
            # may contain spaces, so count from its closing parenthesis.
            started = int(stat.read().rpartition(")")[2].split()[19])
            now = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return max(0.0, now - started / os.sysconf("SC_CLK_TCK"))


class _QuitAfterFirstPaint(QObject):
    """``--smoke-test``: once the window has painted, quit from an asyncio task (exit 0).

    Prints ``first_paint_s=<seconds since the process started> monotonic=<time.monotonic()>``
    on stdout then (bench/startup.py times startup with it; CLOCK_MONOTONIC is system-wide).
    """

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
        await asyncio.sleep(0)  # the paint event has been handled when this resumes
        painted_at = time.monotonic()
        since_start = seconds_since_process_start()
        shown = "unknown" if since_start is None else f"{since_start:.3f}"
        print(f"first_paint_s={shown} monotonic={painted_at:.6f}", flush=True)
        log.info("smoke test: window painted, quitting")
        QTimer.singleShot(0, lambda: self._app.exit(0))


def _parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="hfi-desktop", description=__doc__,
        usage="%(prog)s [-h] [--version] [--smoke-test] [FILE.hficompare ...]",
        epilog="Files: saved comparisons to open. With a window already open on the same "
               "data folder, they open there and this launch ends.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke-test", action="store_true", help="show the window, quit after the first paint"
    )
    # Unknown options go to Qt (-platform, ...); what Qt leaves are the files.
    return parser.parse_known_args(list(argv))


def _files(arguments: Sequence[str]) -> list[str]:
    """The files among the arguments Qt did not take (options it does not know: ignored),
    as absolute paths (as a later launch hands them over)."""
    for option in (a for a in arguments if a.startswith("-")):
        log.warning("unknown option %s: ignored", option)
    return [os.path.abspath(a) for a in arguments if not a.startswith("-")]


def _unanswered_notice(window: MainWindow, holder: int) -> None:
    """Say that this window was opened because the running instance did not answer."""
    process = translate("App", " (process {pid})").format(pid=holder) if holder else ""
    text = translate(
        "App", "Another Hugging Face Inference window{process} is open on this data folder "
        "but did not answer within {seconds} s, so this window opened on its own. Both use "
        "the same history; if the other one is stuck, close it.").format(
            process=process, seconds=f"{ANSWER_TIMEOUT_S:g}")
    log.warning("single instance: another Hugging Face Inference window (process %s) is open on "
                "this data folder but did not answer within %g s, so this window opened on its "
                "own", holder, ANSWER_TIMEOUT_S)
    window.add_notice(NoticeBar(text, window, name=translate("App", "Another instance")))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes; return the exit code."""
    args, qt_args = _parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    install_log_redaction()  # no access token in the logs, whatever a server echoes

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    # The desktop entry (packaging/linux/): Wayland and the taskbars match the window to it.
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication([sys.argv[0], *qt_args])
    settings = Settings()
    install_translations(app, settings.language())  # before any widget is built
    app.setWindowIcon(QIcon(str(icon_path(ICON_FILE))))
    files = _files(app.arguments()[1:])
    # One window per data folder: a later launch gives its files to the running one.
    instance = SingleInstance(data_dir())
    primary = instance.claim()
    if not primary:
        if hand_over(instance.name, files):
            log.info("handed over to the running instance (process %s): %d file(s)",
                     instance.holder(), len(files))
            return 0
        primary = instance.claim()  # it may have quit meanwhile
    previous_hook = install_excepthook()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
        loop.add_signal_handler(signal.SIGINT, app.quit)

    bridge = Bridge()
    # The token (keyring, HF_TOKEN, `hf auth login`), URLs and trust from the settings; the
    # client follows changes live. The token is looked up in a worker: the keyring takes 0.1 s
    # and more, and the window is built and shown meanwhile (runs wait for the token).
    live = LiveSettings(settings, token=bridge.start(resolve_token))
    services = live.services(bridge)
    # Models on this computer: the local engine (started on demand) and local servers.
    local = services.local = LocalSourcesService(
        memory_budget_mb=services.settings.engine_memory_budget_mb)
    local.hub_token = lambda: live.token.token  # Hub downloads (sent as the client would)
    servers = LocalServerPublisher(services.settings, bridge, local)  # saved local servers
    loop.call_soon(servers.publish)  # their models and health, once the loop runs
    # The history of runs, in the user data directory (HFI_DESKTOP_DATA_DIR overrides it).
    history = services.history = HistoryService.open(settings=services.settings)
    window = MainWindow(CATALOG, services)
    install_settings(window, live, bridge)  # File ▸ Settings… (Ctrl+,), theme
    if primary:
        instance.files_received.connect(window.receive_launch)
    else:
        _unanswered_notice(window, instance.holder())
    if args.smoke_test:
        window.installEventFilter(_QuitAfterFirstPaint(app))
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    # Once the loop runs: opening a comparison starts an asyncio task.
    loop.call_soon(window.receive_launch, files)
    collector = tune_runtime(bridge.idle_s, app)
    try:
        with loop:
            code: int = loop.run_forever()
    finally:
        collector.stop()
        servers.close()
        local.shutdown()  # the engine stops with the app (it also exits when stdin closes)
        bridge.shutdown()
        history.close()  # waits (briefly) for the last writes
        live.close()
        instance.release()
        asyncio.set_event_loop(None)
        sys.excepthook = previous_hook
    return code
