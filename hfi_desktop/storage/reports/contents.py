"""Prepared results (``present``) as report cells' contents, with the differences marked as
the compare window marks them (``present.compare``): changed words, labels in the
reference's order with the ones a model lacks, boxes and entities only one side has.

Runs in a worker (the comparison of long texts and the drawing of boxes over an image take
a while).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from hfi_desktop.inference import Blob
from hfi_desktop.present import types as kinds
from hfi_desktop.present.compare import (
    Comparison,
    Deletion,
    DiffSpan,
    ItemComparison,
    TextDiff,
    compare_results,
    is_missing,
)
from hfi_desktop.report import Attachment, BoxDrawing, Fragment, Line, annotated_image

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence


Item = TypeVar("Item", "kinds.Box", "kinds.Span")

RAW_CHARS = 4000  # of a result shown as its JSON
ONLY_HERE_COLOUR = "#d64545"  # as the compare window's marks (ui/viewers/marks.py)
MISSED_COLOUR = "#8a8a8a"


@dataclass(frozen=True)
class Contents:
    """What a cell shows of a result."""

    text: tuple[Fragment, ...] = ()
    lines: tuple[Line, ...] = ()
    images: tuple[Attachment, ...] = ()
    note: str = ""
    score: float | None = None


@dataclass(frozen=True)
class Column:
    """One target's result for an input: prepared (None: no result), the client's value
    (for binary results' bytes) and its name in notes."""

    prepared: kinds.Prepared | None
    result: object = None
    name: str = ""


def contents_of(columns: Sequence[Column], reference: int | None, *,
                input_image: Attachment | None = None) -> list[Contents]:
    """Every column's contents; compared with column ``reference`` (None: not compared)."""
    prepared = [column.prepared for column in columns]
    comparisons: list[Comparison | None] = [None] * len(columns)
    if reference is not None and sum(p is not None for p in prepared) > 1:
        comparisons = compare_results(prepared, reference)
    names = [column.name for column in columns]
    ref_name = names[reference] if reference is not None and reference < len(names) else ""
    ref_result = prepared[reference] if reference is not None and reference < len(names) \
        else None
    out = []
    for index, (column, comparison) in enumerate(zip(columns, comparisons, strict=True)):
        if column.prepared is None:
            out.append(Contents())
            continue
        out.append(_contents(column, comparison, _Context(
            index=index, reference=reference, ref_name=ref_name, names=tuple(names),
            ref_result=ref_result, input_image=input_image)))
    return out


@dataclass(frozen=True)
class _Context:
    index: int
    reference: int | None
    ref_name: str
    names: tuple[str, ...]
    ref_result: kinds.Prepared | None
    input_image: Attachment | None


def _contents(column: Column, comparison: Comparison | None, context: _Context) -> Contents:
    prepared = column.prepared
    assert prepared is not None
    is_reference = context.index == context.reference
    if isinstance(prepared, kinds.TextPrepared):
        diff = comparison if isinstance(comparison, TextDiff) else None
        note = f"Against {context.ref_name}: {diff.summary()}" if diff is not None else ""
        return Contents(text=diff_fragments(prepared.text, diff),
                        note="reference" if is_reference and context.reference is not None
                        else note)
    if isinstance(prepared, kinds.ScoresPrepared):
        return _scores(prepared, comparison)
    if isinstance(prepared, kinds.DetectionPrepared):
        return _detection(prepared, comparison, context)
    if isinstance(prepared, kinds.EntitiesPrepared):
        ref_spans = context.ref_result.spans \
            if isinstance(context.ref_result, kinds.EntitiesPrepared) else ()
        lines = _item_lines(prepared.spans, ref_spans, comparison, context,
                            lambda span: span.text)
        return Contents(lines=lines, note=_item_note(comparison, "entity", "entities"),
                        score=_top(s.score for s in prepared.spans))
    return _plain(prepared, column.result, context)


# ----------------------------------------------------------------------------- texts
def diff_fragments(text: str, diff: TextDiff | None) -> tuple[Fragment, ...]:
    """``text`` in fragments: the words ``diff`` says were added or changed marked, and the
    reference's removed words put back, struck, where they would be."""
    if diff is None or diff.identical:
        return (Fragment(text),) if text else ()
    events: list[tuple[int, int, DiffSpan | Deletion]] = [
        (deletion.at, 0, deletion) for deletion in diff.deletions]
    events += [(span.start, 1, span) for span in diff.spans]
    events.sort(key=lambda event: (event[0], event[1]))
    out: list[Fragment] = []
    position = 0
    for at, _order, event in events:
        if at > position:
            out.append(Fragment(text[position:at]))
            position = at
        if isinstance(event, Deletion):
            if out and not out[-1].text[-1:].isspace():
                out.append(Fragment(" "))
            out.append(Fragment(event.text, "removed", "not in this answer"))
            if position < len(text) and text[position].isalnum():
                out.append(Fragment(" "))
            continue
        out.append(Fragment(text[event.start:event.end],
                            "changed" if event.op == "replace" else "added",
                            f"was: {event.was}" if event.op == "replace" else ""))
        position = event.end
    if position < len(text):
        out.append(Fragment(text[position:]))
    return tuple(out)


# ---------------------------------------------------------------------------- labels
def _scores(prepared: kinds.ScoresPrepared, comparison: Comparison | None) -> Contents:
    shown = comparison if isinstance(comparison, kinds.ScoresPrepared) else prepared
    several = len(shown.groups) > 1
    lines = []
    for group in shown.groups:
        for score in group.scores:
            missing = is_missing(score.score)
            detail = " · ".join(part for part in (group.title if several else "", score.detail)
                                if part)
            lines.append(Line(score.label, None if missing else score.score, detail,
                              "missing" if missing else None,
                              "not returned by this model" if missing else ""))
    lacking = sum(line.mark == "missing" for line in lines)
    note = (f"{lacking} label{'s' * (lacking != 1)} not returned (—)" if lacking else "")
    text = (Fragment(prepared.sequence),) if isinstance(prepared, kinds.FillMaskPrepared) else ()
    return Contents(text=text, lines=tuple(lines), note=note,
                    score=_top(s.score for s in prepared.scores))


# --------------------------------------------------------------------- boxes, spans
def _item_lines(items: Sequence[Item], reference_items: Sequence[Item],
                comparison: Comparison | None, context: _Context,
                describe: Callable[[Item], str]) -> tuple[Line, ...]:
    """A line per item (its mark, if any), then the reference's items it has no match for."""
    marks = comparison.marks if isinstance(comparison, ItemComparison) else {}
    lines = []
    for index, item in enumerate(items):
        mark = marks.get(index)
        if mark is None:
            lines.append(Line(item.label, item.score, describe(item)))
        elif mark.kind == "only_here":
            lines.append(Line(item.label, item.score, describe(item), "only_here"))
        elif mark.kind == "other_label":
            lines.append(Line(item.label, item.score, describe(item), "other_label",
                              f"{mark.label} in {context.ref_name}"))
        else:
            by = ", ".join(context.names[c] for c in mark.columns if c < len(context.names))
            lines.append(Line(item.label, item.score, describe(item), None,
                              f"missed by {by}"))
    if isinstance(comparison, ItemComparison):
        for index in comparison.missed:
            if index < len(reference_items):
                item = reference_items[index]
                lines.append(Line(item.label, item.score, describe(item), "missed",
                                  f"in {context.ref_name}, not found by this model"))
    return tuple(lines)


def _item_note(comparison: Comparison | None, one: str, many: str) -> str:
    if not isinstance(comparison, ItemComparison):
        return ""
    kinds = [mark.kind for mark in comparison.marks.values()]
    counts = ((kinds.count("only_here"), "only here"),
              (len(comparison.missed), "not found here"),
              (kinds.count("other_label"), "labelled differently"),
              (kinds.count("missed_by"), "missed by others"))
    return " · ".join(f"{count} {one if count == 1 else many} {what}"
                      for count, what in counts if count)


def _detection(prepared: kinds.DetectionPrepared, comparison: Comparison | None,
               context: _Context) -> Contents:
    ref_boxes = context.ref_result.boxes \
        if isinstance(context.ref_result, kinds.DetectionPrepared) else ()
    lines = _item_lines(prepared.boxes, ref_boxes, comparison, context, _box_place)
    images: tuple[Attachment, ...] = ()
    if context.input_image is not None:
        drawings = [BoxDrawing(b.label, b.xmin, b.ymin, b.xmax, b.ymax,
                               ONLY_HERE_COLOUR if line.mark == "only_here" else b.colour,
                               "dashed" if line.mark == "only_here" else "solid")
                    for b, line in zip(prepared.boxes, lines, strict=False)]
        if isinstance(comparison, ItemComparison):
            drawings += [BoxDrawing(b.label, b.xmin, b.ymin, b.xmax, b.ymax, MISSED_COLOUR,
                                    "dotted")
                         for i, b in enumerate(ref_boxes) if i in comparison.missed]
        drawn = annotated_image(context.input_image, drawings, f"boxes-{context.index + 1}")
        images = (drawn,) if drawn is not None else ()
    return Contents(lines=lines, images=images, note=_item_note(comparison, "box", "boxes"),
                    score=_top(b.score for b in prepared.boxes))


def _box_place(box: kinds.Box) -> str:
    return f"at {box.xmin:.0f},{box.ymin:.0f} to {box.xmax:.0f},{box.ymax:.0f}"


# ------------------------------------------------------------------------ the others
def _plain(prepared: kinds.Prepared, result: object, context: _Context) -> Contents:
    """Kinds that are shown without comparison marks."""
    images = tuple(_blobs(result, context.index))
    if isinstance(prepared, kinds.AnswerSpanPrepared | kinds.DocAnswerPrepared):
        alternatives = prepared.alternatives \
            if isinstance(prepared, kinds.DocAnswerPrepared) else ()
        return Contents(text=(Fragment(prepared.answer),),
                        lines=tuple(Line(a.label, a.score) for a in alternatives),
                        score=prepared.score)
    if isinstance(prepared, kinds.TableAnswerPrepared):
        return Contents(text=(Fragment(prepared.answer),),
                        lines=tuple(Line(cell) for cell in prepared.cells))
    if isinstance(prepared, kinds.ConversationPrepared):
        said = [turn.text for turn in prepared.turns[prepared.first_new:] if turn.role == "model"]
        return Contents(text=(Fragment("\n\n".join(said)),))
    if isinstance(prepared, kinds.SegmentationPrepared):
        return Contents(lines=tuple(Line(m.name, m.score, f"{m.coverage:.0%} of the image")
                                    for m in prepared.masks),
                        images=images, score=_top(m.score for m in prepared.masks))
    if isinstance(prepared, kinds.AudioPrepared):
        return Contents(lines=tuple(Line(c.label, None, _audio_detail(c.duration_s, c.mime))
                                    for c in prepared.clips))
    if isinstance(prepared, kinds.EmbeddingsPrepared):
        return Contents(text=(Fragment(f"shape {prepared.shape_text} · mean {prepared.mean:.4g}"
                                       f" · norm {prepared.norm:.4g}"),))
    if images:
        return Contents(images=images)
    raw = prepared.raw_json
    cut = raw if len(raw) <= RAW_CHARS else raw[:RAW_CHARS] + "\n…"
    return Contents(text=(Fragment(cut),))


def _blobs(result: object, index: int) -> list[Attachment]:
    blobs = [result] if isinstance(result, Blob) else \
        [item for item in result if isinstance(item, Blob)] if isinstance(result, list) else []
    return [Attachment(f"result-{index + 1}", blob.type, bytes(blob.data),
                       f"result of model {index + 1}") for blob in blobs]


def _audio_detail(duration_s: float | None, mime: str) -> str:
    return f"{duration_s:.1f} s of {mime}" if duration_s is not None else mime


def _top(scores: Iterable[float | None]) -> float | None:
    values = [s for s in scores if s is not None and not is_missing(s)]
    return max(values) if values else None
