"""Copy as code: the request on screen as Python (huggingface_hub), JavaScript
(@huggingface/inference), curl, or for chat the openai client, copied to the clipboard and
shown in a small window. Through the router, the snippets name the provider the app called.

A tool button with a menu; on a task page, in ``page.result_actions`` (the page seen as a
``PageApi``); the chat page places it itself. The page is seen through :class:`CodeSource`:
the request is the one on screen (``current_request()``; a form error shows inline at its
field, as for Run: ``show_form_error``); what the client would send is worked out in a
worker (it may ask the Hub for a model's task first).
The token is never in a snippet: ``$HF_TOKEN`` and friends.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CallRequest, FormError
from hfi_desktop.codegen import CodegenError, Flavour, describe_call, flavours_for, snippet
from hfi_desktop.inference import HfInference, InferenceError
from hfi_desktop.local.engine_start import EngineStartError
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.clipboard import copy_text
from hfi_desktop.ui.i18n import catalog_text, said, shown, translate
from hfi_desktop.ui.local.routing import snippet_route
from hfi_desktop.ui.shortcuts import TASK_PAGE, declare

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.page_api import PageApi
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)

COPY_KEYS = "Ctrl+Shift+C"
COPY_AS_CODE = declare("Copy the request as code (the language last chosen)", COPY_KEYS,
                       where=TASK_PAGE)
REQUIREMENTS = {
    Flavour.PYTHON: QT_TRANSLATE_NOOP(
        "CopyAsCode", "Needs huggingface_hub (pip install huggingface_hub)."),
    Flavour.JAVASCRIPT: QT_TRANSLATE_NOOP(
        "CopyAsCode", "An ES module for Node 18+ (save it as snippet.mjs); needs "
        "@huggingface/inference (npm install @huggingface/inference)."),
    Flavour.CURL: QT_TRANSLATE_NOOP("CopyAsCode", "A bash command."),
    Flavour.OPENAI: QT_TRANSLATE_NOOP("CopyAsCode", "Needs openai (pip install openai)."),
}
TOKEN_NOTES = {
    Flavour.PYTHON: QT_TRANSLATE_NOOP(
        "CopyAsCode", "The token is read from the HF_TOKEN environment variable."),
    Flavour.JAVASCRIPT: QT_TRANSLATE_NOOP(
        "CopyAsCode", "The token is read from process.env.HF_TOKEN."),
    Flavour.CURL: QT_TRANSLATE_NOOP(
        "CopyAsCode", "The token is read from $HF_TOKEN: export HF_TOKEN=hf_… first."),
    Flavour.OPENAI: QT_TRANSLATE_NOOP(
        "CopyAsCode", "The token is read from the HF_TOKEN environment variable."),
}


def snippet_note(flavour: Flavour, text: str) -> str:
    """What running the snippet needs."""
    needs = translate("CopyAsCode", REQUIREMENTS[flavour])
    if flavour is Flavour.PYTHON and "import requests" in text:
        needs = translate("CopyAsCode", "Needs requests (pip install requests).")
    if flavour is Flavour.JAVASCRIPT and "@huggingface/inference" not in text:
        needs = translate("CopyAsCode", "An ES module for Node 18+ (save it as snippet.mjs).")
    token_note = translate("CopyAsCode", TOKEN_NOTES[flavour])
    return f"{needs} {token_note}" if "HF_TOKEN" in text else needs


def copied_text(flavour: Flavour) -> str:
    return translate("CopyAsCode", "\u2713 {language} copied to the clipboard").format(
        language=flavour.label)


def _failed_text(error: Exception) -> str:
    return translate("CopyAsCode", "Copy as code: {error}").format(error=shown(said(error)))


def build_snippets(client: HfInference, request: CallRequest, streaming: bool
                   ) -> dict[Flavour, str]:
    """Every flavour of ``request`` on ``client``. Blocking: run it in a worker."""
    code = describe_call(client, request, streaming=streaming)
    return {flavour: snippet(flavour, code) for flavour in flavours_for(request.method)}


class SnippetDialog(QDialog):
    """A non-modal window with the snippets: one flavour shown, a Copy button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("snippetDialog")
        self.setWindowTitle(translate("SnippetDialog", "Copy as code"))
        self.setModal(False)
        self.resize(760, 420)
        self._snippets: dict[Flavour, str] = {}
        self.flavour = Flavour.PYTHON
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setAccessibleName(translate("SnippetDialog", "Snippet"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.copied = QLabel(self)
        self.copy_button = QPushButton(translate("SnippetDialog", "Copy"), self)
        self.copy_button.setDefault(True)
        close = QPushButton(translate("SnippetDialog", "Close"), self)
        self.tabs = QButtonGroup(self)
        tabs_row = QHBoxLayout()
        tabs_row.setSpacing(0)
        for flavour in Flavour:
            button = QPushButton(flavour.label, self)
            button.setCheckable(True)
            button.setObjectName(f"snippet:{flavour.value}")
            self.tabs.addButton(button)
            button.clicked.connect(lambda _=False, f=flavour: self.show_flavour(f))
            tabs_row.addWidget(button)
        tabs_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copied, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(tabs_row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy)
        close.clicked.connect(self.close)

    def set_snippets(self, title: str, snippets: dict[Flavour, str], flavour: Flavour) -> None:
        self.setWindowTitle(translate("SnippetDialog", "Copy as code · {title}").format(
            title=title))
        self._snippets = dict(snippets)
        for button in self.tabs.buttons():  # the openai client: for chat only
            button.setVisible(Flavour(button.objectName().removeprefix("snippet:")) in snippets)
        self.show_flavour(flavour)

    def show_flavour(self, flavour: Flavour) -> None:
        self.flavour = flavour
        self.editor.setPlainText(self._snippets.get(flavour, ""))
        self.note.setText(snippet_note(flavour, self.text()))
        self.copied.clear()
        for button in self.tabs.buttons():
            button.setChecked(button.objectName() == f"snippet:{flavour.value}")

    def text(self) -> str:
        return self.editor.toPlainText()

    def copy(self) -> None:
        copy_text(self.text())
        self.copied.setText(copied_text(self.flavour))


class CodeSource(Protocol):
    """What Copy as code needs of a page (a task page's ``PageApi`` is one, the chat page
    another): the request on screen, and where to say what went wrong."""

    @property
    def spec(self) -> TaskSpec: ...
    def as_widget(self) -> QWidget: ...
    def current_request(self) -> CallRequest:
        """The request on screen; raises FormError naming a bad field."""
        ...
    def show_form_error(self, error: FormError) -> None: ...
    def show_status(self, text: str) -> None: ...


class CopyAsCode(QObject):
    """The Copy as code button of one page (``page.copy_as_code``); the page places
    ``button``."""

    def __init__(self, page: CodeSource, services: Services) -> None:
        widget = page.as_widget()
        super().__init__(widget)
        self._page = page
        self._widget = widget
        self._services = services
        self._task: asyncio.Task[None] | None = None
        self.dialog: SnippetDialog | None = None
        self.last_flavour = Flavour.PYTHON
        self.button = QToolButton(widget)
        self.button.setObjectName("copyAsCode")
        self.button.setText(translate("CopyAsCode", "Copy as code \u25be"))  # ▾: it opens a menu
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        flavours = flavours_for(page.spec.method)
        self.button.setToolTip(translate(
            "CopyAsCode", "Copy the request on screen as {languages} or {last} ({keys}: the "
            "last one chosen)").format(languages=", ".join(f.label for f in flavours[:-1]),
                                       last=flavours[-1].label, keys=COPY_KEYS))
        self.button.setAccessibleName(translate("CopyAsCode", "Copy as code"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.actions: dict[Flavour, QAction] = {}
        for flavour in flavours:
            action = self.menu.addAction(flavour.label)
            action.triggered.connect(lambda _=False, f=flavour: self.copy(f))
            self.actions[flavour] = action
        self.button.setMenu(self.menu)
        COPY_AS_CODE.install(widget, lambda: self.copy(self.last_flavour),
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def is_busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def copy(self, flavour: Flavour) -> asyncio.Task[None] | None:
        """Copy ``flavour`` of the request on screen and show it; None if the form is wrong."""
        self.last_flavour = flavour
        page = self._page
        try:
            request = page.current_request()
        except FormError as error:
            # The page's own way of showing a form error: inline, at the field.
            page.show_form_error(error)
            page.show_status(translate("CopyAsCode", "Not copied: {error}").format(error=error))
            return None
        if self._task is not None and not self._task.done():
            self._task.cancel()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop runs the GUI (a bare test): nothing to do
            log.warning("copy as code needs the application's event loop")
            return None
        self._task = create_task(self._copy(flavour, request), name="copy as code")
        return self._task

    async def _copy(self, flavour: Flavour, request: CallRequest) -> None:
        streaming = self._page.spec.streaming
        try:
            where = snippet_route(self._services, request)  # a local choice: its URL
        except EngineStartError as error:
            self._page.show_status(_failed_text(error))
            return
        client, request = where.client, where.request
        try:
            snippets = await self._services.bridge.run(
                lambda: build_snippets(client, request, streaming))
        except (CodegenError, InferenceError) as error:
            self._page.show_status(_failed_text(error))
            return
        finally:
            if where.source is not None:
                client.close()  # made for this snippet alone
        if not shiboken6.isValid(self._widget):
            return
        copy_text(snippets[flavour])
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = self.dialog = SnippetDialog(self._widget)
        dialog.set_snippets(catalog_text(self._page.spec.title), snippets, flavour)
        dialog.copied.setText(copied_text(flavour))
        dialog.show()
        dialog.raise_()
        self._page.show_status(translate("CopyAsCode", "Copied the request as {language}")
                               .format(language=flavour.label))


def install_copy_as_code(page: PageApi, services: Services) -> CopyAsCode:
    """Add the Copy as code button (and Ctrl+Shift+C) to a task page."""
    copier = CopyAsCode(page, services)
    page.result_actions.insertWidget(0, copier.button)  # leftmost
    return copier
