"""Viewer of scores: label scores, fill-mask candidates, zero-shot labels, similarity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hfi_desktop.present import (
    FillMaskPrepared,
    Prepared,
    ScoresPrepared,
    SimilarityPrepared,
    ZeroShotPrepared,
)

from .bars import ScoreBars, ValueFormat
from .base import ResultViewer
from .widgets import Caption, clear_layout, insert_before_stretch, scroll_column, title_label


class ScoresViewer(ResultViewer):
    """Sorted bars, best first, in one or more groups (each with its own heading).

    - LABELS: one group of label/percentage bars.
    - FILL_MASK: the best completed sequence as a headline; bars per token with their
      completed sequence as a second line.
    - ZERO_SHOT: a group per classified sequence, its candidate labels as bars.
    - SIMILARITY: the source sentence, then one bar per compared sentence (cosine score).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        area, self._column = scroll_column(self)
        layout.addWidget(area)
        self._bars: list[ScoreBars] = []

    def bar_groups(self) -> list[ScoreBars]:
        """The bar widgets shown, top to bottom."""
        return list(self._bars)

    def clear(self) -> None:
        clear_layout(self._column, keep_last=1)
        self._bars = []

    def _add(self, widget: QWidget) -> None:
        insert_before_stretch(self._column, widget)

    def show_result(self, prepared: Prepared) -> None:
        self._show(self._expect(prepared, ScoresPrepared), emphasise_first=True)

    def show_aligned(self, prepared: ScoresPrepared) -> None:
        """Rows lined up with another result's (``present.compare.aligned_prepared``): in
        the given order, NaN scores as "—", no row emphasised (the first is not this
        result's best)."""
        self._show(prepared, emphasise_first=False)

    def _show(self, result: ScoresPrepared, *, emphasise_first: bool) -> None:
        self.clear()
        style: ValueFormat = "percent"
        if isinstance(result, FillMaskPrepared) and result.sequence:
            self._add(Caption(QCoreApplication.translate("ScoresViewer", "Best completion"), self))
            self._add(title_label(result.sequence, self))
        elif isinstance(result, SimilarityPrepared):
            style = "number"
            if result.source_sentence:
                self._add(Caption(
                    QCoreApplication.translate("ScoresViewer", "Similarity to"), self))
                self._add(title_label(result.source_sentence, self, scale=1.1))
        for group in result.groups:
            if group.title:
                label = Caption if not isinstance(result, ZeroShotPrepared) else _quote
                self._add(label(group.title, self))
            bars = ScoreBars(self)
            bars.set_scores(group.scores, style, emphasise_first=emphasise_first)
            self._bars.append(bars)
            self._add(bars)
        if not result.scores:
            self._add(Caption(
                QCoreApplication.translate("ScoresViewer", "The model returned no scores."), self))


def _quote(text: str, parent: QWidget) -> Caption:
    return Caption(f"“{text}”", parent)
