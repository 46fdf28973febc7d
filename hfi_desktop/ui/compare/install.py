"""How comparisons are opened: a "Compare…" button on every task page, Tools ▸ Compare…
(the page on show) and Tools ▸ Open comparison… (a saved ``.hficompare`` file)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import TaskSpec, task
from hfi_desktop.storage.comparison_file import (
    ComparisonFileError,
    FormSnapshot,
    read_comparison,
)

from .page_windows import bring_forward, current_page
from .snapshot import snapshot_of
from .view import ComparisonView, ask_path

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine

    from hfi_desktop.ui.page_api import PageApi
    from hfi_desktop.ui.services import Services

COMPARE_BUTTON_NAME = "compareButton"
CANNOT_OPEN_NAME = "cannotOpenBox"


class CompareManager(QObject):
    """Opens comparisons and keeps them (strong references) until they are closed."""

    def __init__(self, window: QWidget, services: Services, tools: QMenu, *,
                 current: Callable[[], QWidget | None], page_for: Callable[[str], PageApi],
                 report: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._current = current
        self._page_for = page_for
        self._report = report
        self.views: list[ComparisonView] = []
        self._tasks: set[asyncio.Task[object]] = set()
        self.compare_action = QAction(QCoreApplication.translate("CompareManager", "Compare…"),
                                      tools)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.compare_action.setToolTip(
            QCoreApplication.translate("CompareManager",
                                       "Send the page's inputs to several models at once"))
        self.compare_action.triggered.connect(self.compare_current)
        self.open_action = QAction(QCoreApplication.translate("CompareManager",
                                                              "Open comparison…"), tools)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self._open_dialog)
        tools.addAction(self.compare_action)
        tools.addAction(self.open_action)

    def attach(self, page: PageApi) -> QPushButton:
        """The page's "Compare…" button (in its result actions)."""
        button = QPushButton(QCoreApplication.translate("CompareManager", "Compare…"),
                             page.as_widget())
        button.setObjectName(COMPARE_BUTTON_NAME)
        button.setToolTip(
            QCoreApplication.translate("CompareManager",
                                       "Send these inputs to several models at once, side by side"))
        button.clicked.connect(lambda: self.compare(page))
        page.result_actions.addWidget(button)
        return button

    def compare(self, page: PageApi) -> ComparisonView:
        """The page's comparison (made the first time, with the page's model and the
        last other model used for the task); its form is the page's form as it is now."""
        view = next((v for v in self.views if v.page is page and v.path is None), None)
        if view is None:
            models = [page.form().model]
            others = [m for m in self._services.recent_models.get(page.spec.id)
                      if m and m != models[0]]
            models.append(others[0] if others else "")
            view = self._new_view(page.spec, page, models)
            view.set_snapshot(snapshot_of(page))
        elif not view.is_running():
            view.set_snapshot(snapshot_of(page))
        bring_forward(view)
        return view

    def compare_current(self) -> ComparisonView | None:
        page = current_page(self._current, self._report, QCoreApplication.translate(
            "CompareManager", "Choose a task first: a comparison sends that task's inputs."))
        return self.compare(page) if page is not None else None

    async def open_file(self, path: str | Path) -> ComparisonView | None:
        """Open a saved comparison in a new window, as it was saved (nothing is run)."""
        source = Path(path)
        try:
            document = await self._services.bridge.run(lambda: read_comparison(source))
            spec = task(document.task_id)
        except ComparisonFileError as error:
            self._cannot_open(source.name, str(error))
            return None
        except KeyError:
            self._cannot_open(source.name, QCoreApplication.translate(
                "CompareManager",
                "{name}: a comparison of a task this version does not have").format(
                name=source.name))
            return None
        view = self._new_view(spec, self._page_for(spec.id), [c.model for c in document.columns],
                              snapshot=document.form)
        view.path = source
        await view.restore(document)
        view.show()
        return view

    def _cannot_open(self, name: str, reason: str) -> None:
        """A file the user chose (or double-clicked) will not open: a window-modal box says
        why (more than a passing status line; nothing waits for it), the status bar too."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "CompareManager", "Cannot open the file"),
                          QCoreApplication.translate(
                              "CompareManager", "{name} could not be opened.").format(name=name),
                          QMessageBox.StandardButton.Close, self._window)
        box.setObjectName(CANNOT_OPEN_NAME)
        box.setInformativeText(reason)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._report(reason)

    def open_later(self, path: str | Path) -> None:
        """:meth:`open_file` as a task of its own (a path from the command line)."""
        self._start(self.open_file(path), "open comparison")

    def _new_view(self, spec: TaskSpec, page: PageApi | None, models: list[str], *,
                  snapshot: FormSnapshot | None = None) -> ComparisonView:
        form = snapshot if snapshot is not None else FormSnapshot({}, {}, {})
        view = ComparisonView(spec, self._services, form, models, page=page,
                              parent=self._window)
        view.closed.connect(self._closed)
        self.views.append(view)
        return view

    def _closed(self, view: ComparisonView) -> None:
        """A closed comparison is deleted once its cancelled runs have ended (they still
        write to its widgets on the way out)."""
        if view not in self.views:
            return
        self.views.remove(view)
        pending = view.running_tasks()
        if not pending:
            view.deleteLater()
            return

        async def dispose() -> None:
            await asyncio.wait(pending)
            view.deleteLater()

        self._start(dispose(), "dispose comparison")

    def close_all(self) -> None:
        """Close every comparison window (the main window is closing)."""
        for view in list(self.views):
            view.close()

    def _start(self, coro: Coroutine[Any, Any, object], name: str) -> None:
        task_ = create_task(coro, name=name)
        self._tasks.add(task_)
        task_.add_done_callback(self._tasks.discard)

    def _open_dialog(self) -> None:
        async def choose_and_open() -> None:
            path = await ask_path(self._window, QCoreApplication.translate("CompareManager",
                                                                           "Open comparison"),
                                  str(Path.home()), save=False)
            if path is not None:
                await self.open_file(path)

        self._start(choose_and_open(), "open comparison")


def install_compare(window: QWidget, services: Services, tools: QMenu, *,
                    current: Callable[[], QWidget | None], page_for: Callable[[str], PageApi],
                    report: Callable[[str], None]) -> CompareManager:
    """Tools ▸ Compare… / Open comparison…; call ``attach(page)`` for every page made."""
    return CompareManager(window, services, tools, current=current, page_for=page_for,
                          report=report)
