"""Embeddings: shape, statistics, heat strip."""

from __future__ import annotations

from hfi_desktop.ui.viewers import EmbeddingsViewer
from tests.ui.viewers.conftest import ShowSample

X = "\N{MULTIPLICATION SIGN}"


def test_shape_stats_and_preview(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("feature-extraction")
    assert isinstance(viewer, EmbeddingsViewer)
    assert viewer.shape_text() == f"1 {X} 7 {X} 768"
    assert viewer.stat("Values") == "5,376"
    assert viewer.stat("Min") == "-39.27"
    assert len(viewer.strip().values()) == 768
    assert viewer._first.text().startswith("2.6328, 2.6454, ")
    image = viewer.strip().grab().toImage()
    assert image.width() > 100


def test_ragged_batch_shape(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("feature-extraction-batch")
    assert isinstance(viewer, EmbeddingsViewer)
    assert viewer.shape_text() == f"2 {X} 1 {X} 3\N{EN DASH}7 {X} 768"
