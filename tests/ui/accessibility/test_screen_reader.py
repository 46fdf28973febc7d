"""What a screen reader is told (issue 11, item 7): every page, the Compare window, the
History view, the Settings dialog and the menus, read through the widgets' accessible
interfaces (what AT-SPI, UI Automation and VoiceOver get). Each shown interactive widget
has a useful name; each shown text (the run status, an input's error, a settings note) is
its label's name, so it is read; a spin box reads as it shows; a run's outcome is in the
status when it ends, and is announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.ui.collapsible import CollapsibleSection
from hfi_desktop.ui.compare import ComparisonView
from hfi_desktop.ui.compare.install import COMPARE_BUTTON_NAME
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.task_page import TaskPage
from tests.support.accessibility import (
    exposes,
    interactive_problems,
    menu_items,
    misread_values,
    name_problem,
    unexposed_texts,
    window_problem,
)
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.compare.helpers import settle
from tests.ui.pages import FILE_KINDS
from tests.ui.settings.conftest import hooks

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, widget.rect().center())


def problems(window: QWidget) -> list[str]:
    return interactive_problems(window) + unexposed_texts(window) + misread_values(window)


def problems_on_every_tab(window: QWidget, bar: QTabBar) -> list[str]:
    """The problems of ``window`` with each of ``bar``'s tabs on show (clicked in turn)."""
    found: list[str] = []
    for index in range(bar.count()):
        QTest.mouseClick(bar, LEFT, Qt.KeyboardModifier.NoModifier,
                         bar.tabRect(index).center())
        assert bar.currentIndex() == index
        found += [f"[{bar.tabText(index)}] {line}" for line in problems(window)]
    return found


async def run_first_example(page: TaskPage) -> str:
    """Click the first example chip, wait for its files, click Run; the state it ended in."""
    click(page.findChildren(QPushButton, "exampleChip")[0])
    example = page.spec.examples[0]
    files = [f.key for f in page.spec.inputs
             if f.kind in FILE_KINDS and example.values.get(f.key) is not None]
    await wait_until(lambda: all(page.inputs[key].value() is not None for key in files),
                     timeout=10)
    states: list[str] = []
    page.run_finished.connect(states.append)
    click(page.run_button)
    await wait_until(lambda: states, timeout=15)
    return states[0]


@pytest.mark.parametrize("task_id", [s.id for s in CATALOG if s.page is PageKind.FORM])
def test_every_page_names_what_it_shows_and_reads_its_status(
        app_window: MainWindow, run_async: RunAsync, task_id: str) -> None:
    page = app_window.show_task(task_id)
    for section in page.findChildren(CollapsibleSection):  # parameters and options shown
        if not section.is_expanded() and section.isVisibleTo(page):
            click(section.toggle)
    assert all(s.is_expanded() for s in page.findChildren(CollapsibleSection)
               if s.isVisibleTo(page))
    assert window_problem(app_window) is None
    assert problems(app_window) == []  # before a run

    assert run_async(run_first_example(page), timeout=30) == "done"
    assert exposes(page.status.label, "Done")  # the live status, as it is now
    assert problems_on_every_tab(app_window, page.result_panel.tabs.tabBar()) == []


def test_the_chat_page_names_what_it_shows(app_window: MainWindow) -> None:
    page = app_window.show_task(next(s.id for s in CATALOG if s.page is PageKind.CHAT))
    for section in page.findChildren(CollapsibleSection):  # its settings panel opened
        if not section.is_expanded() and section.isVisibleTo(page):
            click(section.toggle)
    assert window_problem(app_window) is None
    assert problems(app_window) == []


def test_a_form_error_is_read_by_its_text(app_window: MainWindow) -> None:
    page = app_window.show_task("text-classification")
    click(page.run_button)  # nothing typed
    field = page.inputs["inputs"]
    assert field.message_label.isVisible() and field.message()
    assert exposes(field.message_label, field.message())
    assert QAccessible.queryAccessibleInterface(field.message_label).text(
        QAccessible.Text.Description) == "Error"
    assert exposes(page.status.label, "Not sent")
    assert problems(app_window) == []


def test_the_compare_window_is_a_named_window_whose_columns_read_their_status(
        app_window: MainWindow, run_async: RunAsync) -> None:
    page = app_window.show_task("text-classification")

    async def main() -> ComparisonView:
        await run_first_example(page)
        click(page.findChild(QPushButton, COMPARE_BUTTON_NAME))
        [view] = app_window.compare.views
        await wait_until(view.isVisible)
        assert problems(view) == []  # before a run
        click(view.run_button)
        await wait_until(view.is_running)
        await settle(view, timeout=15)
        return view

    view = run_async(main(), timeout=40)
    assert window_problem(view) is None
    assert QAccessible.queryAccessibleInterface(view).text(
        QAccessible.Text.Name).startswith("Compare models")
    assert problems(view) == []
    for column in view.columns:
        assert exposes(column.status.label, "Done")


def test_the_history_view_names_its_filters_and_runs(app_window: MainWindow,
                                                     run_async: RunAsync) -> None:
    page = app_window.show_task("summarization")

    async def main() -> None:
        await run_first_example(page)
        QTest.keyClick(app_window, Qt.Key.Key_H, CTRL)  # View ▸ History
        panel = app_window.history_dock.panel
        await wait_until(lambda: panel.isVisible() and panel.model.rowCount() > 0,
                         timeout=10)
        row = panel.table.visualRect(panel.model.index(0, 0)).center()
        QTest.mouseClick(panel.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, row)
        assert panel.table.selectionModel().hasSelection()  # its actions enabled

    run_async(main(), timeout=40)
    assert problems(app_window) == []


def test_the_settings_dialog_names_its_fields_and_reads_its_notes(
        app_window: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClick(app_window, Qt.Key.Key_Comma, CTRL)  # File ▸ Settings…
    dialog = hooks(app_window).dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    assert window_problem(dialog) is None
    click(dialog.account.replace_button)  # shows the token editor
    bar = dialog.tabs.tabBar()
    QTest.mouseClick(bar, LEFT, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(dialog.tabs.indexOf(dialog.connection)).center())
    dialog.connection.base_url.clear()
    qtbot.keyClicks(dialog.connection.base_url, "ftp://nope")  # an error under the field
    assert dialog.connection.base_url_message.isVisible()
    assert problems_on_every_tab(dialog, bar) == []
    dialog.reject()


def test_menu_items_are_named_without_their_shortcut(app_window: MainWindow) -> None:
    app_window.show_task("fill-mask")  # a page: its menus too (Copy as code)
    menus = [app_window.menuBar(), *app_window.findChildren(QMenu)]
    items = [node for menu in menus for node in menu_items(menu)]
    assert len(items) > len(menus)
    assert [f"{p}: {n.line()}" for n in items if (p := name_problem(n.name))] == []
    file_menu = next(a.menu() for a in app_window.menuBar().actions()
                     if a.text().replace("&", "") == "File")
    iface = QAccessible.queryAccessibleInterface(file_menu)
    save_as = next(iface.child(i) for i in range(iface.childCount())
                   if iface.child(i).text(QAccessible.Text.Name) == "Save as…")
    assert save_as.text(QAccessible.Text.Accelerator) == "Ctrl+S"  # read as the shortcut


def test_a_run_outcome_is_announced(app_window: MainWindow, run_async: RunAsync,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With a screen reader listening, the outcome is said when the run ends (the status
    label's name changes too, but readers seldom speak a change away from the focus)."""
    said: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    page = app_window.show_task("text-classification")
    click(page.run_button)  # nothing typed: not sent
    assert len(said) == 1 and said[0].startswith("Not sent")
    run_async(run_first_example(page), timeout=30)
    assert said[-1].startswith("Done · HTTP 200")
