"""The window's history notices, over real faults: a run the history cannot take (another
process holds the database's lock) is named in a notice with Save… (written to a folder from
memory) and Retry; a damaged history file repaired at start-up is said once."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.inference import Blob, HfInference
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.content_store import ContentStore
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.export.dialogs import FOLDER_DIALOG_NAME
from hfi_desktop.ui.history.storage_notice import QUIT_BOX_NAME, REPAIRED_NAME, UNSAVED_NAME
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.notice import NoticeBar
from hfi_desktop.ui.services import Services
from tests.support.qt_async import AsyncRunner, RunAsync, wait_until
from tests.support.sqlite_faults import RUNS, OtherProcessLock, damage, history_db
from tests.ui.conftest import MakeWindow
from tests.ui.pages import run_page

from .conftest import stored

SHOTS = os.environ.get("HFI_SHOTS")  # a folder: the notices are saved there as PNGs


@pytest.fixture
def history(qasync_loop: AsyncRunner, tmp_path: Path, settings: Settings
            ) -> Iterator[HistoryService]:
    """The conftest's, with a short wait for another process's lock."""
    made = HistoryService.open(tmp_path / "data", settings=settings, busy_timeout_s=0.5)
    assert made.wait_open(5), made.error
    yield made
    made.close()


def notice(window: MainWindow, name: str) -> NoticeBar | None:
    for bar in window.findChildren(NoticeBar):
        if bar.property("notice") == name and bar.isVisible():
            return bar
    return None


def button(bar: NoticeBar, text: str) -> QPushButton:
    found = [b for b in bar.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in bar.findChildren(QPushButton)]
    return found[0]


def folder_dialog() -> QFileDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == FOLDER_DIALOG_NAME and widget.isVisible():
            assert isinstance(widget, QFileDialog)
            return widget
    return None


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_a_run_the_locked_history_cannot_take_is_shown_saved_elsewhere_and_retried(
        window: MainWindow, history: HistoryService, run_async: RunAsync, qtbot: QtBot,
        tmp_path: Path) -> None:
    lock = OtherProcessLock(history.db_path, 120.0)  # released below
    folder = tmp_path / "saved"
    folder.mkdir()
    page = window.show_task("text-to-image")
    try:
        editor = page.inputs["inputs"].findChild(QPlainTextEdit) or page.inputs[
            "inputs"].findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "An astronaut riding a horse")
        assert run_async(run_page(page)) == "done"
        run = page.last_run
        assert run is not None and isinstance(run.result, Blob)

        async def save_elsewhere() -> NoticeBar:
            await wait_until(lambda: notice(window, UNSAVED_NAME) is not None, timeout=20)
            bar = notice(window, UNSAVED_NAME)
            assert bar is not None
            # (its start failed first; then its outcome, which replaces it)
            await wait_until(lambda: [r.state.value for r in history.unsaved_runs()]
                             == ["done"], timeout=20)
            text = bar.label.text()
            assert "1 run is not saved in the history" in text
            assert "locked by another program" in text and "text-to-image" in text
            shoot(window, "i13-1-after.png")
            qtbot.mouseClick(button(bar, "Save…"), Qt.MouseButton.LeftButton)
            await wait_until(lambda: folder_dialog() is not None, timeout=10)
            dialog = folder_dialog()
            assert dialog is not None
            dialog.setDirectory(str(folder))  # the user opens the folder, presses Save here
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.clear()
            dialog.accept()
            await wait_until(lambda: window.statusBar().currentMessage().startswith("Saved"),
                             timeout=20)
            return bar

        bar = run_async(save_elsewhere(), timeout=60)
        manifest = json.loads((folder / "manifest.json").read_text())
        images = [e["path"] for e in manifest["files"] if e["kind"] == "image"]
        assert len(images) == 1 and (folder / images[0]).read_bytes() == run.result.data
        assert bar.isVisible()  # still not in the history: still said

        lock.release()  # the other program lets go; the user presses Retry
        qtbot.mouseClick(button(bar, "Retry"), Qt.MouseButton.LeftButton)
        run_async(wait_until(lambda: not bar.isVisible(), timeout=20), timeout=30)
    finally:
        lock.cancel()
    assert stored(history, run.id).state.value == "done"
    assert "saved in the history now" in window.statusBar().currentMessage()


def test_a_result_the_full_disk_refused_is_kept_without_it_and_says_why(
        make_window: MakeWindow, client: HfInference, bridge: Bridge, settings: Settings,
        qasync_loop: AsyncRunner, run_async: RunAsync, tmp_path: Path, qtbot: QtBot) -> None:
    def full_disk(_file: BinaryIO, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    base = tmp_path / "full"
    history = HistoryService.open(base, settings=settings,
                                  files=ContentStore(paths.files_dir(base), write=full_disk))
    try:
        assert history.wait_open(5)
        window = make_window(services=Services.create(client, bridge=bridge,
                                                      settings=settings, history=history))
        page = window.show_task("text-to-image")
        editor = page.inputs["inputs"].findChild(QPlainTextEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "A lighthouse at dusk")
        assert run_async(run_page(page)) == "done"
        assert page.last_run is not None
        record = stored(history, page.last_run.id)  # the run is there ...
        assert notice(window, UNSAVED_NAME) is None  # ... so nothing to say about it
        async def reopen() -> bool:
            return await page.show_record(record)

        assert run_async(reopen())
        box = page.result_panel.error_box
        assert box.title.text() == "The result was not kept"
        assert box.message.text() == ("result.jpg could not be kept in the history: the "
                                      "disk refused it (No space left on device).")
    finally:
        history.close()


@pytest.fixture
def damaged_history(qasync_loop: AsyncRunner, tmp_path: Path, settings: Settings
                    ) -> Iterator[tuple[HistoryService, int]]:
    lost = damage(history_db(tmp_path / "damaged"))
    made = HistoryService.open(tmp_path / "damaged", settings=settings)
    assert made.wait_open(30), made.error
    yield made, lost
    made.close()


def test_a_repaired_history_is_said_in_the_window(
        make_window: MakeWindow, client: HfInference, bridge: Bridge, settings: Settings,
        damaged_history: tuple[HistoryService, int], qtbot: QtBot) -> None:
    history, lost = damaged_history  # repaired while the window is not there yet
    window = make_window(services=Services.create(client, bridge=bridge, settings=settings,
                                                  history=history))
    bar = notice(window, REPAIRED_NAME)
    assert bar is not None
    text = bar.label.text()
    assert f"{RUNS - lost} of {RUNS} runs could be read" in text
    assert "history.sqlite3.damaged-" in text
    shoot(window, "i13-4-after.png")
    assert bar.close_button is not None
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert notice(window, REPAIRED_NAME) is None


def quit_box(window: MainWindow) -> QMessageBox | None:
    shown = [box for box in window.findChildren(QMessageBox, QUIT_BOX_NAME) if box.isVisible()]
    assert len(shown) <= 1, "asked twice"
    return shown[0] if shown else None


def test_quitting_with_runs_not_saved_asks_first(
        window: MainWindow, history: HistoryService, run_async: RunAsync, qtbot: QtBot) -> None:
    """Closing the window (Ctrl+Q) while a run waits for the history: the user is asked;
    Cancel keeps the window, "Quit without saving" closes it."""
    lock = OtherProcessLock(history.db_path, 120.0)
    window.show()
    page = window.show_task("text-to-image")
    try:
        editor = page.inputs["inputs"].findChild(QPlainTextEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "A red bicycle")
        assert run_async(run_page(page)) == "done"
        run_async(wait_until(lambda: [r.state.value for r in history.unsaved_runs()]
                             == ["done"], timeout=20), timeout=30)
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        box = quit_box(window)
        assert box is not None and window.isVisible()
        assert box.text() == "1 run is not saved in the history."
        assert "locked by another program" in box.informativeText()
        shoot(box, "i13-1-quit-box.png")
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: the window stays
        assert quit_box(window) is None and window.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        box = quit_box(window)
        assert box is not None
        lose = [b for b in box.buttons() if b.text() == "Quit without saving"]
        qtbot.mouseClick(lose[0], Qt.MouseButton.LeftButton)
        assert not window.isVisible()
    finally:
        lock.cancel()
