"""Tools ▸ Start local engine / Stop local engine: the engine on demand without a run (it
also starts by itself the first time a page runs with "Local engine" chosen); Tools ▸
Download a model…: a Hub model into the local cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from .download_dialog import open_download
from .engine_process import EngineState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from hfi_desktop.ui.services import Services

    from .engine_process import EngineProcess
    from .sources_service import LocalSourcesService

START_TEXT = QT_TRANSLATE_NOOP("LocalEngineMenu", "Start local engine")
STOP_TEXT = QT_TRANSLATE_NOOP("LocalEngineMenu", "Stop local engine")
DOWNLOAD_TEXT = QT_TRANSLATE_NOOP("LocalEngineMenu", "Download a model…")


def install_local_engine(tools: QMenu, local: LocalSourcesService, parent: QWidget
                         ) -> tuple[QAction, QAction]:
    """Add the two actions to ``tools``; each is enabled when it applies."""
    engine = local.engine
    start = QAction(QCoreApplication.translate("LocalEngineMenu", START_TEXT), parent)
    start.setObjectName("startLocalEngine")
    start.setStatusTip(QCoreApplication.translate(
        "LocalEngineMenu",
        "Start the engine that runs Hub models from your cache on this computer"))
    stop = QAction(QCoreApplication.translate("LocalEngineMenu", STOP_TEXT), parent)
    stop.setObjectName("stopLocalEngine")
    start.triggered.connect(lambda _=False: engine.start())
    stop.triggered.connect(lambda _=False: engine.stop())

    _Follower(engine, start, stop, parent)
    tools.addSeparator()
    tools.addAction(start)
    tools.addAction(stop)
    return start, stop


def install_download(tools: QMenu, services: Services, local: LocalSourcesService,
                     parent: QWidget) -> QAction:
    """Tools ▸ Download a model…"""
    action = QAction(QCoreApplication.translate("LocalEngineMenu", DOWNLOAD_TEXT), parent)
    action.setObjectName("downloadModel")
    action.setStatusTip(QCoreApplication.translate(
        "LocalEngineMenu", "Download a model from the Hub into your cache, to run it on this "
        "computer"))
    action.triggered.connect(lambda _=False: open_download(services.bridge, services.client,
                                                           local, parent))
    tools.addAction(action)
    return action


class _Follower(QObject):
    """Enables the actions by the engine's state; a child of the window, so the engine's
    signal stops reaching the actions when the window goes (the service may outlive it)."""

    def __init__(self, engine: EngineProcess, start: QAction, stop: QAction, parent: QWidget
                 ) -> None:
        super().__init__(parent)
        self._engine, self._start, self._stop = engine, start, stop
        engine.state_changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        busy = self._engine.state in (EngineState.STARTING, EngineState.RUNNING)
        self._start.setEnabled(not busy)
        self._stop.setEnabled(busy)
