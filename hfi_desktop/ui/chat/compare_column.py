"""One column of a chat compared across models: a model field with its provider picker, the
reply streaming under it (Markdown), and its figures (time to first token, tokens/s, usage,
cost, the provider that answered). Its own :class:`ReplyRunner` asks its model; the
window gives every column the same conversation.

The pickers of a comparison do not change the choice remembered for the chat page: each
column starts on a choice the window gives it (the page's for the first).
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.chat import ChatMessage, format_stats
from hfi_desktop.runs import RunState
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import ModelSearchContext
from hfi_desktop.ui.providers import PageProviders, ProviderContext
from hfi_desktop.ui.viewers.widgets import Caption, insert_before_stretch, scroll_column

from .markdown_view import MarkdownView
from .reply import ReplyJob, ReplyRunner

if TYPE_CHECKING:
    from collections.abc import Mapping

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.chat import ChatThread
    from hfi_desktop.ui.services import Services

COLUMN_MIN_WIDTH = 320
_STATE_TEXT = {RunState.CANCELLED: str(QT_TRANSLATE_NOOP("CompareColumn",
                                                         "Stopped: the partial reply is kept.")),
               RunState.RUNNING: str(QT_TRANSLATE_NOOP("CompareColumn",
                                                       "Streaming…"))}  # translated where shown


class CompareColumn(QFrame):
    """A model and its reply. ``finished`` (the column) when its reply ended;
    ``remove_requested`` (the column) on a click on its remove button."""

    finished = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, spec: TaskSpec, services: Services, model: str, choice: str | None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("compareColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.spec = spec
        self.model_field = ModelField(spec.default_model, self,
                                      search=ModelSearchContext.for_task(services, spec),
                                      examples=False)
        self.model_field.setAccessibleName(QCoreApplication.translate("CompareColumn", "Model"))
        if model and model != spec.default_model:
            self.model_field.set_model(model)
        context = dataclasses.replace(ProviderContext.for_services(services), settings=None)
        self.providers = PageProviders(spec, context, self.model_field, self)
        self.provider_picker = self.providers.picker
        if choice is not None:
            self.provider_picker.set_choice(choice)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("\u00d7")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(QCoreApplication.translate("CompareColumn",
                                                                 "Remove this column"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("CompareColumn",
                                                                        "Remove this column"))
        self.figures = Caption("", self)
        self.figures.setAccessibleName(QCoreApplication.translate("CompareColumn", "Reply figures"))
        self.figures.setWordWrap(True)
        self.markdown = MarkdownView(self)
        self.markdown.setAccessibleName(QCoreApplication.translate("CompareColumn", "Reply"))
        self.runner = ReplyRunner(services, self, gate_parent=self)
        self.job: ReplyJob | None = None
        self._sent_at = 0.0
        self._build()
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.runner.text_added.connect(self._on_text)
        self.runner.finished.connect(self._on_finished)
        self.runner.priced.connect(lambda _job: self._show_figures())

    def _build(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.model_field, 1)
        top.addWidget(self.remove_button)
        picker_row = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("CompareColumn", "Provider"), self)
        label.setBuddy(self.provider_picker)
        picker_row.addWidget(label)
        picker_row.addWidget(self.provider_picker)
        picker_row.addStretch(1)
        self.reply_area, content = scroll_column(self)
        content.setContentsMargins(0, 4, 0, 0)
        insert_before_stretch(content, self.markdown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        for row in (top, picker_row):
            layout.addLayout(row)
        for widget in (self.providers.note, self.figures):
            layout.addWidget(widget)
        layout.addWidget(self.reply_area, 1)

    # -- queries ---------------------------------------------------------------------------------
    def model(self) -> str:
        return self.model_field.effective_model().strip() or self.spec.default_model

    def is_running(self) -> bool:
        return self.runner.is_running()

    def reply(self) -> ChatMessage | None:
        """The reply on show (None before the first send)."""
        return self.job.reply if self.job is not None else None

    # -- asking ----------------------------------------------------------------------------------
    def start(self, question: ChatThread, parameters: Mapping[str, Any],
              settings: Mapping[str, Any]) -> None:
        """Ask this column's model ``question`` (a chat of its own: the column adds its reply
        to it)."""
        model = self.model()
        reply = question.append(ChatMessage("assistant", model=model, state=RunState.RUNNING))
        self.job = ReplyJob(question, reply, model, dict(parameters), dict(settings),
                            provider=self.providers.provider())
        self.markdown.set_markdown("")
        self._sent_at = time.monotonic()
        self.figures.setText(QCoreApplication.translate("CompareColumn", _STATE_TEXT[
                RunState.RUNNING]))
        self.model_field.setEnabled(False)
        self.provider_picker.setEnabled(False)
        self.runner.start(self.job)

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_text(self, job: ReplyJob, text: str) -> None:
        if not self.markdown.text():  # the first text: how long it took
            waited = time.monotonic() - self._sent_at
            self.figures.setText(QCoreApplication.translate(
                "CompareColumn", "{s} s to first token · streaming…").format(
                s=f"{waited:.2f}"))
        self.markdown.append(text)

    def _on_finished(self, job: ReplyJob) -> None:
        self.model_field.setEnabled(True)
        self.provider_picker.setEnabled(True)
        self._show_figures()
        self.finished.emit(self)

    def _show_figures(self) -> None:
        reply = self.reply()
        if reply is None:
            return
        if reply.error is not None and reply.state is RunState.ERROR:
            title, message = reply.error
            self.figures.setText(f"{shown(title)}: {shown(message)}")
            return
        figures = shown(format_stats(reply.stats)) if reply.stats is not None else ""
        note = QCoreApplication.translate("CompareColumn", _STATE_TEXT[
                reply.state]) if reply.state in _STATE_TEXT else ""
        self.figures.setText(" · ".join(t for t in (figures, note) if t))
