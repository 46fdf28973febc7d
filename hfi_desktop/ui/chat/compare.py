"""A chat compared across models: one window, one column per model (2 to 6, each with its
provider picker), every column asked the same conversation (the chat so far and the message
being written, with the page's settings and parameters); the replies stream side by side,
each with its figures. Send to all (Ctrl+Enter), Stop all (Esc), Add a column, Save as
Markdown (the question, then each model's answer with its figures).

Opened by the chat page's Compare… button (:meth:`ChatPage.compare`); it holds its own copy
of the conversation, so the chat page can go on meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.chat import comparison_markdown
from hfi_desktop.storage.atomic import atomic_write
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.viewers.widgets import Caption

from .compare_column import CompareColumn

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Mapping, Sequence

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.chat import ChatMessage, ChatThread
    from hfi_desktop.ui.services import Services

MIN_COLUMNS = 2
MAX_COLUMNS = 6
SAVE_DIALOG_NAME = "chatCompareSaveDialog"
QUESTION_CHARS = 300


class ChatCompareWindow(QWidget):
    """The comparison of ``question`` (a chat ending with the message asked) across
    ``models`` (model, provider choice or None for the default) — at least two columns."""

    def __init__(self, spec: TaskSpec, services: Services, question: ChatThread,
                 parameters: Mapping[str, Any], settings: Mapping[str, Any],
                 models: Sequence[tuple[str, str | None]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("chatCompare")
        self.setWindowTitle(QCoreApplication.translate("ChatCompareWindow",
                                                       "Compare models · {title}").format(
            title=question.title or QCoreApplication.translate("ChatCompareWindow", "Chat")))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1200, 760)
        self.spec = spec
        self.question = question
        self.parameters = dict(parameters)
        self.settings = dict(settings)
        self._services = services
        self._task: asyncio.Task[None] | None = None
        self.columns: list[CompareColumn] = []
        self.send_button = QPushButton(QCoreApplication.translate("ChatCompareWindow",
                                                                  "Send to all"), self)
        self.send_button.setDefault(True)
        self.send_button.setToolTip(
            QCoreApplication.translate("ChatCompareWindow",
                                       "Ask every model the conversation (Ctrl+Enter)"))
        self.stop_button = QPushButton(QCoreApplication.translate("ChatCompareWindow", "Stop all"),
                                       self)
        self.stop_button.setToolTip(
            QCoreApplication.translate("ChatCompareWindow",
                                       "Stop every reply; what came is kept (Esc)"))
        self.add_button = QPushButton(QCoreApplication.translate("ChatCompareWindow",
                                                                 "Add a model"), self)
        self.add_button.setToolTip(
            QCoreApplication.translate("ChatCompareWindow",
                                       "Another column (up to {count})").format(count=MAX_COLUMNS))
        self.save_button = QPushButton(QCoreApplication.translate("ChatCompareWindow",
                                                                  "Save as Markdown…"), self)
        self.save_button.setToolTip(QCoreApplication.translate(
            "ChatCompareWindow", "Save the question and each model's answer with its figures"))
        self.status = Caption("", self)
        self.status.setAccessibleName(QCoreApplication.translate("ChatCompareWindow",
                                                                 "Comparison status"))
        self._row = QHBoxLayout()
        self._build()
        for model, choice in list(models)[:MAX_COLUMNS]:
            self.add_column(model, choice)
        while len(self.columns) < MIN_COLUMNS:
            self.add_column("", None)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.add_button.clicked.connect(lambda: self.add_column("", None))
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop)
        self._update()

    def _build(self) -> None:
        asked = self.question.last()
        text = asked.text if asked is not None else ""
        if len(text) > QUESTION_CHARS:
            text = text[:QUESTION_CHARS].rstrip() + "…"
        before = len(self.question.path()) - 1
        question = QLabel(self)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        question.setText(text)
        question.setAccessibleName(QCoreApplication.translate("ChatCompareWindow", "The question"))
        font = question.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        question.setFont(font)
        if before == 1:
            where = QCoreApplication.translate("ChatCompareWindow",
                                               "After 1 earlier message of the chat")
        elif before > 1:
            where = QCoreApplication.translate("ChatCompareWindow",
                                               "After {count} earlier messages of the chat").format(
                count=before)
        else:
            where = QCoreApplication.translate("ChatCompareWindow", "The first message of a chat")
        context = Caption(where, self)
        if self.question.system.strip():
            context.setText(context.text() + QCoreApplication.translate(
                "ChatCompareWindow", " · with its system prompt"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.send_button, self.stop_button, self.add_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        row_widget = QWidget(self)
        row_widget.setLayout(self._row)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(row_widget)
        heading = QVBoxLayout()  # the question, and what it follows
        heading.setSpacing(2)
        heading.addWidget(question)
        heading.addWidget(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(buttons)
        layout.addWidget(area, 1)

    # -- columns ---------------------------------------------------------------------------------
    def add_column(self, model: str, choice: str | None) -> CompareColumn | None:
        """Another model (None when there are MAX_COLUMNS already)."""
        if len(self.columns) >= MAX_COLUMNS:
            return None
        column = CompareColumn(self.spec, self._services, model, choice, self)
        column.finished.connect(lambda _column: self._on_finished())
        column.remove_requested.connect(self.remove_column)
        self.columns.append(column)
        self._row.addWidget(column, 1)
        self._update()
        return column

    def remove_column(self, column: CompareColumn) -> None:
        if len(self.columns) <= MIN_COLUMNS or column.is_running():
            return
        self.columns.remove(column)
        self._row.removeWidget(column)
        column.deleteLater()
        self._update()

    # -- asking ----------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return any(column.is_running() for column in self.columns)

    def send(self) -> None:
        """Ask every column's model the conversation (each a copy of its own)."""
        if self.is_running():
            return
        last = self.question.last()
        for column in self.columns:
            thread = self.question.branch_at(last.id) if last is not None else self.question
            column.start(thread, self.parameters, self.settings)
        self.status.setText(QCoreApplication.translate("ChatCompareWindow",
                                                       "Asking {count} models…").format(
            count=len(self.columns)))
        self._update()

    def stop(self) -> None:
        """Stop every reply (what came is kept)."""
        if self.is_running():
            for column in self.columns:
                column.cancel()
            self.status.setText(QCoreApplication.translate("ChatCompareWindow", "Stopping…"))

    def _on_finished(self) -> None:
        if not self.is_running():
            replies = [c.reply() for c in self.columns]
            failed = sum(1 for r in replies if r is not None and r.error is not None)
            self.status.setText(QCoreApplication.translate("ChatCompareWindow",
                                                           "{answered} of {count} answered").format(
                answered=len(replies) - failed, count=len(replies))
                if failed else QCoreApplication.translate("ChatCompareWindow", "All answered"))
        self._update()

    def _update(self) -> None:
        running = self.is_running()
        self.send_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.add_button.setEnabled(not running and len(self.columns) < MAX_COLUMNS)
        self.save_button.setEnabled(not running and self._answers() != [])
        for column in self.columns:
            column.remove_button.setEnabled(not running and len(self.columns) > MIN_COLUMNS)

    # -- saving ----------------------------------------------------------------------------------
    def markdown(self) -> str:
        """The question and each answer with its figures, as Markdown."""
        return comparison_markdown(self.question, self._answers(),
                                   image_link=lambda image: image.name)

    def _answers(self) -> list[ChatMessage]:
        return [reply for reply in (c.reply() for c in self.columns) if reply is not None]

    def save(self) -> None:
        """Ask where, then save the comparison as Markdown."""
        if self._task is None or self._task.done():
            self._task = create_task(self._save(), name="save chat comparison")

    async def _save(self) -> None:
        dialog = QFileDialog(self, QCoreApplication.translate(
            "ChatCompareWindow", "Save the comparison as"), str(Path.home()))
        dialog.setObjectName(SAVE_DIALOG_NAME)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([QCoreApplication.translate("ChatCompareWindow", "Markdown (*.md)")])
        dialog.setDefaultSuffix("md")
        dialog.selectFile("comparison.md")
        chosen = await await_path(dialog)
        if chosen is None or not shiboken6.isValid(self):
            return
        text = self.markdown()
        try:
            await self._services.bridge.run(lambda: atomic_write(chosen.path, text))
        except OSError as error:
            self.status.setText(QCoreApplication.translate("ChatCompareWindow",
                                                           "Not saved: {why}").format(
                why=error.strerror or error))
            return
        if shiboken6.isValid(self):
            self.status.setText(QCoreApplication.translate(
                "ChatCompareWindow", "Saved “{name}”").format(name=chosen.path.name))
