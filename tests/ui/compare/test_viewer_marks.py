"""The viewers' comparison extensions on their own: diff mode of the text viewer, "no
score" rows, marks on boxes and spans, the image panel under the image when narrow, and
the view synchronisation."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import Box, DetectionPrepared, EntitiesPrepared, Score, Span, TextPrepared
from hfi_desktop.present.compare import word_diff
from hfi_desktop.ui.compare import ViewSync
from hfi_desktop.ui.viewers import (
    DetectionViewer,
    ImageView,
    ScoreBars,
    SpansViewer,
    TextViewer,
    format_score,
)
from hfi_desktop.ui.viewers.marks import Mark
from hfi_desktop.ui.viewers.widgets import ImageSplitter
from tests.ui.viewers.conftest import prepared_sample


def test_the_text_viewer_diff_mode(qtbot: QtBot) -> None:
    viewer = TextViewer()
    qtbot.addWidget(viewer)
    other = "one three four"
    viewer.show_result(TextPrepared(kind=OutputKind.TEXT, raw_json="{}", text=other))
    viewer.show_diff(other, word_diff("one two three", other))
    assert viewer.diff_marks() == [("delete", "two"), ("insert", "four")]
    assert viewer.editor().toPlainText() == "one two three four"
    assert viewer.text() == other, "Copy copies the result, not the struck words"
    viewer.show_diff(other, None)
    assert viewer.diff_marks() == [] and viewer.editor().toPlainText() == other
    viewer.show_diff(other, word_diff("one", other))
    viewer.show_result(TextPrepared(kind=OutputKind.TEXT, raw_json="{}", text="new"))
    assert viewer.diff_marks() == [] and viewer.text() == "new"


def test_a_missing_score_is_a_dash_without_a_bar(qtbot: QtBot) -> None:
    bars = ScoreBars()
    qtbot.addWidget(bars)
    bars.set_scores([Score("cat", 0.5), Score("dog", math.nan)], emphasise_first=False)
    bars.resize(300, 80)
    bars.grab()  # paints without error
    assert bars.value_texts() == ["50.0%", "—"]
    assert format_score(math.nan, "number") == "—"


def test_box_marks_and_ghosts(qtbot: QtBot) -> None:
    viewer = DetectionViewer()
    qtbot.addWidget(viewer)
    prepared = prepared_sample("object-detection")
    assert isinstance(prepared, DetectionPrepared)
    viewer.show_result(prepared)
    ghost = Box("dog", 0.8, 0, 0, 50, 50, "#00ff00")
    viewer.set_marks({0: Mark("extra", "only here"), 1: Mark("note", "dog in A")},
                     [(ghost, Mark("missed", "not found here"))])
    first, second = viewer.box_items()[:2]
    assert first.pen().style() == Qt.PenStyle.DashLine and "only here" in first.tag.text
    assert "dog in A" not in second.tag.text and "dog in A" in second.toolTip()
    assert "dog in A" in viewer.list_widget().item(1).text()
    (drawn,) = viewer.ghost_items()
    assert drawn.pen().style() == Qt.PenStyle.DotLine
    assert drawn.tag.text == "dog · not found here"
    assert "1 only here" in viewer.summary_text()
    viewer.set_marks({})
    assert viewer.ghost_items() == [] and first.mark is None
    assert first.pen().style() == Qt.PenStyle.SolidLine
    assert viewer.summary_text().startswith(f"{len(prepared.boxes)} objects")


def test_a_ghost_span_over_an_own_span_is_left_out(qtbot: QtBot) -> None:
    viewer = SpansViewer()
    qtbot.addWidget(viewer)
    text = "Sarah met John"
    own = Span(0, 5, "Sarah", "PER", "#ff0000")
    viewer.show_result(EntitiesPrepared(kind=OutputKind.ENTITIES, raw_json="[]", text=text,
                                        spans=(own,), legend=()))
    viewer.set_marks({}, [(Span(0, 9, "Sarah met", "PER", "#00f"), Mark("missed", "x")),
                          (Span(10, 14, "John", "PER", "#00f"), Mark("missed", "x"))])
    assert viewer.text_view().marked() == [("missed", "John")]
    assert viewer.highlighted_spans() == ["Sarah"]


def test_the_side_panel_goes_under_the_image_when_narrow(qtbot: QtBot) -> None:
    viewer = DetectionViewer()
    qtbot.addWidget(viewer)
    viewer.resize(900, 500)
    viewer.show()
    (splitter,) = viewer.findChildren(ImageSplitter)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    viewer.resize(400, 600)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    panel = splitter.widget(1)
    assert panel is not None and panel.maximumWidth() > 1000


def test_view_sync_follows_and_forgets_deleted_views(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    prepared = prepared_sample("object-detection")
    assert isinstance(prepared, DetectionPrepared)
    views = []
    for _ in range(3):
        view = ImageView(holder)
        view.resize(300, 300)
        view.set_image(prepared.image)
        views.append(view)
    sync = ViewSync(holder)
    sync.set_views(views)
    views[0].set_zoom(1.5)
    assert all(abs(v.zoom - 1.5) < 1e-6 for v in views)
    views[2].deleteLater()
    qtbot.waitUntil(lambda: len(sync.views()) == 2)
    views[1].set_zoom(0.5)
    assert abs(views[0].zoom - 0.5) < 1e-6
    sync.set_views(views[:2])  # a deleted view is not disconnected (nothing to do)
