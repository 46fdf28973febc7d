"""The task sidebar: every task, grouped by modality, with icons; filtering by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG
from hfi_desktop.catalog.model import Group
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.sidebar import TaskSidebar, build_task_model


def test_the_task_model_is_a_valid_qt_model(qapp: QApplication,
                                            qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(build_task_model(CATALOG))  # its icons are drawn: an application


def test_every_task_is_listed_under_its_group_with_an_icon(qtbot: QtBot) -> None:
    sidebar = TaskSidebar(CATALOG)
    qtbot.addWidget(sidebar)
    model = build_task_model(CATALOG)
    rows = [model.item(row).text() for row in range(model.rowCount())]
    assert rows == ["Chat", *(g.value for g in Group if any(
        s.group is g and not s.pinned for s in CATALOG))]
    assert sidebar.visible_task_ids()[0] == "chat-completion", "the chat comes first"
    assert sorted(sidebar.visible_task_ids()) == sorted(spec.id for spec in CATALOG)
    assert not model.item(0).icon().isNull()
    for row in range(1, model.rowCount()):
        group = model.item(row)
        for child in range(group.rowCount()):
            assert not group.child(child).icon().isNull()


def test_the_chat_is_found_by_typing(qtbot: QtBot) -> None:
    sidebar = TaskSidebar(CATALOG)
    qtbot.addWidget(sidebar)
    qtbot.keyClicks(sidebar.filter_edit, "chat")
    assert sidebar.visible_task_ids()[0] == "chat-completion"
    with qtbot.waitSignal(sidebar.task_selected) as picked:
        qtbot.keyClick(sidebar.filter_edit, "\r")
    assert picked.args == ["chat-completion"]


def test_typing_filters_tasks_and_enter_picks_the_first(qtbot: QtBot) -> None:
    sidebar = TaskSidebar(CATALOG)
    qtbot.addWidget(sidebar)
    qtbot.keyClicks(sidebar.filter_edit, "image class")
    assert sidebar.visible_task_ids() == ["image-classification",
                                          "zero-shot-image-classification"]
    with qtbot.waitSignal(sidebar.task_selected) as picked:
        qtbot.keyClick(sidebar.filter_edit, "\r")
    assert picked.args == ["image-classification"]
    sidebar.filter_edit.setText("no such task")
    assert sidebar.visible_task_ids() == []
    sidebar.filter_edit.clear()
    assert len(sidebar.visible_task_ids()) == len(CATALOG)


def test_choosing_a_task_shows_its_page(window: MainWindow) -> None:
    assert window.pages == {}, "pages are built on first use"
    window.sidebar.select_task("summarization")
    page = window.stack.currentWidget()
    assert page is window.pages["summarization"]
    assert page.spec.id == "summarization"


def test_ctrl_f_selects_the_filter_text_so_typing_replaces_it(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    window.activateWindow()
    edit = window.sidebar.filter_edit
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "transl")
    assert window.sidebar.visible_task_ids() == ["translation"]
    # Ctrl+F again, the filter still focused: typing replaces "transl".
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert edit.selectedText() == "transl"
    qtbot.keyClicks(edit, "object")
    assert edit.text() == "object"
    assert "object-detection" in window.sidebar.visible_task_ids()
    # From the task list: the same.
    window.sidebar.tree.setFocus()
    qtbot.waitUntil(window.sidebar.tree.hasFocus)
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "speech")
    assert edit.text() == "speech"


def test_a_filter_without_match_says_so(window: MainWindow, qtbot: QtBot) -> None:
    sidebar = window.sidebar
    qtbot.keyClicks(sidebar.filter_edit, "xyz")
    assert sidebar.visible_task_ids() == []
    assert sidebar.no_match.isVisible()
    assert sidebar.no_match.text() == "No task matches “xyz”."
    assert not sidebar.tree.isVisible()
    for _ in range(3):
        qtbot.keyClick(sidebar.filter_edit, Qt.Key.Key_Backspace)
    assert not sidebar.no_match.isVisible()
    assert sidebar.tree.isVisible()
    assert len(sidebar.visible_task_ids()) == len(CATALOG)
