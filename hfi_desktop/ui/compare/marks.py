"""Showing a comparison (``present.compare``) in the columns' viewers: differences in texts,
aligned label rows, marked boxes and entity spans, and a one-line note per column."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hfi_desktop.present import (
    DetectionPrepared,
    EntitiesPrepared,
    Prepared,
    ScoresPrepared,
    TextPrepared,
)
from hfi_desktop.present.compare import (
    Comparison,
    ItemComparison,
    ItemMark,
    TextDiff,
    is_missing,
)
from hfi_desktop.ui.viewers import (
    DetectionViewer,
    ResultViewer,
    ScoresViewer,
    SpansViewer,
    TextViewer,
)
from hfi_desktop.ui.viewers.marks import Mark

if TYPE_CHECKING:
    from collections.abc import Sequence

T = TypeVar("T")

ONLY_HERE = str(QT_TRANSLATE_NOOP("CompareMarks", "only here"))  # translated where shown
NOT_FOUND_HERE = str(QT_TRANSLATE_NOOP("CompareMarks", "not found here"))


def show_compared(viewer: ResultViewer | None, prepared: Prepared | None,
                  comparison: Comparison | None, *, reference: Prepared | None,
                  names: Sequence[str], reference_index: int) -> str:
    """Put ``comparison`` (None: none, the plain result) on ``viewer``, which shows
    ``prepared``; ``reference`` is the reference column's result, ``names`` the columns'
    short names in the comparison's order. Returns the note for the column's header."""
    if viewer is None or prepared is None:
        return ""
    ref_name = names[reference_index] if 0 <= reference_index < len(names) else ""
    if isinstance(prepared, TextPrepared) and isinstance(viewer, TextViewer):
        diff = comparison if isinstance(comparison, TextDiff) else None
        viewer.show_diff(prepared.text, diff)
        return QCoreApplication.translate("CompareMarks", "Against {name}: {summary}").format(
            name=ref_name, summary=diff.summary()) if diff is not None else ""
    if isinstance(prepared, ScoresPrepared) and isinstance(viewer, ScoresViewer):
        if isinstance(comparison, ScoresPrepared):
            viewer.show_aligned(comparison)
            lacking = sum(is_missing(score.score) for score in comparison.scores)
            return (QCoreApplication.translate(
                "CompareMarks", "{count} label not returned (—)") if lacking == 1 else
                    QCoreApplication.translate("CompareMarks",
                                               "{count} labels not returned (—)")).format(
                count=f"{lacking:,}") if lacking else ""
        viewer.show_result(prepared)
        return ""
    if isinstance(prepared, DetectionPrepared) and isinstance(viewer, DetectionViewer):
        ref_boxes = reference.boxes if isinstance(reference, DetectionPrepared) else ()
        marks, ghosts = _item_marks(comparison, ref_boxes, names, ref_name)
        viewer.set_marks(marks, ghosts)
        return _item_note(comparison, QCoreApplication.translate("CompareMarks", "box"),
                          QCoreApplication.translate("CompareMarks", "boxes"))
    if isinstance(prepared, EntitiesPrepared) and isinstance(viewer, SpansViewer):
        ref_spans = reference.spans if isinstance(reference, EntitiesPrepared) else ()
        marks, span_ghosts = _item_marks(comparison, ref_spans, names, ref_name)
        viewer.set_marks(marks, span_ghosts)
        return _item_note(comparison, QCoreApplication.translate("CompareMarks", "entity"),
                          QCoreApplication.translate("CompareMarks", "entities"))
    return ""


def _item_marks(comparison: Comparison | None, reference_items: Sequence[T],
                names: Sequence[str], ref_name: str
                ) -> tuple[dict[int, Mark], list[tuple[T, Mark]]]:
    if not isinstance(comparison, ItemComparison):
        return {}, []
    marks = {index: _mark(mark, names, ref_name) for index, mark in comparison.marks.items()}
    missed = QCoreApplication.translate("CompareMarks", NOT_FOUND_HERE)
    ghosts = [(reference_items[i], Mark("missed", missed))
              for i in comparison.missed if i < len(reference_items)]
    return marks, ghosts


def _mark(mark: ItemMark, names: Sequence[str], ref_name: str) -> Mark:
    if mark.kind == "only_here":
        return Mark("extra", QCoreApplication.translate("CompareMarks", ONLY_HERE))
    if mark.kind == "other_label":
        return Mark("note", QCoreApplication.translate("CompareMarks", "{label} in {name}").format(
            label=mark.label, name=ref_name))
    missed = ", ".join(names[c] for c in mark.columns if c < len(names))
    return Mark("note", QCoreApplication.translate("CompareMarks", "missed by {names}").format(
            names=missed))


def _item_note(comparison: Comparison | None, one: str, many: str) -> str:
    if not isinstance(comparison, ItemComparison):
        return ""
    kinds = [mark.kind for mark in comparison.marks.values()]
    counts = (
        (kinds.count("only_here"), QCoreApplication.translate("CompareMarks", ONLY_HERE)),
        (len(comparison.missed), QCoreApplication.translate("CompareMarks", NOT_FOUND_HERE)),
        (kinds.count("other_label"), QCoreApplication.translate("CompareMarks",
                                                                "labelled differently")),
        (kinds.count("missed_by"), QCoreApplication.translate("CompareMarks", "missed by others")),
    )
    return " · ".join(QCoreApplication.translate("CompareMarks", "{count} {noun} {what}").format(
        count=count, noun=one if count == 1 else many, what=what)
        for count, what in counts if count)
