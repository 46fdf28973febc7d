from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QClipboard, QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.media import LoadedImage, load_image
from hfi_desktop.ui.inputs import DragState, ImageDropZone, Level, image_loader
from tests.support.paths import example
from tests.support.qt_async import AsyncRunner, wait_until

from .conftest import (
    MB,
    SyncLoader,
    drag_and_drop,
    drag_enter,
    drag_leave,
    drop,
    file_mime,
    text_mime,
)

T = TypeVar("T")
CATS_DETAILS = "cats.png \u2014 640 \u00d7 420 px · PNG · 510.4 KB"


@pytest.fixture
def zone(qtbot: QtBot) -> ImageDropZone:
    widget = ImageDropZone()
    qtbot.addWidget(widget)
    widget.resize(520, 260)
    widget.show()
    return widget


@pytest.fixture
def served(zone: ImageDropZone) -> SyncLoader:
    return SyncLoader(zone, load_image, max_bytes=20 * MB)


# ----------------------------------------------------------------------- empty state
def test_empty_state(zone: ImageDropZone) -> None:
    assert zone.value() is None
    assert zone.empty_hint.text() == "or use Browse\u2026 or Paste (Ctrl+V)"
    assert not zone.clear_button.isEnabled()
    assert zone.browse_button.isEnabled() and zone.paste_button.isEnabled()
    assert zone.message() == "" and zone.message_label.isHidden()
    assert zone.focusPolicy() == Qt.FocusPolicy.StrongFocus
    for control in (zone, zone.browse_button, zone.paste_button, zone.clear_button):
        assert control.accessibleName()
    for button in (zone.browse_button, zone.paste_button, zone.clear_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


# --------------------------------------------------------------------- drag and drop
def test_drop_a_valid_image(qtbot: QtBot, zone: ImageDropZone, served: SyncLoader) -> None:
    path = example("cats.png")
    mime = file_mime(path)
    enter = drag_enter(zone, mime)
    assert enter.isAccepted()
    assert zone.drag_state() is DragState.ACCEPT
    with qtbot.waitSignal(zone.changed, timeout=1000):
        dropped = drop(zone, mime)
    assert dropped.isAccepted()
    assert zone.drag_state() is DragState.IDLE
    assert [r.source for r in served.requests] == [str(path)]
    value = zone.value()
    assert isinstance(value, FileValue)
    assert (value.name, value.mime, value.path) == ("cats.png", "image/png", str(path))
    assert zone.details_text() == CATS_DETAILS
    pixmap = zone.preview_pixmap()
    assert not pixmap.isNull() and pixmap.width() <= 240 and pixmap.height() <= 180
    assert zone.message() == ""
    assert zone.clear_button.isEnabled()


def test_text_file_renamed_png_is_refused_at_drop(
    zone: ImageDropZone, served: SyncLoader, tmp_path: Path
) -> None:
    path = tmp_path / "notes.png"
    path.write_text("Meeting notes\nmore", encoding="utf-8")
    mime = file_mime(path)
    assert drag_enter(zone, mime).isAccepted()  # the name fits: only the content can tell
    drop(zone, mime)
    assert zone.value() is None
    assert zone.message_level() is Level.ERROR
    assert zone.message().startswith(
        "notes.png is not an image: it looks like a text file (it starts with \u201cMeeting notes"
    )
    assert zone.message_label.isVisibleTo(zone)


def test_corrupted_png(zone: ImageDropZone, served: SyncLoader, tmp_path: Path) -> None:
    data = example("cats.png").read_bytes()
    path = tmp_path / "cats.png"
    path.write_bytes(data[: len(data) // 2])
    drag_and_drop(zone, file_mime(path))
    assert zone.value() is None
    assert zone.message().startswith("cats.png looks like a PNG file but is damaged or incomplete")


def test_empty_file(zone: ImageDropZone, served: SyncLoader, tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    path.touch()
    drag_and_drop(zone, file_mime(path))
    assert zone.message() == "blank.png is empty (0 bytes)."
    assert zone.value() is None


def test_file_above_the_size_limit(zone: ImageDropZone) -> None:
    SyncLoader(zone, load_image, max_bytes=100 * 1024)
    drag_and_drop(zone, file_mime(example("cats.png")))
    assert zone.message() == "cats.png is 510.4 KB; the limit is 100 KB (Settings)."
    assert zone.value() is None


def test_two_files_are_refused_while_dragging(zone: ImageDropZone, served: SyncLoader) -> None:
    mime = file_mime(example("cats.png"), example("cheetah.png"))
    enter = drag_enter(zone, mime)
    assert enter.dropAction() == Qt.DropAction.IgnoreAction
    assert zone.drag_state() is DragState.REFUSE
    assert zone.message() == "Drop one file at a time (you dragged 2)."
    assert zone.message_level() is Level.ERROR
    drag_leave(zone)  # the user takes them elsewhere: back to normal
    assert zone.drag_state() is DragState.IDLE
    assert zone.message() == ""
    drag_enter(zone, mime)
    dropped = drop(zone, mime)  # dropped anyway (a platform that lets it through)
    assert not dropped.isAccepted()
    assert zone.message() == "Drop one file at a time (you dragged 2)."
    assert served.requests == []


def test_non_file_drag_is_refused(zone: ImageDropZone, served: SyncLoader) -> None:
    mime = text_mime("a cat")
    drag_enter(zone, mime)
    assert zone.drag_state() is DragState.REFUSE
    assert zone.message() == "Only files can be dropped here (this is text). Drop any image."
    assert not drop(zone, mime).isAccepted()
    assert served.requests == []


def test_wrong_extension_is_refused_while_dragging(zone: ImageDropZone, served: SyncLoader) -> None:
    drag_enter(zone, file_mime(example("sample1.flac")))
    assert zone.drag_state() is DragState.REFUSE
    assert zone.message() == (
        "sample1.flac is not an image (.flac files can't be used here). Drop any image."
    )


def test_links_are_refused(zone: ImageDropZone, served: SyncLoader) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/cat.png")])
    drag_enter(zone, mime)
    assert zone.drag_state() is DragState.REFUSE
    assert zone.message().startswith("cat.png is a link, not a file on this computer.")


def test_image_data_can_be_dropped(zone: ImageDropZone, served: SyncLoader) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    mime = QMimeData()
    mime.setImageData(image)
    drag_and_drop(zone, mime)
    loaded = zone.loaded()
    assert loaded is not None
    assert (loaded.file.name, loaded.width, loaded.height) == ("dropped image.png", 40, 30)


def test_image_dragged_from_a_browser_uses_its_pixels(
    zone: ImageDropZone, served: SyncLoader
) -> None:
    image = QImage(16, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/cat.png")])
    mime.setImageData(image)
    drag_and_drop(zone, mime)
    loaded = zone.loaded()
    assert loaded is not None and (loaded.width, loaded.height) == (16, 8)


def test_a_failed_load_keeps_the_previous_image(
    zone: ImageDropZone, served: SyncLoader, tmp_path: Path
) -> None:
    drag_and_drop(zone, file_mime(example("cats.png")))
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    drag_and_drop(zone, file_mime(bad))
    assert zone.details_text() == CATS_DETAILS
    assert zone.message().startswith("bad.png is not an image")


# ------------------------------------------------------------------- busy and tokens
def test_busy_state_and_clear_while_loading(qtbot: QtBot, zone: ImageDropZone) -> None:
    loader = SyncLoader(zone, load_image, hold=True, max_bytes=20 * MB)
    with qtbot.waitSignal(zone.busy_changed) as busy:
        drag_and_drop(zone, file_mime(example("cats.png")))
    assert busy.args == [True]
    assert zone.is_busy()
    assert zone.busy_text() == "Loading cats.png\u2026"
    assert zone.clear_button.isEnabled()  # doubles as Cancel
    with qtbot.waitSignal(zone.busy_changed) as busy:
        zone.clear()
    assert busy.args == [False]
    loader.answer(loader.requests[0])  # the late answer is ignored
    assert zone.value() is None and not zone.is_busy()


def test_a_newer_request_wins(zone: ImageDropZone) -> None:
    loader = SyncLoader(zone, load_image, hold=True, max_bytes=20 * MB)
    drag_and_drop(zone, file_mime(example("cats.png")))
    drag_and_drop(zone, file_mime(example("cheetah.png")))
    first, second = loader.requests
    loader.answer(second)
    loader.answer(first)  # arrives last, but is older
    assert zone.loaded() is not None
    assert zone.details_text().startswith("cheetah.png")


def test_without_a_loader(zone: ImageDropZone) -> None:
    drag_and_drop(zone, file_mime(example("cats.png")))
    assert zone.message() == "cats.png can't be loaded: this input has no loader connected."
    assert not zone.is_busy()


# --------------------------------------------------------------- value and controls
def test_set_value_and_clear(qtbot: QtBot, zone: ImageDropZone, served: SyncLoader) -> None:
    data = example("cheetah.png").read_bytes()
    zone.set_value(FileValue(name="c.png", data=data, mime="image/png"))
    assert served.requests[-1].source == data
    assert zone.value() is not None
    zone.set_value(str(example("cats.png")))
    assert zone.details_text() == CATS_DETAILS
    loaded = zone.loaded()
    assert isinstance(loaded, LoadedImage)
    zone.clear()
    zone.set_value(loaded)  # an already loaded result is shown as is
    assert zone.details_text() == CATS_DETAILS
    with qtbot.waitSignal(zone.changed):
        zone.clear_button.click()
    assert zone.value() is None
    assert zone.preview_pixmap().isNull()
    with pytest.raises(TypeError):
        zone.set_value(42)


def test_accepted_kinds_narrow_what_is_taken(qtbot: QtBot, tmp_path: Path) -> None:
    zone = ImageDropZone(accepted_kinds=("image/png",))
    qtbot.addWidget(zone)
    SyncLoader(zone, load_image, max_bytes=20 * MB)
    jpeg = tmp_path / "photo.jpg"
    Image.new("RGB", (20, 20), "red").save(jpeg)
    drag_enter(zone, file_mime(jpeg))
    assert zone.message() == "photo.jpg is not an image (.jpg files can't be used here). Drop PNG."
    disguised = tmp_path / "photo.png"  # a JPEG named .png: the content decides
    disguised.write_bytes(jpeg.read_bytes())
    zone.set_value(str(disguised))
    assert zone.value() is None
    assert zone.message() == "photo.png is a JPEG file; this input takes PNG."


def test_browse_opens_a_file_dialog(zone: ImageDropZone, served: SyncLoader) -> None:
    zone.browse_button.click()
    dialog = zone.file_dialog()
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible() and dialog.parent() is zone
    assert "*.png" in dialog.nameFilters()[0]
    dialog.fileSelected.emit(str(example("cats.png")))
    dialog.reject()
    assert zone.file_dialog() is None
    assert zone.details_text() == CATS_DETAILS


def test_enter_key_browses(zone: ImageDropZone) -> None:
    QApplication.sendEvent(
        zone, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )
    dialog = zone.file_dialog()
    assert dialog is not None
    dialog.reject()


# ----------------------------------------------------------------------------- paste
def test_paste_an_image_from_the_clipboard(
    zone: ImageDropZone, served: SyncLoader, clipboard: QClipboard
) -> None:
    image = QImage(64, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor("orange"))
    clipboard.setImage(image)
    ctrl_v = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(zone, ctrl_v)
    assert isinstance(served.requests[-1].source, QImage)  # encoded to PNG by the loader
    loaded = zone.loaded()
    assert loaded is not None
    assert (loaded.file.name, loaded.file.mime, loaded.width) == (
        "pasted image.png",
        "image/png",
        64,
    )


def test_paste_a_copied_file(
    zone: ImageDropZone, served: SyncLoader, clipboard: QClipboard
) -> None:
    clipboard.setMimeData(file_mime(example("cats.png")))
    zone.paste_button.click()
    assert zone.details_text() == CATS_DETAILS


def test_paste_text_is_refused(
    zone: ImageDropZone, served: SyncLoader, clipboard: QClipboard
) -> None:
    clipboard.setText("just words")
    zone.paste_button.click()
    assert zone.message() == "The clipboard holds text: copy an image (or an image file) first."
    assert served.requests == []


# ------------------------------------------------------------ with the async loader
async def _in_worker(fn: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, fn)


def test_async_loader_on_the_qt_loop(qtbot: QtBot, async_runner: AsyncRunner) -> None:
    zone = ImageDropZone(loader=image_loader(_in_worker, max_bytes=20 * MB))
    qtbot.addWidget(zone)

    async def scenario() -> None:
        drag_and_drop(zone, file_mime(example("cats.png")))
        assert zone.is_busy()
        await wait_until(lambda: not zone.is_busy())
        assert zone.details_text() == CATS_DETAILS
        drag_and_drop(zone, file_mime(example("sample1.flac").with_suffix("")))  # no such file
        await wait_until(lambda: not zone.is_busy())
        assert "was not found" in zone.message()

    async_runner.run(scenario())
