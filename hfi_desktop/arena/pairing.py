"""The pair of a round: two targets the user chose, or two drawn from a pool, put on sides
A and B at random (a seedable ``random.Random``, so a test can replay the draws)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Pair, Target

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence

#: Words between a model and its provider on a line of a pool (``model · provider``).
_SEPARATORS = frozenset({"·", "@", "on"})


class PoolError(ValueError):
    """A pool that cannot make a pair (the message says why, for the user)."""


def shuffle_sides(first: Target, second: Target, rng: random.Random) -> Pair:
    """``first`` and ``second`` on sides A and B, each way round with even odds."""
    return Pair(second, first) if rng.random() < 0.5 else Pair(first, second)


def draw_pair(pool: Sequence[Target], rng: random.Random) -> Pair:
    """Two different targets of ``pool``, drawn uniformly, on shuffled sides (a pool of two
    is the user's pair). Raises PoolError with fewer than two different targets."""
    distinct = list(dict.fromkeys(pool))
    if len(distinct) < 2:
        raise PoolError("The arena needs two different models (or one model on two providers).")
    first, second = rng.sample(distinct, 2)
    return shuffle_sides(first, second, rng)


def parse_pool(text: str) -> list[Target]:
    """One target a line: a model, then optionally its provider (``org/model together``,
    ``org/model · together``); blank lines and repeats are left out."""
    targets: list[Target] = []
    for line in text.splitlines():
        words = [w for w in line.split() if w not in _SEPARATORS]
        if not words:
            continue
        target = Target(words[0], words[1] if len(words) > 1 else None)
        if target not in targets:
            targets.append(target)
    return targets


def pool_text(targets: Sequence[Target]) -> str:
    """The lines :func:`parse_pool` reads back as ``targets``."""
    return "\n".join(t.label() for t in targets)
