"""Bars: count, order, values, headings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import prepare
from hfi_desktop.ui.viewers import ScoreBars, ScoresViewer, format_score
from tests.ui.viewers.conftest import ShowSample


def test_label_bars_sorted_with_percentages(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("image-classification")
    assert isinstance(viewer, ScoresViewer)
    (bars,) = viewer.bar_groups()
    assert bars.labels() == [
        "cheetah, chetah, Acinonyx jubatus",
        "leopard, Panthera pardus",
        "jaguar, panther, Panthera onca, Felis onca",
        "lion, king of beasts, Panthera leo",
        "tiger, Panthera tigris",
    ]
    assert bars.value_texts() == ["99.8%", "0.07%", "0.05%", "0.01%", "<0.01%"]
    assert bars.height() >= bars.sizeHint().height() > 0


def test_fill_mask_headline_and_sequences(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("fill-mask")
    assert isinstance(viewer, ScoresViewer)
    (bars,) = viewer.bar_groups()
    assert bars.labels() == ["the", "my", "hello", "wonderful", "a"]
    assert [s.detail for s in bars.scores()][:2] == ["the world!", "my world!"]
    texts = [label.text() for label in viewer.findChildren(QLabel)]
    assert texts[:2] == ["Best completion", "the world!"]


def test_zero_shot_group_per_sequence(qtbot: QtBot) -> None:
    result = [
        {"sequence": "first", "labels": ["a", "b"], "scores": [0.2, 0.8]},
        {"sequence": "second", "labels": ["a", "b"], "scores": [0.9, 0.1]},
    ]
    viewer = ScoresViewer()
    qtbot.addWidget(viewer)
    viewer.show_result(prepare(OutputKind.ZERO_SHOT, result))
    assert [bars.labels() for bars in viewer.bar_groups()] == [["b", "a"], ["a", "b"]]


def test_similarity_shows_plain_scores(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("sentence-similarity")
    assert isinstance(viewer, ScoresViewer)
    (bars,) = viewer.bar_groups()
    assert bars.labels()[0] == "That is a very happy person"
    assert bars.value_texts() == ["0.938", "0.662", "0.230"]


def test_showing_again_replaces_the_bars(show_sample: ShowSample) -> None:
    viewer, prepared = show_sample("text-classification")
    assert isinstance(viewer, ScoresViewer)
    viewer.show_result(prepared)
    assert len(viewer.bar_groups()) == 1
    viewer.clear()
    assert viewer.bar_groups() == []


def test_score_formatting() -> None:
    assert format_score(0.999631) == "99.96%"
    assert format_score(1.0) == "100.0%"
    assert format_score(0.0) == "0.0%"
    assert format_score(0.00052) == "0.05%"
    assert format_score(0.66234, "number") == "0.662"


def test_bars_paint_and_tooltips(qtbot: QtBot) -> None:
    bars = ScoreBars()
    qtbot.addWidget(bars)
    result = prepare(OutputKind.LABELS, [{"label": "x" * 300, "score": 0.5}])
    bars.set_scores(result.scores)  # type: ignore[attr-defined]
    bars.resize(300, bars.sizeHint().height())
    image = bars.grab().toImage()
    assert not image.isNull()
    assert bars._row_at(bars.rect().center()) == 0
