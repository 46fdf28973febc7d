"""The history panel as a dock of the main window: View ▸ History (Ctrl+H).

``install_history(window, services, show_task=...)`` adds the dock (hidden until asked for)
and the menu action, and connects the panel's Open / Re-run to the task pages (through
``show_task``: this module does not import the window's), and Save… to the export feature's
:class:`~hfi_desktop.ui.export.ResultSaver` (its Save dialog, formats and atomic writes; the
record's files read from the content store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from hfi_desktop.ui.export import ResultSaver
from hfi_desktop.ui.menus import menu

from .panel import HistoryPanel

if TYPE_CHECKING:
    import asyncio

    from hfi_desktop.storage.history.service import HistoryService
    from hfi_desktop.storage.records import RunRecord
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+H"


class RecordPage(Protocol):
    """What Open / Re-run need of a task page (:class:`~hfi_desktop.ui.task_page.TaskPage`)."""

    def show_record(self, record: RunRecord, *, run: bool = False) -> asyncio.Task[bool]: ...


#: The window's "show this task's page" (``MainWindow.show_task``); KeyError: unknown task.
ShowTask = Callable[[str], RecordPage]


class HistoryDock(QDockWidget):
    """The dock; its panel is built when first shown (or asked for), not at startup.
    ``setup(panel)`` is called once, when the panel is built."""

    def __init__(self, history: HistoryService, parent: QWidget | None = None, *,
                 setup: Callable[[HistoryPanel], None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("HistoryDock", "History"), parent)
        self.setObjectName("historyDock")
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.TopDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self._history = history
        self._setup = setup
        self._panel: HistoryPanel | None = None
        self.visibilityChanged.connect(lambda visible: visible and self.panel)

    @property
    def panel(self) -> HistoryPanel:
        if self._panel is None:
            self._panel = HistoryPanel(self._history, self)
            self.setWidget(self._panel)
            if self._setup is not None:
                self._setup(self._panel)
        return self._panel


def install_history(window: QMainWindow, services: Services, *,
                    show_task: ShowTask) -> HistoryDock:
    history = services.history
    if history is None:
        raise ValueError("no history service to show")
    def setup(panel: HistoryPanel) -> None:
        panel.open_requested.connect(lambda record: open_record(window, show_task, record))
        panel.rerun_requested.connect(
            lambda record: open_record(window, show_task, record, run=True))
        panel.set_save_handler(RecordSaver(window, services, history))

    dock = HistoryDock(history, window, setup=setup)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()

    def first_shown(visible: bool) -> None:
        if visible:
            dock.visibilityChanged.disconnect(first_shown)
            window.resizeDocks([dock], [max(dock.height(), window.height() * 2 // 5)],
                               Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(first_shown)
    action = dock.toggleViewAction()
    action.setText(QCoreApplication.translate("HistoryDock", "&History"))
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setToolTip(QCoreApplication.translate("HistoryDock",
                                                 "Show or hide the history of runs ({keys})")
                      .format(keys=SHORTCUT))
    menu(window, "&View").addAction(action)
    return dock


class RecordSaver:
    """Save… for history records (the panel's save handler): the export's Save dialog and
    writer, ``saver``, on the record asked for."""

    def __init__(self, window: QMainWindow, services: Services, history: HistoryService) -> None:
        self._chosen: RunRecord | None = None
        self.saver = ResultSaver(window, services.bridge, lambda: self._chosen,
                                 files=history.files.get,
                                 report=lambda text: window.statusBar().showMessage(text, 8000))

    def __call__(self, record: RunRecord) -> None:
        self._chosen = record
        self.saver.save_as()


def open_record(window: QMainWindow, show_task: ShowTask, record: RunRecord, *,
                run: bool = False) -> asyncio.Task[bool] | None:
    """Show ``record`` on its task page (and run it again with ``run``)."""
    try:
        page = show_task(record.task_id)
    except KeyError:
        window.statusBar().showMessage(
            QCoreApplication.translate("HistoryDock", "Unknown task {task}: can't open this run")
            .format(task=repr(record.task_id)), 5000)
        return None
    return page.show_record(record, run=run)
