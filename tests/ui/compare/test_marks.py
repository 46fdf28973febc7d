"""What a comparison shows: differences in texts against a chosen column, label rows lined
up, detection boxes and entity spans matched, images at the same zoom and position."""

from __future__ import annotations

import io

from PIL import Image

from hfi_desktop.ui.compare import ComparisonView
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers import (
    DetectionViewer,
    ScoreBars,
    ScoresViewer,
    SpansViewer,
    TextViewer,
)
from tests.support.fake_api import FakeInferenceAPI, Respond
from tests.support.qt_async import RunAsync

from .helpers import after, open_comparison, program, run_all


def text_viewer(view: ComparisonView, index: int) -> TextViewer:
    viewer = view.columns[index].panel.viewer
    assert isinstance(viewer, TextViewer)
    return viewer


def test_texts_show_their_differences_against_the_reference(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {
        "t/a": [{"generated_text": "The cat sat on the mat."}],
        "t/b": [{"generated_text": "The dog sat on the mat."}],
        "t/c": [{"generated_text": "The cat sat on the big mat"}],
    })
    view = run_async(open_comparison(window, "text-generation", ["t/a", "t/b", "t/c"]))
    run_async(run_all(view))
    assert text_viewer(view, 0).diff_marks() == [], "the reference is shown plain"
    assert view.columns[0].note.text() == "" and view.columns[0].is_reference
    assert text_viewer(view, 1).diff_marks() == [("replace", "dog")]
    assert view.columns[1].note.text().startswith("Against a: ")
    assert text_viewer(view, 2).diff_marks() == [("insert", "big"), ("delete", ".")]
    assert text_viewer(view, 2).text() == "The cat sat on the big mat", "Copy: the result"
    assert view.legend.isVisible() and "added" in view.legend.text()

    run_async(after(view, view.columns[1].reference_button.click))  # against b now
    assert view.reference is view.columns[1]
    assert text_viewer(view, 1).diff_marks() == []
    assert text_viewer(view, 0).diff_marks() == [("replace", "cat")]
    assert view.columns[0].note.text().startswith("Against b: ")

    run_async(after(view, lambda: view.diff_box.setChecked(False)))
    assert all(text_viewer(view, i).diff_marks() == [] for i in range(3))
    assert text_viewer(view, 2).editor().toPlainText() == "The cat sat on the big mat"
    assert not view.legend.isVisible()


def test_a_reference_without_a_result_leaves_the_texts_plain(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    from tests.support.fake_api import respond_error

    program(fake_api, {"t/down": respond_error(503, "Service unavailable"),
                       "t/up": [{"generated_text": "hello"}]})
    view = run_async(open_comparison(window, "text-generation", ["t/down", "t/up"]))
    run_async(run_all(view))
    assert text_viewer(view, 1).diff_marks() == []
    assert "has no result to compare with" in view.message.message()


def test_labels_line_up_across_columns(window: MainWindow, fake_api: FakeInferenceAPI,
                                       run_async: RunAsync) -> None:
    program(fake_api, {
        "v/a": [{"label": "cheetah", "score": 0.9}, {"label": "leopard", "score": 0.08}],
        "v/b": [{"label": "leopard", "score": 0.6}, {"label": "jaguar", "score": 0.3},
                {"label": "cheetah", "score": 0.1}],
        "v/c": [{"label": "lion", "score": 0.5}],
    })
    view = run_async(open_comparison(window, "image-classification", ["v/a", "v/b", "v/c"]))
    run_async(run_all(view))
    bars = []
    for column in view.columns:
        viewer = column.panel.viewer
        assert isinstance(viewer, ScoresViewer)
        (group,) = viewer.bar_groups()
        bars.append(group)
    order = ["cheetah", "leopard", "lion", "jaguar"]
    assert [b.labels() for b in bars] == [order] * 3
    assert bars[0].value_texts() == ["90.0%", "8.0%", "—", "—"]
    assert bars[1].value_texts() == ["10.0%", "60.0%", "—", "30.0%"]
    assert bars[2].value_texts() == ["—", "—", "50.0%", "—"]
    assert view.columns[2].note.text() == "3 labels not returned (—)"

    run_async(after(view, lambda: view.diff_box.setChecked(False)))  # each model's order
    assert [b.labels() for b in _bars(view)] == [["cheetah", "leopard"],
                                                 ["leopard", "jaguar", "cheetah"], ["lion"]]


def _bars(view: ComparisonView) -> list[ScoreBars]:
    groups = []
    for column in view.columns:
        viewer = column.panel.viewer
        assert isinstance(viewer, ScoresViewer)
        groups.extend(viewer.bar_groups())
    return [g for g in groups if g.isVisibleTo(view)]


def box(label: str, x: int, y: int, w: int = 100, h: int = 100, score: float = 0.9
        ) -> dict[str, object]:
    return {"label": label, "score": score,
            "box": {"xmin": x, "ymin": y, "xmax": x + w, "ymax": y + h}}


def test_detection_boxes_are_matched_and_the_differences_marked(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {
        "d/ref": [box("cat", 10, 10), box("cat", 300, 10), box("remote", 200, 250, 40, 20)],
        "d/other": [box("cat", 14, 12), box("dog", 305, 12), box("couch", 0, 200, 600, 200)],
    })
    view = run_async(open_comparison(window, "object-detection", ["d/ref", "d/other"]))
    run_async(run_all(view))
    ref, other = (c.panel.viewer for c in view.columns)
    assert isinstance(ref, DetectionViewer) and isinstance(other, DetectionViewer)
    ref_marks = {i.box.label + str(int(i.box.xmin)): i.mark for i in ref.box_items()}
    assert ref_marks["cat10"] is None
    assert ref_marks["cat300"] is None, "matched (as a dog) by the other model"
    assert ref_marks["remote200"] is not None
    assert ref_marks["remote200"].note == "missed by other"
    other_marks = {i.box.label: i.mark for i in other.box_items()}
    assert other_marks["cat"] is None
    assert other_marks["dog"] is not None and other_marks["dog"].note == "cat in ref"
    assert other_marks["couch"] is not None
    assert (other_marks["couch"].style, other_marks["couch"].note) == ("extra", "only here")
    (ghost,) = other.ghost_items()
    assert ghost.box.label == "remote" and ghost.mark is not None
    assert ghost.mark.style == "missed" and "not found here" in ghost.tag.text
    assert "only here" in other.summary_text()
    assert view.columns[1].note.text() == (
        "1 box only here · 1 box not found here · 1 box labelled differently")
    assert view.columns[0].note.text() == "1 box missed by others"

    run_async(after(view, lambda: view.diff_box.setChecked(False)))
    assert all(i.mark is None for i in other.box_items()) and other.ghost_items() == []


def test_detection_views_keep_the_same_zoom_and_position(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {"z/a": [box("cat", 10, 10)], "z/b": [box("cat", 12, 10)]})
    view = run_async(open_comparison(window, "object-detection", ["z/a", "z/b"]))
    run_async(run_all(view))
    first, second = view.image_views()
    first.set_zoom(2.0)
    first.centerOn(first.image_rect().center())
    assert abs(second.zoom - 2.0) < 1e-6
    centre = second.mapToScene(second.viewport().rect().center())
    expected = first.mapToScene(first.viewport().rect().center())
    assert abs(centre.x() - expected.x()) < 2 and abs(centre.y() - expected.y()) < 2
    second.fit()
    assert first.fitting

    view.sync_box.setChecked(False)
    second.set_zoom(3.0)
    assert first.zoom != 3.0


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def test_generated_images_of_different_sizes_show_the_same_part(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {"i/small": Respond(200, png(256, 256), "image/png"),
                       "i/large": Respond(200, png(512, 512), "image/png")})
    view = run_async(open_comparison(window, "text-to-image", ["i/small", "i/large"]))
    run_async(run_all(view))
    small, large = view.image_views()
    small.set_zoom(2.0)
    assert abs(large.zoom - 1.0) < 1e-6, "the same share of the picture"


def test_entities_line_up(window: MainWindow, fake_api: FakeInferenceAPI,
                          run_async: RunAsync) -> None:
    # "My name is Sarah Jessica Parker but you can call me Jessica"
    program(fake_api, {
        "e/ref": [{"entity_group": "PER", "score": 0.99, "word": "Sarah Jessica Parker",
                   "start": 11, "end": 31},
                  {"entity_group": "PER", "score": 0.99, "word": "Jessica", "start": 52,
                   "end": 59}],
        "e/other": [{"entity_group": "ORG", "score": 0.7, "word": "Sarah Jessica",
                     "start": 11, "end": 24},
                    {"entity_group": "MISC", "score": 0.6, "word": "name", "start": 3,
                     "end": 7}],
    })
    view = run_async(open_comparison(window, "token-classification", ["e/ref", "e/other"]))
    run_async(run_all(view))
    ref, other = (c.panel.viewer for c in view.columns)
    assert isinstance(ref, SpansViewer) and isinstance(other, SpansViewer)
    assert ref.text_view().marked() == [("note", "Jessica")]
    assert other.text_view().marked() == [("extra", "name"), ("note", "Sarah Jessica"),
                                          ("missed", "Jessica")]
    assert other.highlighted_spans() == ["name", "Sarah Jessica"], "ghosts are not entities"
    assert "PER in ref" not in other.text_view().toPlainText(), "in the tooltip"
    assert view.columns[1].note.text() == (
        "1 entity only here · 1 entity not found here · 1 entity labelled differently")
