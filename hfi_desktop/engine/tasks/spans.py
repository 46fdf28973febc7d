"""Question answering's answer spans from a model's start/end logits (the 4.x pipeline's
decoding): softmax over the context tokens (and the first, the "no answer" one), then the
best start <= end pairs at most ``max_answer_len`` tokens long, scored p(start) * p(end)."""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt


class Span(NamedTuple):
    start: int  # token indexes, both included
    end: int
    score: float


def _softmax(
    logits: npt.NDArray[np.float64], allowed: npt.NDArray[np.bool_]
) -> npt.NDArray[np.float64]:
    masked = np.where(allowed, logits, -np.inf)
    exp = np.exp(masked - masked.max())
    return np.asarray(exp / exp.sum(), dtype=np.float64)


def best_spans(
    start_logits: npt.ArrayLike,
    end_logits: npt.ArrayLike,
    in_context: npt.ArrayLike,
    max_answer_len: int,
    top_k: int,
) -> tuple[list[Span], float]:
    """The ``top_k`` best spans inside the context, best first, and the "no answer" score
    (p(start) * p(end) of the first token)."""
    context = np.asarray(in_context, dtype=bool)
    allowed = context.copy()
    allowed[0] = True  # the [CLS] token: "no answer"
    p_start = _softmax(np.asarray(start_logits, dtype=np.float64), allowed)
    p_end = _softmax(np.asarray(end_logits, dtype=np.float64), allowed)
    null_score = float(p_start[0] * p_end[0])
    p_start = np.where(context, p_start, 0.0)
    p_end = np.where(context, p_end, 0.0)
    scores = np.tril(np.triu(np.outer(p_start, p_end)), max_answer_len - 1)
    order = np.argsort(-scores, axis=None, kind="stable")
    spans = []
    for flat in order[: top_k]:
        start, end = np.unravel_index(flat, scores.shape)
        if scores[start, end] <= 0.0:
            break
        spans.append(Span(int(start), int(end), float(scores[start, end])))
    return spans, null_score
