"""Dialogs awaited without blocking: opened with ``open()`` (window-modal, never ``exec()``,
whose nested event loop would stall other tasks' signals) and awaited through their
``finished`` signal. The one way the app asks for a path: build a QFileDialog, hand it to
:func:`await_path`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog


async def await_dialog(dialog: QDialog) -> int:
    """Open ``dialog`` and wait for it to close; its result code. Cancelling the awaiting
    task rejects (closes) the dialog."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    except asyncio.CancelledError:
        dialog.reject()
        raise
    finally:
        dialog.finished.disconnect(done)


@dataclass(frozen=True)
class ChosenPath:
    path: Path
    name_filter: str  # the filter selected when the user accepted ("PNG image (*.png)")


async def await_path(dialog: QFileDialog) -> ChosenPath | None:
    """Open a configured file dialog (see :func:`await_dialog`) and wait: the first path
    chosen, or None if the user cancelled. The dialog is deleted afterwards."""
    try:
        code = await await_dialog(dialog)
        files = dialog.selectedFiles()
        if code != QDialog.DialogCode.Accepted or not files:
            return None
        return ChosenPath(Path(files[0]), dialog.selectedNameFilter())
    finally:
        dialog.deleteLater()
