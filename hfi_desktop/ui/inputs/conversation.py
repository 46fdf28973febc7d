"""ConversationInput: the conversation so far (a small thread) and the next message."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._style import css, mix
from hfi_desktop.ui.inputs._widgets import MutedLabel
from hfi_desktop.ui.inputs.base import InputWidget

EMPTY_THREAD = QT_TRANSLATE_NOOP(
    "ConversationInput", "No messages yet. Your first message starts the conversation."
)
_PAD_X, _PAD_Y = 10, 4


class _Bubble(QLabel):
    def __init__(self, text: str, from_user: bool, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.from_user = from_user
        self.setObjectName("userBubble" if from_user else "modelBubble")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(
            QCoreApplication.translate("ConversationInput", "You: {text}").format(text=text)
            if from_user
            else QCoreApplication.translate("ConversationInput", "Model: {text}").format(
                text=text
            )
        )
        self._restyle()

    def sizeHint(self) -> QSize:
        # As wide as the text needs (QLabel's own guess wraps short texts early), capped by the
        # maximum width the thread sets (4/5 of its width).
        metrics = QFontMetrics(self.font())
        lines = self.text().splitlines() or [""]
        natural = max(metrics.horizontalAdvance(line) for line in lines) + 2 * _PAD_X + 4
        width = min(natural, self.maximumWidth())
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        other = palette.color(
            QPalette.ColorRole.Highlight if self.from_user else QPalette.ColorRole.Text
        )
        fill = mix(base, other, 0.16 if self.from_user else 0.07)
        sheet = f"background: {css(fill)}; border-radius: 10px; padding: {_PAD_Y}px {_PAD_X}px;"
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)


class ConversationInput(InputWidget):
    """A conversation input.

    ``value()`` is ``{"text", "past_user_inputs", "generated_responses"}``: the new message
    and the history. After a reply the page calls :meth:`append_exchange`, which moves the
    message into the thread and empties the field. ``ConversationInput(parent=None, *,
    placeholder="Write a message…")``.
    """

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ConversationInput", "Conversation"))
        self._past_user_inputs: list[str] = []
        self._generated_responses: list[str] = []

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setMinimumHeight(110)
        self._scroll.setMaximumHeight(280)
        self._scroll.setAccessibleName(
            QCoreApplication.translate("ConversationInput", "Conversation so far")
        )
        self._thread = QWidget(self._scroll)
        self._thread.setBackgroundRole(QPalette.ColorRole.Base)
        self._thread.setAutoFillBackground(True)
        self._thread_layout = QVBoxLayout(self._thread)
        self._thread_layout.setContentsMargins(8, 8, 8, 8)
        self._thread_layout.setSpacing(6)
        self._empty = MutedLabel(
            QCoreApplication.translate("ConversationInput", EMPTY_THREAD), self._thread
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setContentsMargins(0, 24, 0, 0)
        self._thread_layout.addWidget(self._empty)
        self._thread_layout.addStretch(1)
        self._scroll.setWidget(self._thread)
        self._scroll.viewport().installEventFilter(self)

        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(
            placeholder or QCoreApplication.translate("ConversationInput", "Write a message\u2026")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(
            QCoreApplication.translate("ConversationInput", "New message")
        )
        line = QFontMetrics(self.editor.font()).lineSpacing()
        self.editor.setFixedHeight(line * 3 + 14)
        self.editor.textChanged.connect(self.changed)

        self.clear_history_button = QPushButton(
            QCoreApplication.translate("ConversationInput", "Clear conversation"), self
        )
        self.clear_history_button.setAccessibleName(
            QCoreApplication.translate("ConversationInput", "Clear the conversation history")
        )
        self.clear_history_button.setAutoDefault(False)
        self.clear_history_button.clicked.connect(self.clear_history)
        self._count = MutedLabel("", self)
        row = QHBoxLayout()
        row.addWidget(self._count, 1)
        row.addWidget(self.clear_history_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        self.setFocusProxy(self.editor)
        self._update_controls()

    # ------------------------------------------------------------------ value
    def value(self) -> dict[str, object]:
        return {
            "text": self.editor.toPlainText(),
            "past_user_inputs": list(self._past_user_inputs),
            "generated_responses": list(self._generated_responses),
        }

    def set_value(self, value: object) -> None:
        if value is None:
            self.clear()
            return
        if isinstance(value, str):
            value = {"text": value}
        if not isinstance(value, Mapping):
            raise TypeError(f"a conversation is a mapping, not {value!r}")
        users = [str(v) for v in _sequence(value.get("past_user_inputs"))]
        replies = [str(v) for v in _sequence(value.get("generated_responses"))]
        self._set_history(users, replies)
        self.editor.setPlainText(str(value.get("text") or ""))
        self.changed.emit()

    def clear(self) -> None:
        self._set_history([], [])
        self.editor.clear()
        self.changed.emit()

    def clear_history(self) -> None:
        self._set_history([], [])
        self.changed.emit()

    def append_exchange(self, user_text: str, response: str) -> None:
        """Record a finished turn: the message sent and the model's reply."""
        self._past_user_inputs.append(user_text)
        self._generated_responses.append(response)
        self._add_bubble(user_text, from_user=True)
        self._add_bubble(response, from_user=False)
        self.editor.clear()
        self._update_controls()
        self.changed.emit()

    def messages(self) -> list[tuple[str, str]]:
        """The thread as shown: ("user" | "model", text) in order."""
        return [
            ("user" if bubble.from_user else "model", bubble.text())
            for bubble in self._thread.findChildren(_Bubble)
            if bubble.isVisibleTo(self._thread)
        ]

    # ---------------------------------------------------------------- helpers
    def _set_history(self, users: list[str], replies: list[str]) -> None:
        for row in self._thread.findChildren(QWidget, "bubbleRow"):
            self._thread_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._past_user_inputs = list(users)
        self._generated_responses = list(replies)
        for i in range(max(len(users), len(replies))):
            if i < len(users):
                self._add_bubble(users[i], from_user=True)
            if i < len(replies):
                self._add_bubble(replies[i], from_user=False)
        self._update_controls()

    def _add_bubble(self, text: str, *, from_user: bool) -> None:
        # A row per bubble: the bubble takes up to 4/5 of the width, on its side. (An aligned
        # word-wrapped label in a box layout gets a height for the wrong width.)
        row = QWidget(self._thread)
        row.setObjectName("bubbleRow")
        bubble = _Bubble(text, from_user, row)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(0)
        if from_user:
            line.addStretch(1)
        bubble.setMaximumWidth(self._bubble_width())
        line.addWidget(bubble)
        if not from_user:
            line.addStretch(1)
        # Before the bottom stretch, so the thread grows downwards.
        self._thread_layout.insertWidget(self._thread_layout.count() - 1, row)
        row.show()  # a layout would only show it later (queued) when the thread is visible
        QTimer.singleShot(0, self._scroll_to_end)

    def _bubble_width(self) -> int:
        return max(160, self._scroll.viewport().width() * 4 // 5)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            width = self._bubble_width()
            for bubble in self._thread.findChildren(_Bubble):
                bubble.setMaximumWidth(width)
                bubble.updateGeometry()
        return super().eventFilter(watched, event)

    def _scroll_to_end(self) -> None:
        bar = self._scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _update_controls(self) -> None:
        turns = len(self._past_user_inputs)
        self._empty.setVisible(turns == 0 and not self._generated_responses)
        self.clear_history_button.setEnabled(bool(turns or self._generated_responses))
        self._count.setText(
            ""
            if not turns
            else QCoreApplication.translate("ConversationInput", "1 earlier exchange")
            if turns == 1
            else QCoreApplication.translate(
                "ConversationInput", "{count} earlier exchanges"
            ).format(count=turns)
        )


def _sequence(value: object) -> Sequence[object]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"expected a list of strings, not {value!r}")
    return value
