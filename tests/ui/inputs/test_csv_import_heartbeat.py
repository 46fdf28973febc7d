"""Importing a CSV runs in a worker and leaves the GUI thread free: a timer ticking on the
GUI thread keeps ticking while a crafted 64 KiB file (one long line of ``,"a`` inside a
quoted cell, on which ``csv.Sniffer`` took seconds holding the GIL) is dropped on a page."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.inputs import TableEditor
from hfi_desktop.ui.main_window import MainWindow
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.inputs.conftest import drag_and_drop, file_mime

MAX_GAP_S = 1.0


class Heartbeat:
    """Ticks every 20 ms on the GUI thread; ``max_gap`` is the longest wait between ticks."""

    def __init__(self) -> None:
        self.max_gap = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now


def test_dropping_a_crafted_csv_leaves_the_gui_responsive(
        qtbot: QtBot, window: MainWindow, run_async: RunAsync, tmp_path: Path) -> None:
    cell = ',"a' * 16_380  # 64 KiB on disk once its quotes are doubled
    path = tmp_path / "crafted.csv"
    path.write_text('id,text\n1,"' + cell.replace('"', '""') + '"\n', encoding="utf-8")
    assert 63 * 1024 < path.stat().st_size <= 64 * 1024
    page = window.show_task("table-question-answering")
    editor = page.inputs["inputs.table"]
    assert isinstance(editor, TableEditor)

    async def main() -> None:
        await wait_until(lambda: editor.isVisible(), timeout=10)
        heartbeat = Heartbeat()
        drag_and_drop(editor, file_mime(path))
        await wait_until(lambda: editor.is_busy(), timeout=10)
        await wait_until(lambda: not editor.is_busy(), timeout=60)
        heartbeat.timer.stop()
        assert editor.value() == {"id": ["1"], "text": [cell]}
        assert heartbeat.max_gap < MAX_GAP_S, f"the GUI froze for {heartbeat.max_gap:.1f} s"

    run_async(main(), timeout=90)
