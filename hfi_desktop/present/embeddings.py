"""Shape and statistics of nested lists of numbers (feature extraction)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from ._shape import fail, is_number
from .errors import CONTEXT

MAX_DEPTH = 4
EXPECTED = Text(CONTEXT, QT_TRANSLATE_NOOP(
    "PresentError", "a list of numbers, nested up to {depth} levels"), depth=MAX_DEPTH)
STRIP_MAX = 1024


@dataclass(frozen=True)
class Stats:
    dims: tuple[tuple[int, int], ...]  # (shortest, longest) list per nesting level
    count: int
    minimum: float
    maximum: float
    mean: float
    std: float
    first_vector: tuple[float, ...]  # capped at STRIP_MAX numbers
    first_norm: float  # L2 norm of the whole first vector


def _levels(value: object) -> list[list[list[Any]]]:
    """The lists of each nesting level, top first; fails on mixed or too deep nesting."""
    if not isinstance(value, list) or not value:
        fail(EXPECTED, value)
    levels: list[list[list[Any]]] = [[value]]
    while True:
        items = [item for lst in levels[-1] for item in lst]
        if all(is_number(item) for item in items):
            return levels
        if not all(isinstance(item, list) for item in items) or len(levels) == MAX_DEPTH:
            fail(EXPECTED, value)
        if any(not item for item in items):
            fail(Text(CONTEXT, QT_TRANSLATE_NOOP(
                "PresentError", "{expected} (found an empty list)"), expected=EXPECTED), value)
        levels.append(items)


def stats(value: object) -> Stats:
    levels = _levels(value)
    dims = tuple((min(map(len, lists)), max(map(len, lists))) for lists in levels)
    vectors = levels[-1]
    count = 0
    total = 0.0
    squares = 0.0
    low, high = math.inf, -math.inf
    for vector in vectors:
        floats = [float(item) for item in vector]
        count += len(floats)
        total += math.fsum(floats)
        squares += math.fsum(f * f for f in floats)
        low = min(low, *floats)
        high = max(high, *floats)
    mean = total / count
    variance = max(squares / count - mean * mean, 0.0)
    first = [float(item) for item in vectors[0]]
    return Stats(
        dims=dims,
        count=count,
        minimum=low,
        maximum=high,
        mean=mean,
        std=math.sqrt(variance),
        first_vector=tuple(first[:STRIP_MAX]),
        first_norm=math.sqrt(math.fsum(f * f for f in first)),
    )
