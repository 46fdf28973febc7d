"""Driving a batch window from a test: open it from a page, type the inputs and models,
press Run batch, wait for the table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QWidget

from hfi_desktop.ui.batch import BATCH_BUTTON_NAME, BatchWindow
from hfi_desktop.ui.batch.session import State
from hfi_desktop.ui.main_window import MainWindow
from tests.support.qt_async import RunAsync, wait_until

TASK = "text-classification"


def open_batch(window: MainWindow, folder: Path, task_id: str = TASK) -> BatchWindow:
    """The task's page, then a click on its "Batch…" button."""
    window.batches.folder = folder
    page = window.show_task(task_id)
    button = page.findChild(QPushButton, BATCH_BUTTON_NAME)
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window.batches.windows[-1]
    assert view.isVisible()
    return view


def type_lines(view: BatchWindow, lines: list[str]) -> None:
    """The "Lines of text" tab, the lines typed in."""
    view.sources.tabs.setCurrentIndex(view.sources.tabs.count() - 1)
    view.sources.lines.setFocus()
    for line in lines:
        QTest.keyClicks(view.sources.lines, line)
        QTest.keyClick(view.sources.lines, Qt.Key.Key_Return)


def set_models(view: BatchWindow, models: list[str]) -> None:
    """One target per model, its name typed in its field."""
    panel = view.targets
    while len(panel.rows) < len(models):
        QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    for row, model in zip(panel.rows, models, strict=False):
        edit = row.model_field.lineEdit()
        edit.selectAll()
        QTest.keyClicks(edit, model)


def click(button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


async def wait_state(view: BatchWindow, *states: State, timeout: float = 20.0) -> None:
    await wait_until(lambda: view.session.state in states, timeout=timeout)


async def choose_in_dialog(parent: QWidget, name: str, path: Path) -> None:
    """In the file dialog ``parent`` opened (object name ``name``): type ``path`` as the
    file name and accept, as a user does."""
    def shown() -> QFileDialog | None:
        return next((d for d in parent.findChildren(QFileDialog, name) if d.isVisible()), None)

    await wait_until(shown)
    dialog = shown()
    assert dialog is not None
    dialog.setDirectory(str(path.parent))
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText(path.name)
    dialog.accept()


async def finished(view: BatchWindow, timeout: float = 30.0) -> None:
    """Until the batch has finished and every cell is read into the table."""
    await wait_state(view, State.FINISHED, timeout=timeout)
    await wait_until(lambda: not view.is_reading(), timeout=timeout)


def run_batch(view: BatchWindow, run_async: RunAsync, timeout: float = 40.0) -> None:
    """Press Run batch, as a user does; wait until it has finished and is shown."""
    async def run() -> None:
        before = view.session.journal
        click(view.run_button)
        await wait_until(lambda: view.session.journal is not before, timeout=timeout)
        await finished(view)

    run_async(run(), timeout=timeout)
