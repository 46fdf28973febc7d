"""What screen readers are told: names for fields after their labels, for the ⊗ buttons of
line edits, and spoken announcements.

Qt names a field after its buddy label's raw text (``<b>Model</b>``, markup and all), and
the field inside a labelled box (a line edit with its message under it) not at all; these
helpers give the plain text, to the widget the focus goes to as well.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, Qt, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QWidget

from hfi_desktop.ui.i18n import translate

#: The action QLineEdit adds for ``setClearButtonEnabled`` (its ⊗ button shows its text).
_CLEAR_ACTION = "_q_qlineeditclearaction"
#: The button QTableView puts where its headers meet (it selects every cell).
_CORNER_BUTTON = "qt_tableview_cornerbutton"


def plain_text(text: str) -> str:
    """``text`` as it reads: markup, ``&`` mnemonics and a closing colon removed, whitespace
    collapsed."""
    if Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).removesuffix(":")


def name_after_labels(root: QWidget) -> None:
    """Name every field that a label under ``root`` is the buddy of, and the widget it passes
    its focus to, after the label's plain text; a name set already is kept, and so is a
    label's (its text is what it says)."""
    for label in root.findChildren(QLabel):
        target: QWidget | None = label.buddy()
        name = plain_text(label.text())
        while target is not None and name and not isinstance(target, QLabel):
            if not target.accessibleName():
                target.setAccessibleName(name)
            proxy = target.focusProxy()
            target = proxy if proxy is not target else None


def add_clear_button(line: QLineEdit, name: str) -> None:
    """The ⊗ button that empties ``line``, named (and tool-tipped) ``name``."""
    line.setClearButtonEnabled(True)
    action = line.findChild(QAction, _CLEAR_ACTION)
    if action is not None:
        action.setText(name)


def name_corner_button(table: QTableView) -> None:
    corner = table.findChild(QAbstractButton, _CORNER_BUTTON)
    if corner is not None:
        corner.setAccessibleName(translate("Accessible", "Select all cells"))


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` (when it is listening), after what it is saying."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
