"""Whether the models of a batch agree on a row: the same top label, the same answer (span),
the same boxes or entities (matched one to one with the same labels, as the compare window
matches them: :mod:`hfi_desktop.present.compare`), the same text. Pure and quick."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Literal

from hfi_desktop.present import (
    AnswerSpanPrepared,
    DetectionPrepared,
    DocAnswerPrepared,
    EntitiesPrepared,
    ScoresPrepared,
    TableAnswerPrepared,
    TextPrepared,
)
from hfi_desktop.present.compare import match_boxes, match_spans, word_diff

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.present import Prepared
    from hfi_desktop.present.compare import Matching

Basis = Literal["label", "answer", "boxes", "entities", "text"]


@dataclass(frozen=True)
class RowAgreement:
    """``pairs``: for each pair of target indices (i < j) that both have a comparable
    result, whether they agree; ``basis``: what was compared (None: nothing comparable)."""

    basis: Basis | None
    pairs: Mapping[tuple[int, int], bool]

    @property
    def all_agree(self) -> bool | None:
        """True when every compared pair agrees; None when fewer than two were compared."""
        return all(self.pairs.values()) if self.pairs else None

    @property
    def share(self) -> float | None:
        """The fraction of compared pairs that agree."""
        return sum(self.pairs.values()) / len(self.pairs) if self.pairs else None

    def text(self) -> str:
        """"agree", "disagree", "2 of 3 pairs agree", or "" when nothing was compared."""
        if not self.pairs:
            return ""
        agreeing = sum(self.pairs.values())
        if agreeing == len(self.pairs):
            return "agree"
        if agreeing == 0:
            return "disagree"
        return f"{agreeing} of {len(self.pairs)} pairs agree"


def row_agreement(results: Sequence[Prepared | None]) -> RowAgreement:
    """Agreement between the targets' prepared results of one row (None: failed or not
    comparable, left out)."""
    basis: Basis | None = None
    pairs: dict[tuple[int, int], bool] = {}
    present = [(i, r) for i, r in enumerate(results) if r is not None]
    for (i, a), (j, b) in combinations(present, 2):
        verdict = _agree(a, b)
        if verdict is None:
            continue
        basis, same = verdict
        pairs[(i, j)] = same
    return RowAgreement(basis, pairs)


def _agree(a: Prepared, b: Prepared) -> tuple[Basis, bool] | None:
    if type(a) is not type(b):
        return None
    if isinstance(a, ScoresPrepared) and isinstance(b, ScoresPrepared):
        if not a.scores or not b.scores:
            return "label", not a.scores and not b.scores
        return "label", a.scores[0].label == b.scores[0].label
    if isinstance(a, AnswerSpanPrepared) and isinstance(b, AnswerSpanPrepared):
        if a.span is not None and b.span is not None:
            return "answer", (a.span.start, a.span.end) == (b.span.start, b.span.end)
        return "answer", _same_text(a.answer, b.answer)
    if isinstance(a, DocAnswerPrepared | TableAnswerPrepared) and isinstance(
            b, DocAnswerPrepared | TableAnswerPrepared):
        return "answer", _same_text(a.answer, b.answer)
    if isinstance(a, DetectionPrepared) and isinstance(b, DetectionPrepared):
        return "boxes", _all_matched(match_boxes(a.boxes, b.boxes))
    if isinstance(a, EntitiesPrepared) and isinstance(b, EntitiesPrepared):
        return "entities", _all_matched(match_spans(a.spans, b.spans))
    if isinstance(a, TextPrepared) and isinstance(b, TextPrepared):
        return "text", word_diff(a.text, b.text).identical
    return None


def _all_matched(matching: Matching) -> bool:
    return (not matching.reference_only and not matching.other_only
            and all(pair.same_label for pair in matching.pairs))


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
