from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.media import load_file
from hfi_desktop.ui.inputs import DragState, FileDropZone

from .conftest import MB, SyncLoader, drag_and_drop, drag_enter, file_mime, text_mime


@pytest.fixture
def zone(qtbot: QtBot) -> FileDropZone:
    widget = FileDropZone()
    qtbot.addWidget(widget)
    SyncLoader(widget, load_file, max_bytes=MB)
    return widget


def test_any_file_is_taken(zone: FileDropZone, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7 ...")
    assert drag_enter(zone, file_mime(path)).isAccepted()
    assert zone.drag_state() is DragState.ACCEPT
    drag_and_drop(zone, file_mime(path))
    assert zone.details_text() == "report.pdf \u2014 A PDF document · application/pdf · 12 bytes"
    loaded = zone.loaded()
    assert loaded is not None and loaded.file.mime == "application/pdf"


def test_refusals(zone: FileDropZone, tmp_path: Path) -> None:
    drag_enter(zone, text_mime("words"))
    assert zone.message() == "Only files can be dropped here (this is text). Drop any file."
    empty = tmp_path / "empty.bin"
    empty.touch()
    drag_and_drop(zone, file_mime(empty))
    assert zone.message() == "empty.bin is empty (0 bytes)."
    assert zone.value() is None
