"""Every menu item can be used from the keyboard: it has a shortcut, shown beside it and read
as its accelerator, or a letter of its own to press with the menu open; and Help ▸ Keyboard
shortcuts lists every shortcut the menus show."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu, QTreeWidget

from hfi_desktop.ui.main_window import MainWindow
from tests.support.qt_async import RunAsync, wait_until

NATIVE = QKeySequence.SequenceFormat.NativeText


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (None: none)."""
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None


def menu_actions(menu: QMenu, path: str = "") -> Iterator[tuple[str, QMenu, QAction]]:
    menu.aboutToShow.emit()  # menus filled as they open fill now
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub, f"{path}{sub.title()} ▸ ")
        elif not action.isSeparator() and action.isVisible():
            yield f"{path}{action.text()}", menu, action


def bar_actions(window: MainWindow) -> list[tuple[str, QMenu, QAction]]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found += menu_actions(menu, f"{menu.title()} ▸ ")
    return found


def accelerator(menu: QMenu, action: QAction) -> str:
    """The shortcut a screen reader reads for ``action`` (as the menu shows it)."""
    iface = QAccessible.queryAccessibleInterface(menu)
    name = action.text().replace("&", "")
    return next((iface.child(i).text(QAccessible.Text.Accelerator)
                 for i in range(iface.childCount())
                 if iface.child(i).text(QAccessible.Text.Name) == name), "")


def test_every_menu_item_has_a_shortcut_or_a_letter_of_its_own(app_window: MainWindow) -> None:
    app_window.show_task("text-classification")  # a page: its menu items too
    items = bar_actions(app_window)
    assert len(items) > 8
    problems = []
    for path, menu, action in items:
        keys = action.shortcut()
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letter = mnemonic(action.text())
        if not keys.isEmpty():
            if accelerator(menu, action) != keys.toString(NATIVE):
                problems.append(f"{path}: {keys.toString(NATIVE)} not shown")
        elif letter is None or letters.count(letter) > 1:
            problems.append(f"{path}: no shortcut, no letter of its own")
    assert problems == []


def test_the_shortcuts_list_has_every_menu_shortcut(app_window: MainWindow) -> None:
    app_window.show_task("text-classification")
    dialog = app_window.help.show_shortcuts()
    tree = dialog.findChild(QTreeWidget)
    assert tree is not None
    listed = " | ".join(
        f"{item.text(0)} {item.text(1)}"
        for top in range(tree.topLevelItemCount())
        for item in [tree.topLevelItem(top)] + [tree.topLevelItem(top).child(i) for i in
                                                range(tree.topLevelItem(top).childCount())])
    for path, _menu, action in bar_actions(app_window):
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString(NATIVE) in listed, path
    dialog.reject()


def test_ctrl_o_opens_a_comparison_file(app_window: MainWindow, run_async: RunAsync) -> None:
    app_window.activateWindow()
    run_async(wait_until(app_window.isActiveWindow))

    async def main() -> QFileDialog:
        QTest.keyClick(app_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: app_window.findChild(QFileDialog, "comparisonFileDialog"))
        dialog = app_window.findChild(QFileDialog, "comparisonFileDialog")
        assert isinstance(dialog, QFileDialog)
        await wait_until(dialog.isVisible)
        return dialog

    run_async(main(), timeout=20).reject()
