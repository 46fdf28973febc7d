"""What a screen reader is told about a window: its widgets' accessible interfaces (the ones
AT-SPI, UI Automation and VoiceOver read), walked and checked for useful names.

``interactive_problems(window)`` lists every shown interactive widget (and menu item) whose
name would be read as nothing, as markup, with a tab, or as a word that says nothing;
``unexposed_texts(window)`` every shown label whose text is not read (a status, a message);
``misread_values(window)`` every spin box read otherwise than shown; ``window_problem`` says
whether a window is read as a named window. ``dump(window)`` is the walk as text, one line
per widget, to compare before and after.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QMenu, QMenuBar, QSpinBox, QWidget

from hfi_desktop.ui.accessible import plain_text

Role = QAccessible.Role

#: Roles a user acts on or reads a result from: each needs a name of its own.
INTERACTIVE_ROLES = frozenset({
    Role.Button, Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox,
    Role.EditableText, Role.Slider, Role.SpinBox, Role.Dial, Role.List, Role.Table,
    Role.Tree, Role.ButtonMenu, Role.ButtonDropDown, Role.ButtonDropGrid, Role.MenuItem,
    Role.PageTab, Role.Link, Role.Switch, Role.Document,
})

#: Names that say what a widget is, not which one it is.
GENERIC_NAMES = frozenset({
    "message", "button", "label", "edit", "field", "widget", "value", "list",
    "table", "tree", "slider", "item", "input", "output", "viewer", "box", "combo box",
    "spin box", "check box", "untitled", "filler",
})

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Node:
    """One accessible interface as a screen reader sees it."""

    path: str  # the widget's object names / classes from the window down
    role: QAccessible.Role
    name: str
    description: str
    value: str

    def line(self) -> str:
        parts = [f"{self.role.name:<14} {self.name!r}"]
        if self.value:
            parts.append(f"value={self.value[:60]!r}")
        if self.description:
            parts.append(f"desc={self.description[:60]!r}")
        return "  ".join(parts) + f"   [{self.path}]"


def name_problem(name: str) -> str | None:
    """Why ``name`` is no use to a listener (None: it is fine)."""
    if not name.strip():
        return "no name"
    if _TAG.search(name):
        return "HTML in the name"
    if "\t" in name:
        return "a tab in the name"
    if name.strip().lower() in GENERIC_NAMES:
        return "a generic name"
    return None


def node_of(iface: QAccessibleInterface, path: str) -> Node:
    return Node(path, iface.role(), iface.text(QAccessible.Text.Name),
                iface.text(QAccessible.Text.Description), iface.text(QAccessible.Text.Value))


def widget_node(widget: QWidget) -> Node | None:
    iface = QAccessible.queryAccessibleInterface(widget)
    return None if iface is None or not iface.isValid() else node_of(iface, _path(widget))


def walk(window: QWidget) -> Iterator[Node]:
    """Every widget shown in ``window`` (itself included), then the items of its menus."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or (widget.window() is window and widget.isVisibleTo(window)):
            node = widget_node(widget)
            if node is not None:
                yield node
    for bar in window.findChildren(QMenuBar):
        yield from menu_items(bar)
    for menu in window.findChildren(QMenu):
        yield from menu_items(menu)


def menu_items(menu: QMenu | QMenuBar) -> Iterator[Node]:
    """A menu's items as its accessible interface lists them (separators left out)."""
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # menus filled as they open (recent files…) fill now
    iface = QAccessible.queryAccessibleInterface(menu)
    if iface is None:
        return
    title = menu.title() if isinstance(menu, QMenu) else "bar"
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None and child.role() is not Role.Separator:
            yield node_of(child, f"{_path(menu)}/{title} {index}")


def interactive_problems(window: QWidget) -> list[str]:
    """One line per shown interactive widget or menu item without a useful name."""
    found = []
    for node in walk(window):
        if node.role in INTERACTIVE_ROLES:
            problem = name_problem(node.name)
            if problem is not None:
                found.append(f"{problem}: {node.line()}")
    return found


def exposes(widget: QWidget, text: str) -> bool:
    """Whether a screen reader reading ``widget`` hears ``text`` (in its name or value)."""
    node = widget_node(widget)
    wanted = _words(text)
    return node is not None and (wanted in _words(node.name) or wanted in _words(node.value))


def unexposed_texts(window: QWidget) -> list[str]:
    """One line per shown label (a status, a message, a caption) whose text a screen reader
    is not told: neither its accessible name nor its value holds it."""
    found = []
    for label in window.findChildren(QLabel):
        if label.window() is window and label.isVisibleTo(window):
            text = plain_text(label.text())
            if text and not exposes(label, text):
                node = widget_node(label)
                found.append(f"text {text[:60]!r} not exposed: {node.line() if node else '-'}")
    return found


def misread_values(window: QWidget) -> list[str]:
    """One line per shown spin box whose value is read otherwise than shown (a "default"
    shown as its special text but read as the number under it)."""
    found = []
    for box in window.findChildren(QSpinBox) + window.findChildren(QDoubleSpinBox):
        node = widget_node(box) if box.isVisibleTo(window) else None
        # Qt reads an int box's unit (suffix), not a float box's: either will do.
        if node is not None and node.value not in (box.text(), box.cleanText()):
            found.append(f"shows {box.text()!r}, read as {node.value!r}: {node.line()}")
    return found


def window_problem(window: QWidget) -> str | None:
    """Why ``window`` is not announced as a named window (None: it is)."""
    node = widget_node(window)
    if node is None or node.role not in (Role.Window, Role.Dialog):
        return f"not a window: {node.line() if node else '-'}"
    problem = name_problem(node.name)
    return None if problem is None else f"{problem}: {node.line()}"


def dump(window: QWidget) -> str:
    return "\n".join(node.line() for node in walk(window))


def _words(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def _path(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        if current.isWindow():
            break
        current = current.parentWidget()
    return "/".join(reversed(parts[:4]))
