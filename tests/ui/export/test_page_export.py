"""Save as… / Save all… / drag-out on a task page, driven like a user: run the example,
press the button or Ctrl+S, answer the dialogs, read the files."""

from __future__ import annotations

import asyncio
import json
import wave
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.export import PageExport
from hfi_desktop.ui.export.dialogs import (
    CONFLICTS_BOX_NAME,
    FOLDER_DIALOG_NAME,
    SAVE_DIALOG_NAME,
)
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_api import FakeInferenceAPI, Respond
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.pages import fill_first_example, run_page


def _dialog(parent: QWidget, name: str) -> QFileDialog | QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget  # type: ignore[return-value]
    found = parent.window().findChild(QWidget, name)
    return found if found is not None and found.isVisible() else None  # type: ignore[return-value]


def _type_name(dialog: QFileDialog, path: Path) -> None:
    """What a user does: go to the folder, type the name."""
    dialog.setDirectory(str(path.parent))
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText(path.name)


async def _run_example(page: TaskPage) -> None:
    await fill_first_example(page)
    assert await run_page(page) == "done"


def _export(page: TaskPage) -> PageExport:
    assert isinstance(page.export, PageExport)
    return page.export


def test_actions_follow_the_last_run(window: MainWindow, fake_api: FakeInferenceAPI,
                                     run_async: RunAsync) -> None:
    page = window.show_task("text-classification")
    export = _export(page)
    layout = page.result_actions
    items = [layout.itemAt(i) for i in range(layout.count())]
    widgets = [item.widget() for item in items if item is not None]
    assert export.save_button in widgets and export.save_all_button in widgets
    assert export.drag_handle in widgets
    assert export.save_button.text() == "Save as…"
    assert "Ctrl+S" in export.save_button.toolTip()
    assert not export.save_button.isEnabled() and not export.shortcut.isEnabled()
    assert not export.drag_handle.isEnabled()

    run_async(_run_example(page))
    assert export.save_button.isEnabled() and export.save_all_button.isEnabled()
    assert export.shortcut.isEnabled()

    fake_api.program("/models/distilbert-base-uncased-finetuned-sst-2-english",
                     Respond(500, b'{"error": "boom"}'), times=1)

    async def fail() -> str:
        return await run_page(page)

    assert run_async(fail()) == "error"
    assert not export.save_button.isEnabled()  # the page shows an error: nothing to save
    assert not export.drag_handle.isEnabled()


def test_save_as_through_the_dialog(window: MainWindow, run_async: RunAsync,
                                    tmp_path: Path) -> None:
    page = window.show_task("text-to-image")
    export = _export(page)

    async def main() -> None:
        await _run_example(page)
        export.save_button.click()
        await wait_until(lambda: _dialog(page, SAVE_DIALOG_NAME) is not None)
        dialog = _dialog(page, SAVE_DIALOG_NAME)
        assert isinstance(dialog, QFileDialog)
        assert dialog.nameFilters() == ["JPEG image (*.jpg)", "PNG image (*.png)",
                                        "WebP image (*.webp)", "JSON (*.json)"]
        assert dialog.selectedNameFilter() == "JPEG image (*.jpg)"  # as the server sent it
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        assert dialog.windowModality() != Qt.WindowModality.ApplicationModal
        _type_name(dialog, tmp_path / "tortoise.jpg")
        combo = dialog.findChild(QComboBox, "fileTypeCombo")
        assert combo is not None
        combo.setCurrentIndex(1)  # the user picks PNG (as a click does): the name follows
        combo.activated.emit(1)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None and edit.text() == "tortoise.png"
        dialog.accept()
        await wait_until(lambda: page.status.label.text().startswith("Saved"), timeout=10)

    run_async(main(), timeout=20)
    saved = tmp_path / "tortoise.png"
    with Image.open(saved) as image:
        assert image.format == "PNG"
    assert page.status.label.text().startswith("Saved “tortoise.png”")
    assert export.saver.folder() == tmp_path  # the next dialog opens here


def test_ctrl_s_opens_the_dialog_and_cancel_writes_nothing(
        window: MainWindow, run_async: RunAsync, qtbot: QtBot, tmp_path: Path) -> None:
    page = window.show_task("summarization")
    export = _export(page)
    export.saver.remember_folder(tmp_path)

    async def main() -> None:
        await _run_example(page)
        window.activateWindow()
        page.result_panel.setFocus()
        qtbot.keyClick(page.result_panel, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: _dialog(page, SAVE_DIALOG_NAME) is not None)
        dialog = _dialog(page, SAVE_DIALOG_NAME)
        assert isinstance(dialog, QFileDialog)
        assert Path(dialog.directory().absolutePath()) == tmp_path
        assert dialog.nameFilters() == ["Text (*.txt)", "Markdown (*.md)", "JSON (*.json)"]
        dialog.reject()
        await wait_until(lambda: not export.saver.busy())

    run_async(main(), timeout=20)
    assert list(tmp_path.iterdir()) == []


def test_save_to_fixes_the_extension_and_reports_failures(
        window: MainWindow, run_async: RunAsync, tmp_path: Path) -> None:
    page = window.show_task("text-to-image")
    saver = _export(page).saver

    async def main() -> None:
        await _run_example(page)
        written = await saver.save_to(tmp_path / "no-extension", "png")
        assert written == [tmp_path / "no-extension.png"]
        written = await saver.save_to(tmp_path / "typed.webp", "png")  # the name wins
        assert written == [tmp_path / "typed.webp"]
        (tmp_path / "a-file").write_text("x")
        assert await saver.save_to(tmp_path / "a-file" / "x.png", "png") is None

    run_async(main(), timeout=20)
    with Image.open(tmp_path / "typed.webp") as image:
        assert image.format == "WEBP"
    assert page.status.label.text().startswith("Save failed:")


async def _answer_conflicts(page: TaskPage, button_text: str) -> list[str]:
    await wait_until(lambda: _dialog(page, CONFLICTS_BOX_NAME) is not None)
    box = _dialog(page, CONFLICTS_BOX_NAME)
    assert isinstance(box, QMessageBox)
    listed = box.informativeText()
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
    button.click()
    return listed.splitlines()


def test_save_all_asks_about_existing_files(window: MainWindow, run_async: RunAsync,
                                            tmp_path: Path) -> None:
    page = window.show_task("object-detection")
    saver = _export(page).saver
    (tmp_path / "object-detection.csv").write_text("the user's own table")

    async def main() -> None:
        await _run_example(page)
        # Cancel: nothing is written.
        pending = asyncio.ensure_future(saver.save_all_to(tmp_path))
        lines = await _answer_conflicts(page, "Cancel")
        assert "• object-detection.csv" in lines
        assert await pending is None
        assert sorted(p.name for p in tmp_path.iterdir()) == ["object-detection.csv"]
        assert page.status.label.text() == "Save cancelled: nothing was written."
        # Keep both: the new table gets a new name.
        pending = asyncio.ensure_future(saver.save_all_to(tmp_path))
        await _answer_conflicts(page, "Keep both")
        manifest_path = await pending
        assert manifest_path == tmp_path / "manifest.json"

    run_async(main(), timeout=20)
    assert (tmp_path / "object-detection.csv").read_text() == "the user's own table"
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert sorted(e["path"] for e in manifest["files"]) == [
        "object-detection (2).csv", "object-detection.json", "object-detection.png"]
    assert page.status.label.text().startswith("Saved 4 files in")


def test_save_all_through_the_folder_dialog(window: MainWindow, run_async: RunAsync,
                                            tmp_path: Path) -> None:
    page = window.show_task("image-segmentation")
    export = _export(page)
    folder = tmp_path / "results"
    folder.mkdir()

    async def main() -> None:
        await _run_example(page)
        export.save_all_button.click()
        await wait_until(lambda: _dialog(page, FOLDER_DIALOG_NAME) is not None)
        dialog = _dialog(page, FOLDER_DIALOG_NAME)
        assert isinstance(dialog, QFileDialog)
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        dialog.setDirectory(str(folder))  # the user opens the folder and presses "Save here"
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.clear()
        dialog.accept()
        await wait_until(lambda: page.status.label.text().startswith("Saved"), timeout=10)

    run_async(main(), timeout=20)
    manifest = json.loads((folder / "manifest.json").read_text())
    kinds = [e["kind"] for e in manifest["files"]]
    assert kinds.count("overlay") == 1 and kinds.count("json") == 1
    assert kinds.count("mask") == len(page.last_run.result)  # type: ignore[union-attr]


def test_the_result_drags_out_as_a_real_file(window: MainWindow, run_async: RunAsync) -> None:
    page = window.show_task("text-to-image")
    handle = _export(page).drag_handle
    assert handle.mime_data() is None

    async def main() -> None:
        await _run_example(page)
        await wait_until(lambda: handle.path is not None, timeout=10)

    run_async(main(), timeout=20)
    assert handle.isEnabled()
    data = handle.mime_data()
    assert data is not None and data.hasUrls()
    [url] = data.urls()
    assert url.isLocalFile()
    path = Path(url.toLocalFile())
    assert path == handle.path and path.is_file()
    run = page.last_run
    assert run is not None and path.read_bytes() == run.result.data  # the JPEG as sent
    assert path.suffix == ".jpg" and "text-to-image" in path.name
    assert "“text-to-image-" in handle.toolTip()


def test_file_menu_acts_on_the_page_on_screen(window: MainWindow, run_async: RunAsync,
                                              tmp_path: Path) -> None:
    [file_menu] = [a.menu() for a in window.menuBar().actions()
                   if a.text().replace("&", "") == "File"]
    assert isinstance(file_menu, QMenu)
    actions = {a.objectName(): a for a in file_menu.actions()}
    save_as, save_all = actions["exportSaveAsAction"], actions["exportSaveAllAction"]
    # The page's Ctrl+S saves; the item's own is only live while the menu has the focus.
    assert save_as.text() == "Save as…" and save_as.shortcut() == QKeySequence("Ctrl+S")
    assert save_as.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    file_menu.aboutToShow.emit()
    assert not save_as.isEnabled() and not save_all.isEnabled()  # no page yet

    page = window.show_task("fill-mask")
    _export(page).saver.remember_folder(tmp_path)

    async def main() -> None:
        await _run_example(page)
        file_menu.aboutToShow.emit()
        assert save_as.isEnabled() and save_all.isEnabled()
        save_as.trigger()
        await wait_until(lambda: _dialog(page, SAVE_DIALOG_NAME) is not None)
        dialog = _dialog(page, SAVE_DIALOG_NAME)
        assert isinstance(dialog, QFileDialog)
        assert dialog.nameFilters() == ["CSV table (*.csv)", "JSON (*.json)"]
        _type_name(dialog, tmp_path / "tokens.csv")
        dialog.accept()
        await wait_until(lambda: (tmp_path / "tokens.csv").exists(), timeout=10)

    run_async(main(), timeout=20)
    assert (tmp_path / "tokens.csv").read_text().startswith("token_str,score")
    window.show_task("summarization")
    file_menu.aboutToShow.emit()
    assert not save_as.isEnabled()  # that page has not run


@pytest.mark.parametrize("task_id", ["text-generation-stream", "text-to-speech"])
def test_streams_and_audio_save_from_the_page(window: MainWindow, run_async: RunAsync,
                                              tmp_path: Path, task_id: str) -> None:
    page = window.show_task(task_id)
    saver = _export(page).saver

    async def main() -> list[Path] | None:
        await _run_example(page)
        return await saver.save_to(tmp_path / "out", "json")

    written = run_async(main(), timeout=20)
    assert written == [tmp_path / "out.json"]
    document = json.loads((tmp_path / "out.json").read_text())
    assert document["task"] == task_id and document["timing"]["http_status"] == 200


def test_audio_converts_to_wav_in_a_worker(window: MainWindow, run_async: RunAsync,
                                           tmp_path: Path) -> None:
    """QAudioDecoder runs in the bridge's worker thread (its own local event loop)."""
    page = window.show_task("text-to-speech")
    saver = _export(page).saver

    async def main() -> list[Path] | None:
        await _run_example(page)
        return await saver.save_to(tmp_path / "speech.wav", "wav")

    assert run_async(main(), timeout=30) == [tmp_path / "speech.wav"]
    with wave.open(str(tmp_path / "speech.wav")) as wav:
        assert wav.getframerate() == 16000 and wav.getnframes() == 219040
