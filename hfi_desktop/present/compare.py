"""Comparing the results of several models on the same inputs (pure; no widgets).

One column is the *reference*; every other column is compared with it:

- texts: a word-level diff (:func:`word_diff`): the stretches of a text that differ from
  the reference, and the reference's words it lacks;
- labels: one row per label of any column, in the reference's order (:func:`align_labels`);
  a column without a label gets no score (``None``) on its row;
- detection boxes and entity spans: matched one to one, greedily, by overlap (IoU >= 0.5 for
  boxes, any common character for spans), same label first, then across labels (flagged);
  what is left over is flagged as found by one side only (:func:`compare_items`).

:func:`compare_results` picks the comparison for the kind of result. It may take a while on
long texts: call it in a worker.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Literal, TypeVar

from .types import (
    Box,
    DetectionPrepared,
    EntitiesPrepared,
    Prepared,
    Score,
    ScoreGroup,
    ScoresPrepared,
    Span,
    TextPrepared,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

T = TypeVar("T")

#: Boxes overlap enough to be "the same object" from this intersection over union on.
BOX_IOU_THRESHOLD = 0.5

_TOKEN = re.compile(r"\w+|[^\w\s]")

MISSING = math.nan  # the score of a label a column lacks (aligned scores); see is_missing


def is_missing(score: float) -> bool:
    return math.isnan(score)


# -------------------------------------------------------------------------------- texts
@dataclass(frozen=True)
class DiffSpan:
    """``text[start:end]`` of the compared text differs from the reference: ``insert``
    (words the reference does not have) or ``replace`` (``was``: the reference's words)."""

    start: int
    end: int
    op: Literal["insert", "replace"]
    was: str = ""


@dataclass(frozen=True)
class Deletion:
    """Reference words the compared text lacks, where they would be (offset ``at``)."""

    at: int
    text: str


@dataclass(frozen=True)
class TextDiff:
    """How a text differs from the reference. ``similarity``: 0..1, the share of words in
    common (difflib's ratio over word tokens)."""

    spans: tuple[DiffSpan, ...]
    deletions: tuple[Deletion, ...]
    similarity: float

    @property
    def identical(self) -> bool:
        return not self.spans and not self.deletions

    def summary(self) -> str:
        """``92% same words · 2 changed · 1 added · 1 removed`` (or ``identical``)."""
        if self.identical:
            return "identical"
        changed = sum(span.op == "replace" for span in self.spans)
        added = sum(span.op == "insert" for span in self.spans)
        parts = [f"{self.similarity:.0%} same words"]
        for count, word in ((changed, "changed"), (added, "added"),
                            (len(self.deletions), "removed")):
            if count:
                parts.append(f"{count} {word}")
        return " · ".join(parts)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words and punctuation marks of ``text`` as (start, end, token); spaces are not
    tokens (a change of spacing alone is no difference)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def word_diff(reference: str, other: str) -> TextDiff:
    """What ``other`` changes in ``reference``, with offsets into ``other``."""
    ref_tokens, other_tokens = tokens(reference), tokens(other)
    matcher = SequenceMatcher(
        None, [t[2] for t in ref_tokens], [t[2] for t in other_tokens], autojunk=False
    )
    spans: list[DiffSpan] = []
    deletions: list[Deletion] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        was = reference[ref_tokens[i1][0] : ref_tokens[i2 - 1][1]] if i2 > i1 else ""
        if op == "delete":
            # before the next word; at the end: right after the last one
            at = other_tokens[j1][0] if j1 < len(other_tokens) else \
                (other_tokens[-1][1] if other_tokens else 0)
            deletions.append(Deletion(at, was))
            continue
        start, end = other_tokens[j1][0], other_tokens[j2 - 1][1]
        spans.append(DiffSpan(start, end, "replace" if op == "replace" else "insert", was))
    return TextDiff(tuple(spans), tuple(deletions), matcher.ratio())  # 1.0 for two empty


# ------------------------------------------------------------------------------- labels
@dataclass(frozen=True)
class AlignedRow:
    """A label and its score in each column (None: the column does not have it)."""

    label: str
    scores: tuple[float | None, ...]


def align_labels(
    columns: Sequence[Sequence[Score] | None], reference: int
) -> tuple[AlignedRow, ...]:
    """Every label of any column, once: the reference's labels in its order (best first),
    then the others' by their best score anywhere. A column that is None (no result) has
    no score on any row."""
    best: dict[str, float] = {}
    order: list[str] = []
    per_column: list[dict[str, float]] = []
    for scores in columns:
        own: dict[str, float] = {}
        for score in scores or ():
            if score.label not in own:  # a repeated label: its first (best) score
                own[score.label] = score.score
        per_column.append(own)
    ref = per_column[reference] if 0 <= reference < len(per_column) else {}
    for own in per_column:
        for label, value in own.items():
            if label not in best:
                order.append(label)
            best[label] = max(best.get(label, -math.inf), value)
    first_seen = {label: index for index, label in enumerate(order)}
    ref_labels = sorted(ref, key=lambda label: (-ref[label], first_seen[label]))
    others = sorted((label for label in order if label not in ref),
                    key=lambda label: (-best[label], first_seen[label]))
    return tuple(
        AlignedRow(label, tuple(own.get(label) for own in per_column))
        for label in [*ref_labels, *others]
    )


def align_groups(
    columns: Sequence[ScoresPrepared | None], reference: int
) -> tuple[tuple[str, tuple[AlignedRow, ...]], ...]:
    """:func:`align_labels` per group (zero-shot: one group per sequence), groups matched
    by position; each group titled as in the reference (else the first column having it)."""
    count = max((len(c.groups) for c in columns if c is not None), default=0)
    aligned = []
    for index in range(count):
        groups = [c.groups[index] if c is not None and index < len(c.groups) else None
                  for c in columns]
        ref_group = groups[reference] if 0 <= reference < len(groups) else None
        title = ref_group.title if ref_group is not None else next(
            (g.title for g in groups if g is not None), "")
        rows = align_labels([g.scores if g is not None else None for g in groups], reference)
        aligned.append((title, rows))
    return tuple(aligned)


def aligned_prepared(
    prepared: ScoresPrepared,
    groups: Sequence[tuple[str, Sequence[AlignedRow]]],
    column: int,
) -> ScoresPrepared:
    """``prepared`` with the aligned rows: every label in the common order, the ones this
    column lacks with a MISSING score (NaN; the bars show "—")."""
    new_groups = []
    for index, (title, rows) in enumerate(groups):
        own = prepared.groups[index] if index < len(prepared.groups) else None
        details = {score.label: score.detail for score in own.scores} if own is not None else {}
        scores = []
        for row in rows:
            value = row.scores[column] if column < len(row.scores) else None
            detail = details.get(row.label, "")
            scores.append(Score(row.label, MISSING if value is None else value, detail))
        new_groups.append(ScoreGroup(own.title if own is not None else title, tuple(scores)))
    return dataclasses.replace(prepared, groups=tuple(new_groups))


# -------------------------------------------------------------------- boxes and spans
@dataclass(frozen=True)
class Match:
    reference: int  # index of the reference's item
    other: int  # index of the compared column's item
    overlap: float
    same_label: bool


@dataclass(frozen=True)
class Matching:
    pairs: tuple[Match, ...]
    reference_only: tuple[int, ...]  # reference items the other side lacks
    other_only: tuple[int, ...]  # the other side's items the reference lacks


def match_items(
    reference: Sequence[T],
    other: Sequence[T],
    overlap: Callable[[T, T], float],
    label: Callable[[T], str],
    threshold: float,
) -> Matching:
    """Greedy one-to-one matching: pairs whose ``overlap`` is at least ``threshold``, the
    largest first, among items of the same label; then among the rest whatever the label."""
    candidates = sorted(
        ((overlap(a, b), i, j) for i, a in enumerate(reference) for j, b in enumerate(other)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    candidates = [c for c in candidates if c[0] >= threshold and c[0] > 0]
    used_ref: set[int] = set()
    used_other: set[int] = set()
    pairs: list[Match] = []
    for same_label_only in (True, False):
        for value, i, j in candidates:
            if i in used_ref or j in used_other:
                continue
            same = label(reference[i]) == label(other[j])
            if same_label_only and not same:
                continue
            used_ref.add(i)
            used_other.add(j)
            pairs.append(Match(i, j, value, same))
    pairs.sort(key=lambda m: m.reference)
    return Matching(
        tuple(pairs),
        tuple(i for i in range(len(reference)) if i not in used_ref),
        tuple(j for j in range(len(other)) if j not in used_other),
    )


def box_iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes (0 for degenerate ones)."""
    width = min(a.xmax, b.xmax) - max(a.xmin, b.xmin)
    height = min(a.ymax, b.ymax) - max(a.ymin, b.ymin)
    if width <= 0 or height <= 0:
        return 0.0
    inter = width * height
    union = _area(a) + _area(b) - inter
    return inter / union if union > 0 else 0.0


def _area(box: Box) -> float:
    return max(box.xmax - box.xmin, 0.0) * max(box.ymax - box.ymin, 0.0)


def span_overlap(a: Span, b: Span) -> float:
    """Common characters over characters covered by either (0 when they do not overlap)."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def match_boxes(reference: Sequence[Box], other: Sequence[Box],
                threshold: float = BOX_IOU_THRESHOLD) -> Matching:
    return match_items(reference, other, box_iou, lambda box: box.label, threshold)


def match_spans(reference: Sequence[Span], other: Sequence[Span]) -> Matching:
    return match_items(reference, other, span_overlap, lambda span: span.label, 1e-9)


@dataclass(frozen=True)
class ItemMark:
    """A comparison note on one item (box or span) of a column.

    - ``only_here``: no item of the reference matches it;
    - ``other_label``: it matches a reference item whose label is ``label``;
    - ``missed_by``: (reference column) the ``columns`` that have no match for it.
    """

    kind: Literal["only_here", "other_label", "missed_by"]
    label: str = ""
    columns: tuple[int, ...] = ()


@dataclass(frozen=True)
class ItemComparison:
    """One column's items against the reference's: notes on its own items (by index) and
    the reference items it has no match for (``missed``, indices into the reference's)."""

    marks: Mapping[int, ItemMark] = field(default_factory=dict)
    missed: tuple[int, ...] = ()


def compare_items(
    columns: Sequence[Sequence[T] | None],
    reference: int,
    match: Callable[[Sequence[T], Sequence[T]], Matching],
    label: Callable[[T], str],
) -> list[ItemComparison | None]:
    """Every column's items matched with the reference's (None: a column without result,
    or no reference result)."""
    if not 0 <= reference < len(columns) or columns[reference] is None:
        return [None] * len(columns)
    ref_items = columns[reference]
    assert ref_items is not None
    missed_by: dict[int, list[int]] = {}
    out: list[ItemComparison | None] = []
    for index, items in enumerate(columns):
        if index == reference or items is None:
            out.append(None)
            continue
        matching = match(ref_items, items)
        marks: dict[int, ItemMark] = {j: ItemMark("only_here") for j in matching.other_only}
        for pair in matching.pairs:
            if not pair.same_label:
                marks[pair.other] = ItemMark("other_label", label(ref_items[pair.reference]))
        for i in matching.reference_only:
            missed_by.setdefault(i, []).append(index)
        out.append(ItemComparison(marks, matching.reference_only))
    out[reference] = ItemComparison(
        {i: ItemMark("missed_by", columns=tuple(cols)) for i, cols in sorted(missed_by.items())}
    )
    return out


# ------------------------------------------------------------------------------ results
Comparison = TextDiff | ScoresPrepared | ItemComparison


def compare_results(results: Sequence[Prepared | None], reference: int) -> list[Comparison | None]:
    """What each column shows against the reference column, for the kind of the
    reference's result (None where there is nothing to show: no result, another kind, the
    reference itself for texts, or a kind that is not compared).

    - TextPrepared: a :class:`TextDiff` per other column;
    - ScoresPrepared: every column's result re-ordered to the aligned rows (reference
      included, with MISSING scores for the labels it lacks);
    - DetectionPrepared / EntitiesPrepared: an :class:`ItemComparison` per column.
    """
    count = len(results)
    ref = results[reference] if 0 <= reference < count else None
    if ref is None:
        return [None] * count
    if isinstance(ref, TextPrepared):
        return [
            word_diff(ref.text, r.text) if i != reference and isinstance(r, TextPrepared)
            else None
            for i, r in enumerate(results)
        ]
    if isinstance(ref, ScoresPrepared):
        kind = type(ref)
        scores = [r if isinstance(r, kind) else None for r in results]
        groups = align_groups(scores, reference)
        return [aligned_prepared(r, groups, i) if r is not None else None
                for i, r in enumerate(scores)]
    if isinstance(ref, DetectionPrepared):
        boxes = [r.boxes if isinstance(r, DetectionPrepared) else None for r in results]
        return list(compare_items(boxes, reference, match_boxes, lambda b: b.label))
    if isinstance(ref, EntitiesPrepared):
        spans = [r.spans if isinstance(r, EntitiesPrepared) else None for r in results]
        return list(compare_items(spans, reference, match_spans, lambda s: s.label))
    return [None] * count
