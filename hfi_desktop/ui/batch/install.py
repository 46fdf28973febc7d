"""How batch windows are opened: a "Batch…" button on every task page (its task, model and
form through PageApi), Tools ▸ Batch… (a task chosen), File ▸ Open batch… (a batch file),
and the notice of an unfinished batch in a window just opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from hfi_desktop.batch.journal import BatchFileError, BatchJournal
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.catalog import task
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.menus import add_action
from hfi_desktop.ui.page_api import FormSource, PageApi

from .batch_files import SUFFIX, batches_dir, unfinished_batches
from .task_chooser import choose_task
from .window import BatchWindow

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.services import Services

    from .batch_files import Unfinished

BATCH_BUTTON_NAME = "batchButton"


class BatchManager(QObject):
    """Opens batch windows and keeps them (strong references) until they are closed.
    ``folder``: where batch files go (None: the data folder's ``batches/``)."""

    def __init__(self, window: QWidget, services: Services, tasks: Sequence[TaskSpec], *,
                 tools: QMenu, file_menu: QMenu, current: Callable[[], QWidget | None],
                 page_for: Callable[[str], PageApi], report: Callable[[str], None],
                 folder: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._specs = {spec.id: spec for spec in tasks}
        self._current = current
        self._page_for = page_for
        self._report = report
        self.folder = folder
        self.windows: list[BatchWindow] = []
        self._tasks = OwnedTasks("batches")
        self.batch_action = QAction(QCoreApplication.translate("BatchManager", "&Batch…"), tools)
        self.batch_action.setObjectName("actionBatch")
        self.batch_action.setToolTip(QCoreApplication.translate(
            "BatchManager", "Run many inputs through several models, unattended"))
        self.batch_action.triggered.connect(lambda: self._tasks.start(self._choose_and_open()))
        tools.addAction(self.batch_action)
        self.open_action = QAction(QCoreApplication.translate("BatchManager", "Open &batch…"),
                                   file_menu)
        self.open_action.setObjectName("actionOpenBatch")
        self.open_action.triggered.connect(lambda: self._tasks.start(self._open_dialog()))
        add_action(file_menu, self.open_action)

    def attach(self, page: PageApi) -> QPushButton:
        """The page's "Batch…" button (in its result actions)."""
        button = self.button_for(page)
        page.result_actions.addWidget(button)
        return button

    def button_for(self, page: FormSource) -> QPushButton:
        """A "Batch…" button opening a batch of the page's form (the page places it)."""
        button = QPushButton(QCoreApplication.translate("BatchManager", "Batch…"),
                             page.as_widget())
        button.setObjectName(BATCH_BUTTON_NAME)
        button.setToolTip(QCoreApplication.translate(
            "BatchManager", "Run many inputs with this form's parameters through several "
            "models"))
        button.clicked.connect(lambda: self.open_for(page))
        return button

    # ------------------------------------------------------------------ opening
    def open_for(self, page: FormSource) -> BatchWindow:
        """A new batch window for the page's task, model, parameters and options."""
        view = self._new_window(page.spec, page)
        self._tasks.start(self._offer_unfinished(view))
        return view

    def open_task(self, task_id: str) -> BatchWindow:
        return self.open_for(self._page_for(task_id))

    async def open_file(self, path: Path, *, resume: bool = False) -> BatchWindow | None:
        """A batch file in a new window (its results; Resume goes on); None if it cannot be
        read (the status bar says why)."""
        try:
            journal = await self._services.bridge.run(lambda: BatchJournal.open(path))
            spec = task(journal.plan.task_id)
        except BatchFileError as error:
            self._report(str(error))
            return None
        except KeyError:
            self._report(QCoreApplication.translate(
                "BatchManager", "{name}: a batch of a task this version does not have").format(
                name=path.name))
            return None
        view = self._new_window(spec, self._page_for(spec.id))
        if await view.open_file(path) is not None and resume:
            view.session.resume()
        return view

    def _new_window(self, spec: TaskSpec, page: FormSource | None) -> BatchWindow:
        view = BatchWindow(spec, self._services, page, folder=self.folder, parent=self._window)
        view.closed.connect(self._closed)
        view.notice.resume_requested.connect(
            lambda batch, view=view: self._tasks.start(self._resume(view, batch)))
        self.windows.append(view)
        view.show()
        view.raise_()
        return view

    async def _offer_unfinished(self, view: BatchWindow) -> None:
        folder = self.folder
        found = await self._services.bridge.run(lambda: unfinished_batches(folder))
        if view in self.windows:
            view.notice.offer(found, self._specs)

    async def _resume(self, view: BatchWindow, batch: Unfinished) -> None:
        view.notice.hide()
        if not view.is_running() and view.journal_path() is None \
                and view.spec.id == batch.task_id:
            if await view.open_file(batch.path) is not None:
                view.session.resume()
            return
        await self.open_file(batch.path, resume=True)

    async def _choose_and_open(self) -> None:
        current = self._current()
        chosen = await choose_task(list(self._specs.values()),
                                   current.spec.id if isinstance(current, PageApi) else None,
                                   self._window)
        if chosen is not None:
            self.open_task(chosen)

    async def _open_dialog(self) -> None:
        folder = self.folder if self.folder is not None else batches_dir()
        dialog = QFileDialog(self._window, QCoreApplication.translate("BatchManager",
                                                                      "Open batch"),
                             str(folder), QCoreApplication.translate(
                                 "BatchManager", "Batches (*{suffix})").format(suffix=SUFFIX))
        dialog.setObjectName("batchOpenDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        chosen = await await_path(dialog)
        if chosen is not None:
            await self.open_file(chosen.path)

    def _closed(self, view: BatchWindow) -> None:
        """A closed window is deleted once its cancelled run has ended (it still writes to
        the window on the way out), unless the main window took it along meanwhile."""
        if view in self.windows:
            self.windows.remove(view)
            task_ = view.session.task
            if task_ is not None and not task_.done():
                task_.add_done_callback(
                    lambda _t: view.deleteLater() if shiboken6.isValid(view) else None)
            else:
                view.deleteLater()

    def close_all(self) -> None:
        for view in list(self.windows):
            view.close()
