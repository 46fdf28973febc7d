"""A line edit's placeholder elided in the middle to fit its width: Qt cuts a long one at
the end, which hides what tells models apart (``sentence-transformers/distilbert-ba…``);
``sentence-tra…-nli-mean-tokens`` keeps both ends. Put the full text in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

#: QLineEdit's own gap between its text and its edges (QLineEditPrivate::horizontalMargin),
#: and between a side button (the clear button) and the text.
_TEXT_GAP = 2
_BUTTON_GAP = 4
_WATCHED = frozenset({QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange})


class ElidedPlaceholder(QObject):
    """Keeps ``line``'s placeholder ``text``, elided in the middle to the width it has
    (a child of ``line``: it lives as long as the line edit)."""

    def __init__(self, line: QLineEdit, text: str) -> None:
        super().__init__(line)
        self._line = line
        self.text = text
        line.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED:
            self.fit()
        return False

    def fit(self) -> None:
        line = self._line
        option = QStyleOptionFrame()
        line.initStyleOption(option)
        contents = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents,
                                               option, line)
        margins = line.textMargins()
        buttons = sum(button.width() + _BUTTON_GAP
                      for button in line.findChildren(QToolButton))  # the clear button
        width = (contents.width() - margins.left() - margins.right() - buttons
                 - 2 * _TEXT_GAP)
        line.setPlaceholderText(line.fontMetrics().elidedText(
            self.text, Qt.TextElideMode.ElideMiddle, max(width, 0)))
