"""The application's main window: the task sidebar and one page per task (built on first use):
a form page per task, the chat page for the chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from hfi_desktop.catalog import PageKind
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.compare import install_compare
from hfi_desktop.ui.export import install_export_menu
from hfi_desktop.ui.history import RunRecorder, install_history
from hfi_desktop.ui.menus import menu
from hfi_desktop.ui.sidebar import TASK_ID_ROLE, TaskSidebar
from hfi_desktop.ui.task_page import TaskPage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.services import Services

WINDOW_TITLE = "Hugging Face Inference"
DEFAULT_SIZE = (1280, 800)
SIDEBAR_WIDTH = 250


class MainWindow(QMainWindow):
    def __init__(self, tasks: Sequence[TaskSpec], services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(*DEFAULT_SIZE)
        self._services = services
        self._specs = {spec.id: spec for spec in tasks}
        self.pages: dict[str, TaskPage] = {}
        self.chat: ChatPage | None = None  # the chat page, once shown

        self.sidebar = TaskSidebar(tasks, self)
        self.stack = QStackedWidget(self)
        placeholder = QLabel("Choose a task on the left to get started.", self.stack)
        placeholder.setObjectName("centralPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(placeholder)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([SIDEBAR_WIDTH, DEFAULT_SIZE[0] - SIDEBAR_WIDTH])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.statusBar().showMessage("Ready")

        self.sidebar.task_selected.connect(self.show_task)
        QShortcut(QKeySequence("Ctrl+F"), self, self.sidebar.filter_edit.setFocus)
        install_export_menu(menu(self, "&File"), self.stack.currentWidget)
        if services.history is not None:  # View ▸ History (Ctrl+H)
            self.history_dock = install_history(self, services, show_task=self.show_task)
        self.compare = install_compare(  # Tools ▸ Compare…, Open comparison…
            self, services, menu(self, "&Tools"), current=self.stack.currentWidget,
            page_for=self.page, report=lambda text: self.statusBar().showMessage(text, 8000))

    def page(self, task_id: str) -> TaskPage:
        """The task's page, created the first time it is needed."""
        page = self.pages.get(task_id)
        if page is None:
            page = TaskPage(self._specs[task_id], self._services, self.stack)
            page.run_finished.connect(
                lambda state, title=page.spec.title: self.statusBar().showMessage(
                    f"{title}: {state}", 5000))
            if self._services.history is not None:
                RunRecorder(page, self._services.history)  # a child of the page
            self.compare.attach(page)  # the page's "Compare…" button
            self.stack.addWidget(page)
            self.pages[task_id] = page
        return page

    def chat_page(self) -> ChatPage:
        """The chat page, created the first time it is needed."""
        if self.chat is None:
            spec = next(s for s in self._specs.values() if s.page is PageKind.CHAT)
            self.chat = ChatPage(spec, self._services, self.stack)
            self.stack.addWidget(self.chat)
        return self.chat

    def show_task(self, task_id: str) -> TaskPage | ChatPage:
        spec = self._specs[task_id]
        page = self.chat_page() if spec.page is PageKind.CHAT else self.page(task_id)
        self.stack.setCurrentWidget(page)
        if self.sidebar.tree.currentIndex().data(TASK_ID_ROLE) != task_id:
            self.sidebar.select_task(task_id)
        return page

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.cancel()
        if self.chat is not None:
            self.chat.cancel()
        self.compare.close_all()  # the main window goes: its comparisons too
        super().closeEvent(event)
