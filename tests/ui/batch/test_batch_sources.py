"""The batch's sources: a CSV with its preview and column mapping, a folder of images (with
thumbnails in the table, files of other types left out and said), and clear errors."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from hfi_desktop.ui.inputs.message import Level
from hfi_desktop.ui.main_window import MainWindow
from tests.support.batch_server import BatchScript
from tests.support.fake_api import FakeInferenceAPI, Respond, respond_json
from tests.support.qt_async import RunAsync, wait_until

from .helpers import (
    click,
    finished,
    open_batch,
    run_batch,
    set_models,
    type_lines,
)


def enter_path(edit: QLineEdit, path: Path) -> None:
    edit.setFocus()
    QTest.keyClicks(edit, str(path))
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_a_csv_is_previewed_mapped_and_run(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    BatchScript(seed=6, latency=(0.001, 0.002), faults=False).install(fake_api, ["org/a"])
    table = tmp_path / "reviews.csv"
    table.write_text("id,text,stars\n1,Loved it,5\n2,Hated it,1\n3,\"Fine, I guess\",3\n",
                     encoding="utf-8")
    view = open_batch(window, tmp_path / "batches")
    sources = view.sources
    sources.tabs.setCurrentIndex(
        next(i for i in range(sources.tabs.count()) if sources.tabs.tabText(i) == "CSV / JSONL"))
    set_models(view, ["org/a"])

    async def run() -> None:
        enter_path(sources.table_row.edit, table)
        await wait_until(lambda: sources.mapping.preview.rowCount() == 3)
        preview = sources.mapping.preview
        assert [preview.horizontalHeaderItem(c).text() for c in range(3)] == \
            ["id", "text", "stars"]
        assert preview.item(2, 1).text() == "Fine, I guess"
        combo = sources.mapping.combos["inputs"]
        assert combo.currentText() == "text", "guessed from the field's label"
        combo.setFocus()
        QTest.keyClick(combo, Qt.Key.Key_Up)  # the user picks another column…
        assert combo.currentText() == "id"
        QTest.keyClick(combo, Qt.Key.Key_Down)  # …and back
        click(view.run_button)
        await finished(view)

    run_async(run(), timeout=30)
    assert [view.model.index(r, 0).data() for r in range(3)] == \
        ["Loved it", "Hated it", "Fine, I guess"]
    sent = sorted(r.json()["inputs"] for r in fake_api.requests_to("/models/org/a"))
    assert sent == ["Fine, I guess", "Hated it", "Loved it"]


def test_a_folder_of_images_shows_thumbnails_and_what_was_left_out(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    fake_api.program("/models/org/vision", respond_json([{"label": "tabby cat", "score": 0.8},
                                                         {"label": "dog", "score": 0.1}]))
    folder = tmp_path / "pictures"
    folder.mkdir()
    for name, colour in (("a.png", (200, 30, 30)), ("b.png", (30, 200, 30)),
                         ("c.jpg", (30, 30, 200))):
        Image.new("RGB", (64, 48), colour).save(folder / name)
    (folder / "notes.txt").write_text("not a picture", encoding="utf-8")
    view = open_batch(window, tmp_path / "batches", task_id="image-classification")
    sources = view.sources
    assert sources.tabs.tabText(sources.tabs.currentIndex()) == "Folder"
    set_models(view, ["org/vision"])

    async def run() -> None:
        enter_path(sources.folder_row.edit, folder)
        await wait_until(lambda: "3 files" in sources.folder_summary.text())
        assert "notes.txt" in sources.folder_summary.text()
        click(view.run_button)
        await finished(view)
        await wait_until(lambda: isinstance(view.model.index(2, 0).data(
            Qt.ItemDataRole.DecorationRole), QPixmap))

    run_async(run(), timeout=30)
    model = view.model
    assert [model.index(r, 0).data() for r in range(3)] == ["a.png", "b.png", "c.jpg"]
    thumb = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert thumb.width() <= 40 and thumb.height() <= 40
    assert thumb.toImage().pixelColor(thumb.width() // 2, thumb.height() // 2).red() > 150
    assert model.index(0, model.column_of(0, "result")).data() == "tabby cat 0.80"
    assert len(fake_api.requests_to("/models/org/vision")) == 3


def test_sources_say_what_is_wrong(window: MainWindow, fake_api: FakeInferenceAPI,
                                   run_async: RunAsync, tmp_path: Path) -> None:
    view = open_batch(window, tmp_path / "batches")
    sources = view.sources
    broken = tmp_path / "broken.csv"
    broken.write_text("text\nok\n\n", encoding="utf-8")

    async def run() -> None:
        sources.tabs.setCurrentIndex(sources.tabs.count() - 1)  # lines, left empty
        click(view.run_button)
        await wait_until(lambda: sources.message.message())
        assert sources.message.level is Level.ERROR
        assert "empty" in sources.message.message()
        assert view.session.journal is None, "nothing written"
        assert view.run_button.isEnabled()

        sources.tabs.setCurrentIndex(0)  # CSV / JSONL
        enter_path(sources.table_row.edit, tmp_path / "missing.csv")
        await wait_until(lambda: sources.message.message())
        assert "missing.csv" in sources.message.message()
        assert sources.message.level is Level.ERROR

    run_async(run(), timeout=30)
    assert [r for r in fake_api.requests if r.path.startswith("/models/")] == []


def test_image_results_show_as_thumbnails(window: MainWindow, fake_api: FakeInferenceAPI,
                                          run_async: RunAsync, tmp_path: Path) -> None:
    picture = io.BytesIO()
    Image.new("RGB", (96, 64), (20, 180, 40)).save(picture, "PNG")
    fake_api.program("/models/org/painter", Respond(200, picture.getvalue(), "image/png"))
    view = open_batch(window, tmp_path / "batches", task_id="text-to-image")
    type_lines(view, ["a green field", "a greener field"])
    set_models(view, ["org/painter"])

    run_batch(view, run_async)
    model = view.model
    cell = model.index(1, model.column_of(0, "result"))
    assert cell.data().startswith("image, image/png")
    thumb = cell.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumb, QPixmap) and thumb.width() == 40 and thumb.height() <= 27
    assert thumb.toImage().pixelColor(20, 10).green() > 150
