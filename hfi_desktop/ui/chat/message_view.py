"""One message of the chat thread: yours in a bubble on the right (with its images), the
model's in full width with its Markdown, tool calls, figures and actions.

Actions are buttons under the message (always there, for the keyboard and screen readers):
Copy; Edit and resend (yours: edited in place); Regenerate (a reply); Branch (a new chat up
to here); and, when the message has other versions, < n/m > to switch between them. The view
shows a :class:`~hfi_desktop.chat.ChatMessage` and asks for changes by signal: the page
changes the thread.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.chat import format_stats
from hfi_desktop.runs import RunState
from hfi_desktop.ui.clipboard import copy_text
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.viewers import theme
from hfi_desktop.ui.viewers.widgets import Caption

from .markdown_view import MarkdownView

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog.model import FileValue
    from hfi_desktop.chat import ChatMessage

BUBBLE_SHARE = 0.78  # of the thread's width, at most, for your messages
BUBBLE_PADDING = (14, 9)
THUMB_SIZE = QSize(160, 120)
#: Tool call arguments longer than this are shown as they came (not indented).
PRETTY_LIMIT = 20_000
_STATE_NOTES = {  # translated where shown
    RunState.CANCELLED: str(QT_TRANSLATE_NOOP("MessageView", "Stopped — partial reply kept")),
    RunState.INTERRUPTED: str(QT_TRANSLATE_NOOP(
        "MessageView", "Interrupted — the application stopped during this reply")),
}

Thumbnail = Callable[["FileValue"], "QImage | None"]


class Bubble(QFrame):
    """Your message: wrapped, selectable plain text on a tinted, rounded background."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(QCoreApplication.translate("Bubble", "Your message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*BUBBLE_PADDING, *BUBBLE_PADDING)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def fit(self, max_width: int) -> None:
        """As narrow as its text allows, at most ``max_width``."""
        padding = 2 * BUBBLE_PADDING[0]
        metrics = self.label.fontMetrics()
        natural = max((metrics.horizontalAdvance(line)
                       for line in self.label.text().split("\n")), default=0)
        self.label.setMinimumWidth(max(0, min(natural + 2, max_width - padding)))
        self.setMaximumWidth(max_width)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        fill = theme.mix(palette.color(theme.ROLE.Base), palette.color(theme.ROLE.Highlight),
                         0.30 if theme.is_dark(palette) else 0.14)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()), 16, 16)


class EditBox(QPlainTextEdit):
    """Your message being edited: Ctrl+Enter sends it, Esc gives up (before the page's own
    shortcuts for these keys)."""

    submitted = Signal()
    cancelled = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and (_is_submit(event) or event.key() == Qt.Key.Key_Escape):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_submit(event):
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


def _is_submit(event: QKeyEvent) -> bool:
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))


class CodeBox(QFrame):
    """Monospace text in a tinted box (a tool call's arguments, a tool's answer)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(text, self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        base, text = palette.color(theme.ROLE.Base), palette.color(theme.ROLE.Text)
        dark = theme.is_dark(palette)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(theme.mix(base, text, 0.22 if dark else 0.16))
        painter.setBrush(theme.mix(base, text, 0.09 if dark else 0.045))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


def tool_call_text(call: dict[str, object]) -> tuple[str, str]:
    """(name, arguments indented when they are JSON) of a tool call."""
    function = call.get("function")
    function = function if isinstance(function, dict) else {}
    arguments = str(function.get("arguments") or "")
    if len(arguments) <= PRETTY_LIMIT:  # small: formatted here rather than in a worker
        with contextlib.suppress(ValueError):
            arguments = json.dumps(json.loads(arguments), ensure_ascii=False, indent=2)
    return str(function.get("name") or "?"), arguments


class MessageView(QFrame):
    """One message (``message``); signals carry its id."""

    edit_requested = Signal(str, str)  # id, the new text: resend as a new version
    regenerate_requested = Signal(str)
    branch_requested = Signal(str)
    switch_requested = Signal(str, int)  # id, -1 or +1

    def __init__(self, message: ChatMessage, *, version: tuple[int, int] = (1, 1),
                 thumbnail: Thumbnail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName(f"message:{message.role}")
        self._thumbnail = thumbnail or (lambda _file: None)
        self.markdown: MarkdownView | None = None
        self.bubble: Bubble | None = None
        self.editor: EditBox | None = None
        self._thumbs: list[tuple[QLabel, FileValue]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)  # see ChatThreadView
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(6)
        self.header = Caption("", self)
        self.tools = QVBoxLayout()
        self.tools.setSpacing(6)
        self.note = Caption("", self)
        self.note.setAccessibleName(QCoreApplication.translate("MessageView", "Reply state"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setAccessibleName(QCoreApplication.translate("MessageView", "Reply error"))
        self.stats = Caption("", self)
        self.stats.setWordWrap(False)
        self.stats.setAccessibleName(QCoreApplication.translate("MessageView", "Reply figures"))
        self.buttons: dict[str, QToolButton] = {}
        self.version = QLabel(self)
        self.version.setAccessibleName(QCoreApplication.translate("MessageView", "Version"))
        self._build(version)
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _build(self, version: tuple[int, int]) -> None:
        message = self.message
        mine = message.role == "user"
        if message.role == "assistant":
            self.header.setText(message.model or QCoreApplication.translate("MessageView",
                                                                            "Assistant"))
            self.header.setAccessibleName(QCoreApplication.translate("MessageView", "Model"))
            self._layout.addWidget(self.header)
            self.markdown = MarkdownView(self)
            self.markdown.setAccessibleName(QCoreApplication.translate("MessageView", "Reply"))
            self.markdown.set_markdown(message.text)
            self._layout.addWidget(self.markdown)
        elif message.role == "tool":
            self._layout.addWidget(CodeBox(
                "<b>{}</b>".format(QCoreApplication.translate("MessageView",
                                                              "Tool result")), message.text, self))
        else:
            if message.images:
                self._layout.addLayout(self._image_row())
            if message.text:
                self.bubble = Bubble(message.text, self)
                self._layout.addWidget(self.bubble, 0, Qt.AlignmentFlag.AlignRight)
        self._layout.addLayout(self.tools)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.note)
        actions = QHBoxLayout()
        actions.setSpacing(2)
        if mine:
            actions.addStretch(1)
        self._add_switcher(actions, version)
        self._button(actions, "copy", QCoreApplication.translate("MessageView", "Copy"),
                     QCoreApplication.translate("MessageView",
                                                "Copy the message's text"), self._copy)
        if mine:
            self._button(actions, "edit", QCoreApplication.translate("MessageView", "Edit"),
                         QCoreApplication.translate("MessageView",
                                                    "Edit this message and send it again"),
                         self.start_edit)
        if message.role == "assistant":
            self._button(actions, "regenerate", QCoreApplication.translate("MessageView",
                                                                           "Regenerate"),
                         QCoreApplication.translate(
                             "MessageView",
                             "Ask the model for another reply (the first is kept as version 1)"),
                         lambda: self.regenerate_requested.emit(message.id))
        self._button(actions, "branch", QCoreApplication.translate("MessageView", "Branch"),
                     QCoreApplication.translate(
                         "MessageView", "Start a new chat with the messages up to this one"),
                     lambda: self.branch_requested.emit(message.id))
        if not mine:
            actions.addStretch(1)
            actions.addWidget(self.stats)
        self._layout.addLayout(actions)

    def _image_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        for image in self.message.images:
            label = QLabel(self)
            label.setAccessibleName(QCoreApplication.translate(
                "MessageView", "Image {name}").format(name=image.name))
            label.setToolTip(image.name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._thumbs.append((label, image))
            row.addWidget(label)
        self.show_thumbnails()
        return row

    def _add_switcher(self, row: QHBoxLayout, version: tuple[int, int]) -> None:
        index, count = version
        if count < 2:
            return
        self._button(row, "previous", "\u2039",
                     QCoreApplication.translate("MessageView",
                                                "Show the previous version of this message"),
                     lambda: self.switch_requested.emit(self.message.id, -1))
        self.version.setText(f"{index}/{count}")
        row.addWidget(self.version)
        self._button(row, "next", "\u203a",
                     QCoreApplication.translate("MessageView",
                                                "Show the next version of this message"),
                     lambda: self.switch_requested.emit(self.message.id, +1))
        self.buttons["previous"].setEnabled(index > 1)
        self.buttons["next"].setEnabled(index < count)

    def _button(self, row: QHBoxLayout, key: str, text: str, tip: str,
                slot: Callable[[], object]) -> None:
        button = QToolButton(self)
        button.setObjectName(f"chatAction:{key}")
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        self.buttons[key] = button
        row.addWidget(button)

    # -- state ---------------------------------------------------------------------------------
    @property
    def streaming(self) -> bool:
        return self.message.state is RunState.RUNNING

    def append_text(self, chunk: str) -> None:
        """More of the reply streamed in."""
        if self.markdown is not None:
            if self.markdown.isHidden():
                self.markdown.show()
                self.note.hide()
            self.markdown.append(chunk)

    def refresh(self) -> None:
        """Show the message's tool calls, figures, state and error as they are now."""
        message = self.message
        while self.tools.count():
            item = self.tools.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for call in message.tool_calls:
            name, arguments = tool_call_text(call)
            box = CodeBox(QCoreApplication.translate("MessageView", "Calls {name}").format(
                name=f"<b>{_escaped(name)}</b>"), arguments, self)
            box.setAccessibleName(QCoreApplication.translate("MessageView",
                                                             "Tool call {name}").format(name=name))
            self.tools.addWidget(box)
        waiting = self.streaming and not message.text and not message.tool_calls
        note = (QCoreApplication.translate("MessageView", "Waiting for the model…") if waiting
                else QCoreApplication.translate("MessageView", _STATE_NOTES[message.state])
                if message.state in _STATE_NOTES else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if self.markdown is not None:
            self.markdown.setVisible(bool(message.text))
        if message.error is not None:
            title, text = message.error
            self.error.setText(f"⚠ {shown(title)}\n{shown(text)}")
            self.error.setStyleSheet(f"color: {theme.error_colours(self.palette())[1].name()}")
        self.error.setVisible(message.error is not None)
        self.stats.setText(shown(format_stats(message.stats)) if message.stats is not None else "")
        self.stats.setVisible(bool(self.stats.text()))
        running = self.streaming
        for key in ("copy", "edit", "regenerate", "branch", "previous", "next"):
            button = self.buttons.get(key)
            if button is not None and key in ("regenerate", "branch", "edit"):
                button.setEnabled(not running)
        if message.role == "assistant":
            self.header.setText(message.model or QCoreApplication.translate("MessageView",
                                                                            "Assistant"))

    def show_thumbnails(self) -> None:
        """The images' thumbnails, once made (their names until then)."""
        for label, image in self._thumbs:
            thumb = self._thumbnail(image)
            if thumb is None or thumb.isNull():
                label.setText(f"🖼 {image.name}")
                continue
            pixmap = QPixmap.fromImage(thumb).scaled(
                THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    # -- actions -------------------------------------------------------------------------------
    def _copy(self) -> None:
        copy_text(self.message.text)

    def start_edit(self) -> None:
        """Edit your message in place: Ctrl+Enter (or Send) sends it as a new version."""
        if self.editor is not None or (self.bubble is None and not self.message.images):
            return
        editor = EditBox(self.message.text, self)
        editor.setAccessibleName(QCoreApplication.translate("MessageView", "Edit your message"))
        editor.setFixedHeight(max(80, min(240, editor.fontMetrics().lineSpacing()
                                          * (self.message.text.count("\n") + 3))))
        send = QPushButton(QCoreApplication.translate("MessageView", "Send"), self)
        send.setDefault(True)
        cancel = QPushButton(QCoreApplication.translate("MessageView", "Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(send)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addLayout(buttons)
        index = self._layout.indexOf(self.bubble) if self.bubble is not None else 0
        self._layout.insertWidget(max(index, 0), box)
        if self.bubble is not None:
            self.bubble.hide()
        self.editor = editor
        self._edit_box = box
        send.clicked.connect(self._send_edit)
        cancel.clicked.connect(self.cancel_edit)
        editor.submitted.connect(self._send_edit)
        editor.cancelled.connect(self.cancel_edit)
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def cancel_edit(self) -> None:
        if self.editor is None:
            return
        self._edit_box.deleteLater()
        self.editor = None
        if self.bubble is not None:
            self.bubble.show()

    def _send_edit(self) -> None:
        if self.editor is None:
            return
        text = self.editor.toPlainText()
        if not text.strip() and not self.message.images:
            return
        self.edit_requested.emit(self.message.id, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.bubble is not None:
            self.bubble.fit(max(160, int(self.width() * BUBBLE_SHARE)))


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def versions(messages: Sequence[ChatMessage], message_id: str) -> tuple[int, int]:
    """(its number, how many) of a message among its versions."""
    ids = [m.id for m in messages]
    return ids.index(message_id) + 1, len(ids)
