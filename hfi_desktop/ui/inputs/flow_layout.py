"""A layout that places items left to right and wraps them onto new lines (Qt's example),
so that a row of buttons or chips never makes its window wider than one of them."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """``align_right``: each line's items end at the right edge (a row of actions).

    Measuring is Python, and Qt asks a layout's height for a width many times per pass (and
    on every pass of the window when anything in it changes size, e.g. a status line as it
    ticks): heights and the last placement are kept until Qt invalidates the layout."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, *,
                 align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._align_right = align_right
        self._heights: dict[int, int] = {}
        self._placed: QRect | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def invalidate(self) -> None:
        self._heights.clear()
        self._placed = None
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addWidget(widget)  # appended by addItem: move it
        item = self._items.pop()
        self._items.insert(index, item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if rect != self._placed:
            self._arrange(rect, apply=True)
            self._placed = QRect(rect)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (``apply``) or only measure; the height they take.
        An item wider than a line gets the line (never less than its minimum); an
        Expanding widget takes what is left of its line."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = max(min(item.sizeHint().width(), area.width()), item.minimumSize().width())
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            widget = item.widget()
            if (widget is not None
                    and widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding):
                width = max(width, area.width() - x)
            lines[-1].append((item, width))
            x += width + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item, _ in line)
            used = sum(width for _, width in line) + self._spacing * (len(line) - 1)
            x = area.x() + (area.width() - used if self._align_right else 0)
            for item, width in line:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + self._spacing
        return max(y - self._spacing, area.y()) - rect.y() + margins.bottom()
