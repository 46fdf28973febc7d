"""The chat thread on screen: the system prompt, then the branch on show, one
:class:`MessageView` per message, in a readable centred column. Empty, it offers example
prompts.

As chat apps do, a message you send moves up as its reply grows until it reaches the top;
then the reply grows below (nothing moves while you read it from its start: and a
thread that does not scroll at every frame is not painted again at every frame). Scrolling
yourself takes over; "Jump to the end" comes back.

Showing the thread again (a new message, another version chosen) keeps the views of the
messages that did not change: only what follows is built again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.viewers import theme
from hfi_desktop.ui.viewers.widgets import Caption, title_label

from .message_view import MessageView, Thumbnail, versions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QResizeEvent

    from hfi_desktop.catalog.model import Example
    from hfi_desktop.chat import ChatThread

COLUMN_WIDTH = 860  # the thread's widest column: lines stay readable
FOLLOW_SLACK = 24  # pixels from the bottom that still count as "at the end"
ANCHOR_MARGIN = 12  # above the message kept at the top


class ChatThreadView(QScrollArea):
    """The thread; re-emits its messages' requests with the message id."""

    edit_requested = Signal(str, str)
    regenerate_requested = Signal(str)
    branch_requested = Signal(str)
    switch_requested = Signal(str, int)
    example_chosen = Signal(object)  # the Example clicked

    def __init__(self, examples: Sequence[Example] = (), parent: QWidget | None = None,
                 *, thumbnail: Thumbnail | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatThread")
        self.setAccessibleName(QCoreApplication.translate("ChatThreadView", "Chat thread"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._thumbnail = thumbnail
        content = QWidget(self)
        content.setBackgroundRole(theme.ROLE.Base)
        content.setAutoFillBackground(True)
        outer = QHBoxLayout(content)
        outer.setContentsMargins(16, 16, 16, 16)
        column = QWidget(content)
        # A reply grows at the end of the thread, frame by frame, and every widget around it
        # grows with it: without this, each such resize repaints the whole widget (all of
        # the thread in view); with it, the strip added. What they paint does not depend on
        # their height (a plain background; children repaint where they move).
        for static in (content, column):
            static.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addStretch(0)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(14)
        self.system = Caption("", column)
        self.system.setAccessibleName(QCoreApplication.translate("ChatThreadView", "System prompt"))
        self.system.hide()
        self.empty = self._empty_state(examples, column)
        self._column.addWidget(self.system)
        self._column.addWidget(self.empty)
        self._column.addStretch(1)
        self.setWidget(content)
        self._views: list[MessageView] = []
        self._follow = True  # keep the end in view (a chat opened, nothing asked yet)
        self._anchor: MessageView | None = None  # the message kept at the top, once there
        self.jump_button = QToolButton(self)
        self.jump_button.setText(QCoreApplication.translate("ChatThreadView",
                                                            "\u2193 Jump to the end"))
        self.jump_button.setObjectName("chatJumpToEnd")
        self.jump_button.setAccessibleName(QCoreApplication.translate(
            "ChatThreadView", "Jump to the end of the chat"))
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.hide()
        self.jump_button.clicked.connect(self.scroll_to_end)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_in_view)
        bar.actionTriggered.connect(self._on_user_scroll)
        bar.valueChanged.connect(self._update_jump)

    def _empty_state(self, examples: Sequence[Example], parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 60, 0, 0)
        layout.setSpacing(12)
        title = title_label(QCoreApplication.translate(
            "ChatThreadView", "What would you like to talk about?"), box, scale=1.6)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = Caption(QCoreApplication.translate(
            "ChatThreadView", "Write a message below, or start from an example. Drop or paste "
            "images for models that see them."), box)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(hint)
        chips = QHBoxLayout()
        chips.addStretch(1)
        for example in examples:
            text = str(example.values.get("message", ""))
            button = QPushButton(catalog_text(example.title), box)
            button.setObjectName("chatExample")
            button.setToolTip(text)
            button.setAccessibleName(
                QCoreApplication.translate("ChatThreadView", "Example: {title}").format(
                        title=catalog_text(example.title)))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, e=example: self.example_chosen.emit(e))
            chips.addWidget(button)
        chips.addStretch(1)
        layout.addLayout(chips)
        return box

    # -- content -------------------------------------------------------------------------------
    def views(self) -> list[MessageView]:
        return list(self._views)

    def view_of(self, message_id: str) -> MessageView | None:
        return next((v for v in self._views if v.message.id == message_id), None)

    def show_thread(self, thread: ChatThread) -> None:
        """Show the branch on show; views of unchanged messages are kept."""
        system = " ".join(thread.system.split())
        self.system.setText(QCoreApplication.translate("ChatThreadView", "System: {prompt}").format(
                prompt=system)
                            if system else "")
        self.system.setVisible(bool(system))
        path = thread.path()
        keep = 0
        while (keep < min(len(path), len(self._views))
               and self._views[keep].message is path[keep]
               and self._versions_same(thread, self._views[keep])):
            keep += 1
        for view in self._views[keep:]:
            self._column.removeWidget(view)
            view.hide()
            view.deleteLater()
        if self._anchor in self._views[keep:]:
            self._anchor = None
        del self._views[keep:]
        for message in path[keep:]:
            view = MessageView(message, version=versions(thread.siblings(message.id),
                                                         message.id),
                               thumbnail=self._thumbnail, parent=self._column.parentWidget())
            view.edit_requested.connect(self.edit_requested)
            view.regenerate_requested.connect(self.regenerate_requested)
            view.branch_requested.connect(self.branch_requested)
            view.switch_requested.connect(self.switch_requested)
            self._column.insertWidget(self._column.count() - 1, view)
            self._views.append(view)
        self.empty.setVisible(not path)

    def _versions_same(self, thread: ChatThread, view: MessageView) -> bool:
        shown = view.version.text() or "1/1"
        index, count = versions(thread.siblings(view.message.id), view.message.id)
        return shown == f"{index}/{count}"

    def show_thumbnails(self) -> None:
        for view in self._views:
            view.show_thumbnails()

    def scroll_to_end(self) -> None:
        """Show the end, and keep it in view as the thread grows."""
        self._follow, self._anchor = True, None
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def keep_at_top(self, message_id: str) -> None:
        """Follow the end until ``message_id`` reaches the top, then keep it there (a reply
        to it grows below)."""
        self._anchor = self.view_of(message_id)
        self._follow = self._anchor is None
        self._keep_in_view()

    # -- following ---------------------------------------------------------------------------
    def _keep_in_view(self, *_range: int) -> None:
        bar = self.verticalScrollBar()
        content = self.widget()
        if self._anchor is not None and content is not None:
            top = self._anchor.mapTo(content, QPoint(0, 0)).y() - ANCHOR_MARGIN
            bar.setValue(min(max(top, 0), bar.maximum()))
        elif self._follow:
            bar.setValue(bar.maximum())
        self._update_jump()

    def _on_user_scroll(self, _action: int) -> None:
        """You scrolled: the view stays where you put it (at the end: it follows)."""
        self._anchor = None
        bar = self.verticalScrollBar()
        self._follow = bar.sliderPosition() >= bar.maximum() - FOLLOW_SLACK

    def _update_jump(self, *_value: int) -> None:
        bar = self.verticalScrollBar()
        away = bar.value() < bar.maximum() - FOLLOW_SLACK
        if away != self.jump_button.isVisible():
            self.jump_button.setVisible(away)
            self._place_jump()

    def _place_jump(self) -> None:
        size = self.jump_button.sizeHint()
        viewport = self.viewport().geometry()
        self.jump_button.setGeometry(viewport.center().x() - size.width() // 2,
                                     viewport.bottom() - size.height() - 12,
                                     size.width(), size.height())
        self.jump_button.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_jump()
