"""Saving a report from a test, the same from a comparison, a batch or the arena: the garbage
collected on the GUI thread as the app does, and the report file dialog filled in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hfi_desktop.runtime import GuiGarbageCollector
from hfi_desktop.ui.export.report_flow import REPORT_DIALOG_NAME
from hfi_desktop.ui.inputs.message import InlineMessage
from tests.support.qt_async import wait_until


@pytest.fixture
def collect_on_the_gui_thread(qtbot: QtBot) -> Iterator[None]:
    """As the app does (hfi_desktop/runtime.py): the report's worker allocates a lot
    (matplotlib), and an automatic collection there would free the test's Qt objects on
    the wrong thread. Used by ``pytestmark = pytest.mark.usefixtures(...)``."""
    collector = GuiGarbageCollector(lambda: float("inf"))
    yield
    collector.stop()
    collector.deleteLater()


async def fill_report_dialog(parent: QWidget, folder: Path, name: str,
                             filter_index: int) -> None:
    """In the report dialog ``parent`` opened: pick the filter (0 HTML, 1 Markdown) with the
    keyboard, go to ``folder``, type ``name``, press Return."""
    def shown() -> QFileDialog | None:
        return next((d for d in parent.findChildren(QFileDialog, REPORT_DIALOG_NAME)
                     if d.isVisible()), None)

    await wait_until(shown)
    dialog = shown()
    assert dialog is not None
    dialog.setDirectory(str(folder))
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert combo is not None and combo.count() == 2
    for _ in range(filter_index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == filter_index
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText(name)
    QTest.keyClick(edit, Qt.Key.Key_Return)


async def report_saved(parent: QWidget, message: InlineMessage, target: Path,
                       filter_index: int) -> None:
    """Fill the dialog ``parent`` opened to save as ``target`` (its name typed without the
    suffix), until the file is there and ``message`` says so."""
    await fill_report_dialog(parent, target.parent, target.stem, filter_index)
    await wait_until(target.is_file, timeout=60)
    await wait_until(lambda: f"Report saved as {target.name}" in message.message(), timeout=60)
