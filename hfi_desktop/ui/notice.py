"""A notice bar: a line of text with its actions, across the top of a window or a page.
Non-modal (nothing waits for it); the user may close it (its close button) when ``closable``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from hfi_desktop.ui.accessible import plain_text
from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

STYLE = (
    "QFrame#noticeBar { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-left: 4px solid palette(highlight); border-radius: 4px; }"
    "QFrame#noticeBar QLabel { background: transparent; border: none; }"
)


class NoticeBar(QFrame):
    """``text`` (rich text allowed), the buttons added with :meth:`add_action`, and a close
    button when ``closable``; ``closed`` when the user closes it (it hides)."""

    closed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, *, name: str,
                 closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setProperty("notice", name)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(name)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(plain_text(text))  # read as it shows, not its markup
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 6, 6, 6)
        self._row.setSpacing(8)
        self._row.addWidget(self.label, 1)
        self.close_button: QToolButton | None = None
        if closable:
            close = QToolButton(self)
            close.setText("\u2715")  # ✕
            close.setAutoRaise(True)
            close.setToolTip(translate("NoticeBar", "Close this notice"))
            close.setAccessibleName(translate("NoticeBar", "Close: {name}").format(name=name))
            close.clicked.connect(self.dismiss)
            self._row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
            self.close_button = close

    def add_action(self, text: str, slot: Callable[[], object], *,
                   tip: str = "") -> QPushButton:
        """A button before the close button; ``slot`` runs when it is clicked."""
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        self._row.insertWidget(self._row.count() - (self.close_button is not None), button, 0,
                               Qt.AlignmentFlag.AlignVCenter)
        return button

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()
