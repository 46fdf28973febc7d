"""The model field's suggestion list: a window under the field that takes neither the
keyboard nor the mouse.

Why not QCompleter's popup: that is a ``Qt.Popup``, which grabs the keyboard and the mouse
while it is open. Keys then go through the window's shortcuts on the popup's behalf, before
the completer sees them (the page's Esc-cancels took Esc, the History's Enter-opens-the-row
took Enter), and on X11 the click that closes it is swallowed (the first click on Run sent
nothing). This list is a tool-tip window that never takes focus: the keys stay with the
field, which hands the list's keys to :meth:`SuggestionList.handle_key`; a press elsewhere
closes it and goes on to where it was aimed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QListView, QWidget

from .delegate import SuggestionDelegate
from .suggestions import Role, SuggestionModel

MAX_VISIBLE_ROWS = 12
MIN_WIDTH = 460
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel)
_ANCHOR_GONE = (QEvent.Type.FocusOut, QEvent.Type.Hide)
_WINDOW_CHANGED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide,
                   QEvent.Type.WindowDeactivate)
_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
          Qt.Key.Key_PageDown: MAX_VISIBLE_ROWS - 1, Qt.Key.Key_PageUp: -(MAX_VISIBLE_ROWS - 1)}


class SuggestionList(QListView):
    """The rows of ``model`` in a window under ``anchor`` (the field's editable box), as wide
    as it (at least MIN_WIDTH). ``chosen(value)``: a row was clicked; ``closed``: the list
    was hidden, whatever the reason. It closes itself when the anchor loses the focus or is
    hidden, when the anchor's window moves, and on a press or a wheel turn anywhere else
    (which still goes where it was aimed)."""

    chosen = Signal(str)
    closed = Signal()

    def __init__(self, model: SuggestionModel, anchor: QComboBox) -> None:
        super().__init__(anchor)
        self._anchor = anchor
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("modelSuggestions")
        self.setAccessibleName(QCoreApplication.translate("SuggestionList", "Model suggestions"))
        self.setModel(model)
        self.setItemDelegate(SuggestionDelegate(self))
        self.setUniformItemSizes(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.entered.connect(self._hover)
        self.clicked.connect(self._click)
        model.modelReset.connect(self._after_reset)
        anchor.installEventFilter(self)
        self._watched_window: QWidget | None = None

    # -- showing -----------------------------------------------------------------------------

    def open(self) -> None:
        """Show the list under the anchor (above it if there is no room below), sized to
        its rows; hidden when there are none."""
        rows = min(self.model().rowCount(), MAX_VISIBLE_ROWS)
        if not rows or not self._anchor.isVisible():
            self.hide()
            return
        self.setGeometry(self._placement(rows))
        if not self.isVisible():
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
            self._watch(True)
            self.show()
        self.raise_()

    def _placement(self, rows: int) -> QRect:
        anchor = self._anchor
        height = sum(self.sizeHintForRow(i) for i in range(rows)) + 2 * self.frameWidth()
        width = max(anchor.width(), MIN_WIDTH)
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        geometry = QRect(below.x(), below.y(), width, height)
        screen = anchor.screen().availableGeometry()
        if geometry.bottom() > screen.bottom():
            above = anchor.mapToGlobal(QPoint(0, 0)).y() - height
            if above >= screen.top():
                geometry.moveTop(above)
        if geometry.right() > screen.right():
            geometry.moveLeft(max(screen.left(), screen.right() - width + 1))
        return geometry

    def hideEvent(self, event: QHideEvent) -> None:
        self._watch(False)
        super().hideEvent(event)
        self.closed.emit()

    def _watch(self, on: bool) -> None:
        """While shown: every press and wheel turn of the application (to close on one
        elsewhere), and the moves of the anchor's window."""
        app = QApplication.instance()
        window = self._anchor.window()
        if on:
            if app is not None:
                app.installEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window
            return
        if app is not None:
            app.removeEventFilter(self)
        if self._watched_window is not None:
            self._watched_window.removeEventFilter(self)
            self._watched_window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESSES:
            return self.isVisible() and self._pressed(watched, event)
        if (watched is self._anchor and kind in _ANCHOR_GONE) or (
                watched is self._watched_window and kind in _WINDOW_CHANGED):
            self.hide()
        return False

    def _pressed(self, watched: QObject, event: QEvent) -> bool:
        """A press (or wheel turn) somewhere: elsewhere, the list closes and the event goes
        on. On the box's own arrow, it only closes the list (the arrow toggles it)."""
        if not isinstance(watched, QWidget) or self.isAncestorOf(watched) or watched is self:
            return False
        line_edit = self._anchor.lineEdit()
        if line_edit is not None and (watched is line_edit or line_edit.isAncestorOf(watched)):
            return False  # placing the cursor in the field, clearing it
        if watched is self._anchor and isinstance(event, QMouseEvent):
            self.hide()
            return True
        self.hide()
        return False

    # -- the rows ----------------------------------------------------------------------------

    def current_value(self) -> str | None:
        """The value of the row picked with the arrow keys (or under the mouse), if any."""
        index = self.currentIndex()
        if not self.isVisible() or not index.isValid() or not self._enabled(index.row()):
            return None
        return str(index.data(Role.VALUE) or "") or None

    def handle_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the field while the list is open: True if it moved the current
        row or closed the list (the field does nothing more with it)."""
        if not self.isVisible() or event.modifiers() not in _PLAIN:
            return False
        key = Qt.Key(event.key())
        if key in _MOVES:
            self._move(_MOVES[key])
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False

    @staticmethod
    def takes_key(event: QKeyEvent) -> bool:
        """Whether the open list wants this key before any shortcut of the window."""
        key = event.key()
        return event.modifiers() in _PLAIN and (key in _MOVES or key == Qt.Key.Key_Escape)

    def _move(self, step: int) -> None:
        """The current row ``step`` enabled rows further: one at a time around the ends (as
        a completer does), a page at a time up to them."""
        rows = [row for row in range(self.model().rowCount()) if self._enabled(row)]
        if not rows:
            return
        current = self.currentIndex().row()
        if current not in rows:
            target = rows[0] if step > 0 else rows[-1]
        elif abs(step) == 1:
            target = rows[(rows.index(current) + step) % len(rows)]
        else:
            target = rows[max(0, min(len(rows) - 1, rows.index(current) + step))]
        self.setCurrentIndex(self.model().index(target, 0))

    def _enabled(self, row: int) -> bool:
        return bool(self.model().index(row, 0).flags() & Qt.ItemFlag.ItemIsEnabled)

    def _hover(self, index: QModelIndex) -> None:
        if index.isValid() and self._enabled(index.row()):
            self.setCurrentIndex(index)

    def _click(self, index: QModelIndex) -> None:
        if index.isValid() and self._enabled(index.row()):
            self.hide()
            self.chosen.emit(str(index.data(Role.VALUE) or ""))

    def _after_reset(self) -> None:
        if self.isVisible():
            self.open()  # new rows: a new height (none: hidden)
