"""Help ▸ Keyboard shortcuts: every shortcut of the app, read from what defines them (the
menus' actions and the shortcuts declared in ui/shortcuts.py), never from a list kept by
hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem

from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.help.base import HelpDialog
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.shortcuts import declared

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QWidget

MENUS = QT_TRANSLATE_NOOP("ShortcutsDialog", "Menus")
SEPARATOR = " \N{BLACK RIGHT-POINTING SMALL TRIANGLE} "  # File ▸ Quit


def _keys_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def _plain(text: str) -> str:
    """A menu item's text as read: no mnemonic ampersand, no hint after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub, f"{path}{SEPARATOR}{_plain(sub.title())}")
        elif not action.isSeparator():
            yield f"{path}{SEPARATOR}{_plain(action.text())}", action


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(group, keys, what they do) for every shortcut: the menus' first (as "File ▸ Quit"),
    then the declared ones by where they work."""
    rows: list[tuple[str, str, str]] = []
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for name, action in _menu_actions(menu, _plain(menu.title())):
            if action.shortcuts():
                rows.append((translate("ShortcutsDialog", MENUS), _keys_text(action.shortcuts()),
                             name))
    rows += [(shortcut.shown_where(), shortcut.text(), shortcut.shown_description())
             for shortcut in declared()]
    return rows


class ShortcutsDialog(HelpDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__("Keyboard shortcuts", parent or window)
        self.setObjectName("ShortcutsDialog")
        self.resize(560, 520)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate(
                "ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.tree)
        self._window = window

    def open(self) -> None:
        self.fill()
        super().open()

    def fill(self) -> None:
        """List the shortcuts as they are now (features may have added some since)."""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, description in shortcut_rows(self._window):
            parent_item = groups.get(group)
            if parent_item is None:
                parent_item = groups[group] = QTreeWidgetItem(self.tree, [group])
                parent_item.setFirstColumnSpanned(True)
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
            QTreeWidgetItem(parent_item, [keys, description])
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, what they do), as listed."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            for row in range(group.childCount()):
                item = group.child(row)
                assert item is not None
                found.append((group.text(0), item.text(0), item.text(1)))
        return found
