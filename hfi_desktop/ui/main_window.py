"""The application's main window: the task sidebar and one page per task (built on first
use): a form page per task, the chat page for the chat; before a task is chosen, the
welcome (until a run has succeeded: then a first example alone). File ▸ Quit and the Help menu are
installed here, and Help ▸ Welcome, which shows the first-run welcome again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.catalog import PageKind
from hfi_desktop.catalog.answers import shared_inputs
from hfi_desktop.local.clients import ENGINE_ID
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.arena import install_arena
from hfi_desktop.ui.batch import BatchManager
from hfi_desktop.ui.compare import install_compare
from hfi_desktop.ui.export import install_export_menu
from hfi_desktop.ui.help import install_help
from hfi_desktop.ui.history import RunRecorder, install_history, install_storage_notices
from hfi_desktop.ui.i18n import catalog_text, translate
from hfi_desktop.ui.legacy_notice import install_legacy_notice
from hfi_desktop.ui.local.menu import install_download, install_local_engine
from hfi_desktop.ui.menus import install_quit, menu
from hfi_desktop.ui.shortcuts import MAIN_WINDOW, declare
from hfi_desktop.ui.sidebar import TASK_ID_ROLE, TaskSidebar
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.runs import Run
    from hfi_desktop.ui.chat import ChatPage
    from hfi_desktop.ui.history import StorageNotices
    from hfi_desktop.ui.services import Services
    from hfi_desktop.ui.settings import SettingsHooks

WINDOW_TITLE = "Hugging Face Inference"
DEFAULT_SIZE = (1280, 800)
SIDEBAR_WIDTH = 250
#: The welcome's first example: this task's first example, ready to run.
FIRST_EXAMPLE_TASK = "text-classification"
#: How a run ended (TaskPage.run_finished), as the status bar says it.
RUN_ENDINGS = {"done": QT_TRANSLATE_NOOP("MainWindow", "done"),
               "error": QT_TRANSLATE_NOOP("MainWindow", "error"),
               "cancelled": QT_TRANSLATE_NOOP("MainWindow", "cancelled")}
FILTER_TASKS = declare("Filter the tasks (type to replace the filter)", "Ctrl+F",
                       where=MAIN_WINDOW)


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
        self.settings_hooks: SettingsHooks | None = None  # set by install_settings (app.py)
        self.chat: ChatPage | None = None  # the chat page, once shown

        self.sidebar = TaskSidebar(tasks, self)
        self.stack = QStackedWidget(self)
        self.local_engine = services.local is not None and services.local.engine.can_start()
        self.welcome = WelcomePage(self._specs[FIRST_EXAMPLE_TASK], FILTER_TASKS.text(),
                                   local_engine=self.local_engine, parent=self.stack)
        self.welcome.set_full(not services.settings.welcome_done())
        self.stack.addWidget(self.welcome)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([SIDEBAR_WIDTH, DEFAULT_SIZE[0] - SIDEBAR_WIDTH])
        splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._notices = QVBoxLayout()  # notices across the top (add_notice)
        self._notices.setContentsMargins(8, 0, 8, 0)
        column.addLayout(self._notices)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(translate("MainWindow", "Ready"))

        self.sidebar.task_selected.connect(self.show_task)
        FILTER_TASKS.install(self, self.sidebar.focus_filter)
        install_export_menu(menu(self, "&File"), self.stack.currentWidget)
        self.history_notices: StorageNotices | None = None
        if services.history is not None:  # View ▸ History (Ctrl+H)
            self.history_dock = install_history(self, services, show_task=self.show_task)
            # runs not saved (kept, Save…, Retry), a damaged file repaired
            self.history_notices = install_storage_notices(self, services, self.add_notice)
        self.compare = install_compare(  # Tools ▸ Compare…, Open comparison…
            self, services, menu(self, "&Tools"), current=self.stack.currentWidget,
            page_for=self.page, report=lambda text: self.statusBar().showMessage(text, 8000))
        self.arena = install_arena(  # Tools ▸ Arena…, Arena leaderboard…
            self, services, menu(self, "&Tools"), current=self.stack.currentWidget,
            report=lambda text: self.statusBar().showMessage(text, 8000))
        self.batches = BatchManager(  # Tools ▸ Batch…, File ▸ Open batch…
            self, services, tasks, tools=menu(self, "&Tools"), file_menu=menu(self, "&File"),
            current=self.stack.currentWidget, page_for=self.page,
            report=lambda text: self.statusBar().showMessage(text, 8000))
        if services.local is not None:  # Tools ▸ Start local engine, Stop local engine
            self.local_engine_actions = install_local_engine(menu(self, "&Tools"),
                                                             services.local, self)
            self.download_action = install_download(menu(self, "&Tools"), services,
                                                    services.local, self)
        self.quit_action = install_quit(self)  # File ▸ Quit (Ctrl+Q), after the rest of File
        self.help = install_help(self, services, open_token_settings=self.open_token_settings)
        self.welcome_action = QAction(QCoreApplication.translate("MainWindow", "W&elcome"),
                                      self)
        self.welcome_action.setObjectName("actionWelcome")
        self.welcome_action.triggered.connect(lambda _=False: self.show_welcome())
        help_menu = menu(self, "&Help")
        help_menu.insertAction(help_menu.actions()[0], self.welcome_action)
        self.welcome.example_requested.connect(self.open_first_example)
        self.welcome.token_requested.connect(self.paste_token)
        self.welcome.token_help_requested.connect(self.help.show_token_help)
        self.welcome.try_requested.connect(self.try_without_token)

    def add_notice(self, notice: QWidget) -> None:
        """Show ``notice`` across the top of the window, above the sidebar and the page."""
        self._notices.setContentsMargins(8, 8, 8, 4)
        self._notices.addWidget(notice)

    def has_task(self, task_id: str) -> bool:
        """Whether :meth:`show_task` can show ``task_id``."""
        return task_id in self._specs

    def page(self, task_id: str) -> TaskPage:
        """The task's page, created the first time it is needed."""
        page = self.pages.get(task_id)
        if page is None:
            page = TaskPage(self._specs[task_id], self._services, self.stack)
            title = catalog_text(page.spec.title)
            page.run_finished.connect(
                lambda state, title=title: self.statusBar().showMessage(
                    f"{title}: {translate('MainWindow', RUN_ENDINGS.get(state) or state)}",
                    5000))
            page.run_finished.connect(self._welcome_after_run)
            if self._services.history is not None:
                RunRecorder(page, self._services.history)  # a child of the page
            self.compare.attach(page)  # the page's "Compare…" button
            self.arena.attach(page)  # and its "Arena…" button
            self.batches.attach(page)  # the page's "Batch…" button
            install_legacy_notice(page, self)  # the legacy conversational page says so
            page.task_offered.connect(self.carry_over)
            self.stack.addWidget(page)
            self.pages[task_id] = page
        return page

    def chat_page(self) -> ChatPage:
        """The chat page, created the first time it is needed."""
        if self.chat is None:
            from hfi_desktop.ui.chat import ChatPage  # on first use: not a start-up cost

            spec = next(s for s in self._specs.values() if s.page is PageKind.CHAT)
            self.chat = ChatPage(spec, self._services, self.stack)
            self.chat.reply_finished.connect(self._welcome_after_run)
            self.chat.add_action(self.batches.button_for(self.chat))  # "Batch…"
            self.chat.add_action(self.arena.button_for(self.chat))  # "Arena…"
            self.stack.addWidget(self.chat)
        return self.chat

    def show_task(self, task_id: str) -> TaskPage | ChatPage:
        spec = self._specs[task_id]
        page = self.chat_page() if spec.page is PageKind.CHAT else self.page(task_id)
        self.stack.setCurrentWidget(page)
        if self.sidebar.tree.currentIndex().data(TASK_ID_ROLE) != task_id:
            self.sidebar.select_task(task_id)
        return page

    def show_welcome(self) -> WelcomePage:
        """Help ▸ Welcome: the whole welcome again, whatever ran before."""
        self.welcome.set_full(True)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.example_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.welcome

    def _welcome_after_run(self, state: str) -> None:
        """A run (or a chat reply) succeeded: the app starts without the welcome from now
        on."""
        if state == "done":
            self._services.settings.set_welcome_done()
            self.welcome.set_full(False)

    def try_without_token(self) -> TaskPage:
        """The first example, on this computer's engine when it can run (else as it is:
        a public example)."""
        page = self.open_first_example()
        if self.local_engine:
            page.provider_picker.set_choice(ENGINE_ID)
        return page

    def open_first_example(self) -> TaskPage:
        """The welcome's first example: its page, the form filled, Run focused."""
        page = self.page(FIRST_EXAMPLE_TASK)
        self.show_task(FIRST_EXAMPLE_TASK)
        page.fill_example(page.spec.examples[0])
        page.run_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return page

    def open_token_settings(self) -> None:
        """Settings ▸ Account, where the access token goes."""
        if self.settings_hooks is None:  # a window without settings (some tests)
            self.statusBar().showMessage(translate(
                    "MainWindow", "Settings are not available in this window."), 8000)
            return
        self.settings_hooks.open_account()

    def paste_token(self) -> None:
        """Settings ▸ Account with the field for a new token open: saved, then checked with
        the Hub (who it belongs to)."""
        self.open_token_settings()
        if self.settings_hooks is not None and self.settings_hooks.dialog is not None:
            self.settings_hooks.dialog.account.begin_replace()

    def carry_over(self, task_id: str, run: Run) -> TaskPage:
        """Show ``task_id``'s page with ``run``'s model and the inputs it takes too (the
        model answered like that task's; the user took the offer of its page)."""
        target = self.page(task_id)
        self.show_task(task_id)
        values = {key: run.form.get(key) for key in shared_inputs(run.spec, target.spec)}
        target.set_form(run.model, values, {})
        return target

    def receive_launch(self, paths: Sequence[str]) -> None:
        """A launch of the application (this one's, or a later one's handed over): the
        window to the front, the comparison files it was given opened."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        for path in paths:
            self.compare.open_later(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        notices = self.history_notices
        if notices is not None and not notices.may_close(self.close):
            event.ignore()  # runs not saved: the user is asked first
            return
        for page in self.pages.values():
            page.cancel()
        if self.chat is not None:
            self.chat.cancel()
        self.compare.close_all()  # the main window goes: its comparisons too
        self.arena.close_all()
        self.batches.close_all()
        super().closeEvent(event)
