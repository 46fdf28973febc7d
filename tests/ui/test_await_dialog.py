"""The one way the app asks for a path without blocking (hfi_desktop.ui.await_dialog)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from hfi_desktop.ui.await_dialog import ChosenPath, await_dialog, await_path
from tests.support.qt_async import RunAsync, wait_until


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _dialog(parent: QWidget, folder: Path) -> QFileDialog:
    dialog = QFileDialog(parent, "Pick", str(folder), "Text (*.txt);;All files (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def test_the_chosen_path_and_filter(parent: QWidget, run_async: RunAsync,
                                    tmp_path: Path) -> None:
    dialog = _dialog(parent, tmp_path)

    async def main() -> ChosenPath | None:
        asking = asyncio.ensure_future(await_path(dialog))
        await wait_until(dialog.isVisible)  # open(): the loop runs while it is shown
        dialog.selectNameFilter("All files (*)")
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText("notes.md")  # what a user does: type the name
        dialog.accept()
        return await asking

    chosen = run_async(main())
    assert chosen == ChosenPath(tmp_path / "notes.md", "All files (*)")


def test_cancel_is_none_and_the_dialog_goes(parent: QWidget, run_async: RunAsync,
                                           tmp_path: Path) -> None:
    dialog = _dialog(parent, tmp_path)

    async def main() -> ChosenPath | None:
        asking = asyncio.ensure_future(await_path(dialog))
        await wait_until(dialog.isVisible)
        dialog.reject()
        chosen = await asking
        await wait_until(lambda: not isValid(dialog))  # deleted afterwards
        return chosen

    assert run_async(main()) is None


def test_cancelling_the_task_closes_the_dialog(parent: QWidget, run_async: RunAsync) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Q", "Sure?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)

    async def main() -> None:
        asking = asyncio.ensure_future(await_dialog(box))
        await wait_until(box.isVisible)
        asking.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asking
        await wait_until(lambda: not box.isVisible())

    run_async(main())
