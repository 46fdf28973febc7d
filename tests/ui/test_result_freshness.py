"""A result shown for inputs the form no longer holds is marked out of date (dimmed under a
note, Run reads "Run again", saving says so); going back to its inputs clears the mark.
Driven as a user does: chips and buttons clicked, files dropped, keys typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.collapsible import CollapsibleSection
from hfi_desktop.ui.export import PageExport
from hfi_desktop.ui.export.dialogs import FOLDER_DIALOG_NAME, SAVE_DIALOG_NAME
from hfi_desktop.ui.inputs import InputWidget
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.result_freshness import OUTDATED_SAVE_NOTE
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_api import FakeInferenceAPI, Respond
from tests.support.paths import example
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.inputs.conftest import drag_and_drop, file_mime

OTHER_MODEL = "google/vit-large-patch16-224"
OUTDATED_TEXT = ("Out of date — The inputs have changed since this result was made. "
                 "Run again to update it, or change them back.")


def _marked(page: TaskPage) -> bool:
    """What the user sees: the note over the result, the result dimmed, and the Run
    button's words."""
    note = page.result_panel.outdated_note
    shown = note.isVisibleTo(page)
    veil = page.result_panel.findChild(QWidget, "outdatedVeil")
    assert veil is not None and veil.isVisibleTo(page) is shown
    assert page.run_button.text() == ("Run again" if shown else "Run")
    assert page.result_outdated() is shown
    if shown:
        assert note.text() == OUTDATED_TEXT
    return shown


def _chip(page: TaskPage, title: str) -> QPushButton:
    [chip] = [b for b in page.findChildren(QPushButton, "exampleChip") if b.text() == title]
    return chip


async def _click_run(qtbot: QtBot, page: TaskPage) -> None:
    states: list[str] = []
    page.run_finished.connect(states.append)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: states, timeout=10)
    assert states == ["done"], page.result_panel.error_box.message.text()


def _zone(page: TaskPage) -> InputWidget:
    [zone] = page.inputs.values()
    return zone


async def _drop_image(page: TaskPage, name: str) -> None:
    zone = _zone(page)
    drag_and_drop(zone, file_mime(example(name)))
    await wait_until(lambda: getattr(zone.value(), "name", None) == name, timeout=10)


def _file_dialog(name: str) -> QFileDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            assert isinstance(widget, QFileDialog)
            return widget
    return None


def test_another_image_marks_the_result_and_the_first_one_clears_the_mark(
        qtbot: QtBot, window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    fake_api.program(f"/models/{OTHER_MODEL}", Respond(200, b'[{"label": "tabby", '
                                                            b'"score": 0.9}]'))
    page = window.show_task("image-classification")
    export = page.export
    assert isinstance(export, PageExport)

    async def main() -> None:
        qtbot.mouseClick(_chip(page, "Cheetah"), Qt.MouseButton.LeftButton)
        await wait_until(lambda: _zone(page).value() is not None, timeout=10)
        await _click_run(qtbot, page)
        assert not _marked(page)
        await wait_until(export.drag_handle.isEnabled)  # its file is ready to drag out
        assert OUTDATED_SAVE_NOTE not in export.drag_handle.toolTip()

        await _drop_image(page, "cats.png")  # the cheetah's labels stay on show…
        await wait_until(lambda: _marked(page))  # …marked out of date
        assert page.result_panel.state() == "result"
        assert export.save_button.isEnabled()  # still saved, as what it is
        assert export.drag_handle.toolTip().endswith(f"({OUTDATED_SAVE_NOTE})")

        # Save as… says so: in the dialog's title, and in the status once saved.
        qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: _file_dialog(SAVE_DIALOG_NAME) is not None)
        dialog = _file_dialog(SAVE_DIALOG_NAME)
        assert dialog is not None
        assert dialog.windowTitle() == f"Save result as — {OUTDATED_SAVE_NOTE}"
        dialog.setDirectory(str(tmp_path))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText("cheetah.json")
        dialog.accept()
        await wait_until(lambda: page.status.label.text().startswith("Saved"), timeout=10)
        assert page.status.label.text().endswith(f" — {OUTDATED_SAVE_NOTE}")
        assert (tmp_path / "cheetah.json").stat().st_size > 0  # saved all the same

        await _drop_image(page, "cheetah.png")  # the same bytes, loaded again: not stale
        await wait_until(lambda: not _marked(page))
        assert OUTDATED_SAVE_NOTE not in export.drag_handle.toolTip()

        # An option is part of the request too: checked off, then back on.
        cache = next(box for box in page.options.findChildren(QCheckBox)
                     if box.text() == "Use the server's cache")
        section = page.options.parentWidget()
        assert isinstance(section, CollapsibleSection)
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)  # unfold Options
        await wait_until(lambda: cache.isVisible())
        on_the_box = QPoint(8, cache.height() // 2)
        qtbot.mouseClick(cache, Qt.MouseButton.LeftButton, pos=on_the_box)
        assert not cache.isChecked()
        await wait_until(lambda: _marked(page))
        qtbot.mouseClick(cache, Qt.MouseButton.LeftButton, pos=on_the_box)
        await wait_until(lambda: not _marked(page))

        # So is the model; "Run again" makes a result of the form as it is: unmarked.
        page.model_field.setFocus()
        qtbot.keyClicks(page.model_field.lineEdit(), OTHER_MODEL)
        await wait_until(lambda: _marked(page))
        await _click_run(qtbot, page)
        assert not _marked(page)

    run_async(main(), timeout=40)


def test_editing_a_parameter_marks_the_result_and_reverting_clears_it(
        qtbot: QtBot, window: MainWindow, run_async: RunAsync, tmp_path: Path) -> None:
    page = window.show_task("text-to-image")
    export = page.export
    assert isinstance(export, PageExport)

    async def main() -> None:
        qtbot.mouseClick(_chip(page, "Tortoise"), Qt.MouseButton.LeftButton)
        await _click_run(qtbot, page)
        assert not _marked(page)
        section = page.parameters.parentWidget()
        assert isinstance(section, CollapsibleSection)
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)  # unfold Parameters
        steps = page.parameters.fields["num_inference_steps"]
        qtbot.mouseClick(steps, Qt.MouseButton.LeftButton)
        qtbot.keyClick(steps, Qt.Key.Key_Up)  # "default" → 1 step
        await wait_until(lambda: _marked(page))
        qtbot.keyClick(steps, Qt.Key.Key_Down)  # back to "default"
        await wait_until(lambda: not _marked(page))
        qtbot.keyClick(steps, Qt.Key.Key_Up)
        await wait_until(lambda: _marked(page))

        # Save all… says so too.
        qtbot.mouseClick(export.save_all_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: _file_dialog(FOLDER_DIALOG_NAME) is not None)
        dialog = _file_dialog(FOLDER_DIALOG_NAME)
        assert dialog is not None
        assert dialog.windowTitle() == f"Save all into folder — {OUTDATED_SAVE_NOTE}"
        dialog.setDirectory(str(tmp_path))  # the user opens the folder, presses "Save here"
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.clear()
        dialog.accept()
        await wait_until(lambda: page.status.label.text().startswith("Saved"), timeout=10)
        assert page.status.label.text().endswith(f" — {OUTDATED_SAVE_NOTE}")
        assert (tmp_path / "manifest.json").is_file()

    run_async(main(), timeout=40)


def test_a_conversation_is_not_marked_while_the_next_message_is_typed(
        qtbot: QtBot, window: MainWindow, run_async: RunAsync) -> None:
    page = window.show_task("conversational")

    async def main() -> None:
        qtbot.mouseClick(_chip(page, "Movie talk"), Qt.MouseButton.LeftButton)
        await _click_run(qtbot, page)
        editor = page.inputs["inputs"].findChild(QPlainTextEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "And the ending?")
        await wait_until(lambda: "And the ending?" in str(page.form().values["inputs"]))
        assert page.result_panel.state() == "result"
        assert not _marked(page)

    run_async(main(), timeout=30)
