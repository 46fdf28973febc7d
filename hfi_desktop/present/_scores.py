"""Bars: label scores, fill-mask candidates, zero-shot labels, sentence similarity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from . import _shape as shape
from .errors import CONTEXT, PresentError, numbered
from .types import (
    FillMaskPrepared,
    LabelsPrepared,
    Score,
    ScoreGroup,
    SimilarityPrepared,
    ZeroShotPrepared,
)

if TYPE_CHECKING:
    from .context import ResultContext

LABELS = "[{label: string, score: number}]"
FILL_MASK = "[{token_str: string, score: number, sequence: string}]"
ZERO_SHOT = "[{sequence: string, labels: [string], scores: [number]}]"
SIMILARITY = Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "{shape} (one score per sentence)"),
                  shape="[number]")


def _best_first(scores: list[Score]) -> tuple[Score, ...]:
    return tuple(sorted(scores, key=lambda s: s.score, reverse=True))


def labels(result: object, context: ResultContext, base: dict[str, Any]) -> LabelsPrepared:
    items = shape.records(result, LABELS)
    scores = []
    for item in items:
        key = "label" if "label" in item else "answer"  # visual QA answers read as labels
        scores.append(Score(shape.text(item, key, LABELS), shape.number(item, "score", LABELS)))
    return LabelsPrepared(**base, groups=(ScoreGroup("", _best_first(scores)),))


def fill_mask(result: object, context: ResultContext, base: dict[str, Any]) -> FillMaskPrepared:
    items = shape.records(result, FILL_MASK)
    scores = []
    for item in items:
        sequence = shape.text(item, "sequence", FILL_MASK)
        token = item.get("token_str")
        if not isinstance(token, str):
            token = str(item.get("token", "?"))
        score = shape.number(item, "score", FILL_MASK)
        scores.append(Score(token.strip() or token, score, sequence))
    ordered = _best_first(scores)
    return FillMaskPrepared(
        **base,
        groups=(ScoreGroup("", ordered),),
        sequence=ordered[0].detail if ordered else "",
    )


def zero_shot(result: object, context: ResultContext, base: dict[str, Any]) -> ZeroShotPrepared:
    items = shape.records(result, ZERO_SHOT)
    if items and "label" in items[0]:  # today's API: [{label, score}] for one sequence
        scores = [
            Score(shape.text(i, "label", ZERO_SHOT), shape.number(i, "score", ZERO_SHOT))
            for i in items
        ]
        return ZeroShotPrepared(**base, groups=(ScoreGroup(context.text, _best_first(scores)),))
    groups = []
    for item in items:
        sequence = shape.text(item, "sequence", ZERO_SHOT)
        names = item.get("labels")
        values = shape.numbers(item.get("scores"), ZERO_SHOT)
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            shape.fail(ZERO_SHOT, item)
        if len(names) != len(values):
            raise PresentError.saying(
                QT_TRANSLATE_NOOP("PresentError",
                                  "unexpected result: {labels} but {scores} for {sequence}"),
                labels=numbered(len(names), QT_TRANSLATE_NOOP("PresentError", "{n} label"),
                               QT_TRANSLATE_NOOP("PresentError", "{n} labels")),
                scores=numbered(len(values), QT_TRANSLATE_NOOP("PresentError", "{n} score"),
                               QT_TRANSLATE_NOOP("PresentError", "{n} scores")),
                sequence=repr(sequence[:40]))
        group_scores = [Score(n, v) for n, v in zip(names, values, strict=True)]
        groups.append(ScoreGroup(sequence, _best_first(group_scores)))
    return ZeroShotPrepared(**base, groups=tuple(groups))


def similarity(result: object, context: ResultContext, base: dict[str, Any]) -> SimilarityPrepared:
    values = shape.numbers(result, SIMILARITY)
    sentences = context.sentences or tuple(f"Sentence {i + 1}" for i in range(len(values)))
    if len(sentences) != len(values):
        raise PresentError.saying(
            QT_TRANSLATE_NOOP("PresentError", "unexpected result: {scores} for {sentences}"),
            scores=numbered(len(values), QT_TRANSLATE_NOOP("PresentError", "{n} similarity score"),
                           QT_TRANSLATE_NOOP("PresentError", "{n} similarity scores")),
            sentences=numbered(len(sentences), QT_TRANSLATE_NOOP("PresentError", "{n} sentence"),
                              QT_TRANSLATE_NOOP("PresentError", "{n} sentences")))
    scores = [Score(s, v) for s, v in zip(sentences, values, strict=True)]
    return SimilarityPrepared(
        **base,
        groups=(ScoreGroup("", _best_first(scores)),),
        source_sentence=context.source_sentence,
    )
