"""A comparison is saved (one .hficompare file) and reopened as it was, without re-running;
Save all writes every model's result through the export feature."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from hfi_desktop.catalog import FileValue
from hfi_desktop.runs import RunState
from hfi_desktop.storage.comparison_file import read_comparison
from hfi_desktop.ui.compare import ComparisonView
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers import DetectionViewer, ImageViewer, TextViewer
from tests.support.fake_api import FakeInferenceAPI, Respond, Stream, respond_error
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import numbered_tokens, token_frames

from .helpers import after, choose_file, open_comparison, program, run_all, settle


def box(label: str, x: int) -> dict[str, object]:
    return {"label": label, "score": 0.9,
            "box": {"xmin": x, "ymin": 10, "xmax": x + 100, "ymax": 110}}


def reopen(window: MainWindow, run_async: RunAsync, path: Path) -> ComparisonView:
    async def main() -> ComparisonView:
        view = await window.compare.open_file(path)
        assert view is not None, window.statusBar().currentMessage()
        await settle(view)
        return view

    return run_async(main())


def test_a_detection_comparison_is_saved_and_reopened_without_running(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    program(fake_api, {"o/a": [box("cat", 10), box("cat", 300)], "o/b": [box("cat", 12)],
                       "o/down": respond_error(500, "boom")})
    view = run_async(open_comparison(window, "object-detection", ["o/a", "o/b", "o/down"]))
    run_async(run_all(view))
    view.add_column("o/never-run")
    run_async(after(view, lambda: view.set_reference(view.columns[1])))
    path = run_async(view.save_to(tmp_path / "cats"))
    assert path == tmp_path / "cats.hficompare" and path.is_file()
    assert view.windowTitle().endswith("cats.hficompare")
    view.close()
    sent = len(fake_api.requests)

    again = reopen(window, run_async, path)
    assert len(fake_api.requests) == sent, "nothing was sent again"
    assert again is not view and again.path == path
    assert [c.model_text() for c in again.columns] == ["o/a", "o/b", "o/down", "o/never-run"]
    assert again.reference is again.columns[1]
    image = again.snapshot.values["data"]
    assert isinstance(image, FileValue) and image.name == "cats.png"
    assert image.data == view.snapshot.values["data"].data
    first = again.columns[0].panel.viewer
    assert isinstance(first, DetectionViewer) and len(first.box_items()) == 2
    assert first.view().has_image(), "drawn over the saved input image"
    assert [i.mark.style if i.mark else None for i in first.box_items()] == [None, "extra"]
    down = again.columns[2]
    assert down.state is RunState.ERROR
    assert down.panel.error_box.title.text() == "The server failed"
    assert "boom" in down.panel.error_box.message.text()
    assert down.status.label.text().startswith("Failed · HTTP 500")
    assert again.columns[3].state is None and again.columns[3].panel.state() == "empty"
    assert again.columns[0].latency_s == view.columns[0].latency_s
    assert again.columns[0].panel.details.isEnabled()

    program(fake_api, {"o/never-run": [box("dog", 40)]})
    run_async(_rerun(again, 3))
    assert again.columns[3].state is RunState.DONE, "a reopened comparison runs again"


async def _rerun(view: ComparisonView, index: int) -> None:
    task = view.run_column(view.columns[index])
    assert task is not None
    await task
    await settle(view)


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 20)).save(buffer, "PNG")
    return buffer.getvalue()


def test_binary_results_are_embedded(window: MainWindow, fake_api: FakeInferenceAPI,
                                     run_async: RunAsync, tmp_path: Path) -> None:
    program(fake_api, {"g/one": Respond(200, png(64, 48), "image/png"),
                       "g/two": Respond(200, png(32, 32), "image/png")})
    view = run_async(open_comparison(window, "text-to-image", ["g/one", "g/two"]))
    run_async(run_all(view))
    path = run_async(view.save_to(tmp_path / "images.hficompare"))
    assert path is not None
    again = reopen(window, run_async, path)
    viewer = again.columns[0].panel.viewer
    assert isinstance(viewer, ImageViewer)
    shown = viewer.findChildren(type(again.image_views()[0]))[0]
    assert (shown.image_rect().width(), shown.image_rect().height()) == (64, 48)
    assert len(again.image_views()) == 2


def test_a_partial_stream_is_kept(window: MainWindow, fake_api: FakeInferenceAPI,
                                  run_async: RunAsync, tmp_path: Path) -> None:
    program(fake_api, {"p/cut": Stream(token_frames(numbered_tokens(30)), cut_after=10),
                       "p/full": Stream(token_frames(numbered_tokens(5)))})
    view = run_async(open_comparison(window, "text-generation-stream", ["p/cut", "p/full"]))
    run_async(run_all(view))
    assert view.columns[0].state is RunState.ERROR and view.columns[0].tokens == 10
    path = run_async(view.save_to(tmp_path / "streams.hficompare"))
    assert path is not None
    again = reopen(window, run_async, path)
    cut, full = again.columns
    viewer = cut.panel.viewer
    assert isinstance(viewer, TextViewer)
    assert viewer.text() == "".join(numbered_tokens(10))
    assert "partial text kept" in viewer.banner_text()
    assert cut.panel.state() == "error" and cut.tokens == 10
    assert "10 tokens" in cut.stats.plain_text()
    full_viewer = full.panel.viewer
    assert isinstance(full_viewer, TextViewer)
    assert full_viewer.text() == " t0 t1 t2 t3", "the last (special) token adds no text"
    assert full.tokens == 5 and "tok/s" in full.stats.plain_text()


def test_save_through_the_dialog(window: MainWindow, fake_api: FakeInferenceAPI,
                                 run_async: RunAsync, tmp_path: Path) -> None:
    program(fake_api, {"s/a": [{"generated_text": "a"}], "s/b": [{"generated_text": "b"}]})
    view = run_async(open_comparison(window, "text-generation", ["s/a", "s/b"]))
    run_async(run_all(view))
    target = tmp_path / "chosen.hficompare"

    async def main() -> None:
        view.save_button.click()
        await choose_file(view, tmp_path, "chosen")  # the suffix is added
        await wait_until(target.is_file)
        await wait_until(lambda: "Saved as" in view.message.message())

    run_async(main())
    assert [c.model for c in read_comparison(target).columns] == ["s/a", "s/b"]


def test_save_all_writes_every_result(window: MainWindow, fake_api: FakeInferenceAPI,
                                      run_async: RunAsync, tmp_path: Path) -> None:
    program(fake_api, {"w/a": [{"generated_text": "first"}],
                       "w/b": [{"generated_text": "second"}]})
    view = run_async(open_comparison(window, "text-generation", ["w/a", "w/b"]))
    run_async(run_all(view))
    manifest = run_async(view.saver.save_all_to(tmp_path))
    assert manifest is not None and manifest.is_file()
    runs = json.loads(manifest.read_text())["runs"]
    assert [r["model"] for r in runs] == ["w/a", "w/b"]


def test_a_file_that_is_not_a_comparison_is_reported(window: MainWindow, run_async: RunAsync,
                                                     tmp_path: Path) -> None:
    bad = tmp_path / "bad.hficompare"
    bad.write_text("hello")
    assert run_async(window.compare.open_file(bad)) is None
    assert "not a saved comparison" in window.statusBar().currentMessage()
