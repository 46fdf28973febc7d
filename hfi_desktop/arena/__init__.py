"""The blind arena: two models answer the same input, the user votes, ratings follow (no Qt).

:mod:`.model` (targets, verdicts, votes), :mod:`.pairing` (the pair of a round, sides
shuffled), :mod:`.ratings` (Bradley-Terry with bootstrap confidence intervals)."""

from .model import Pair, Target, Verdict, Vote
from .pairing import PoolError, draw_pair, parse_pool, pool_text, shuffle_sides
from .ratings import Standing, leaderboard, votes_of

__all__ = [
    "Pair",
    "PoolError",
    "Standing",
    "Target",
    "Verdict",
    "Vote",
    "draw_pair",
    "leaderboard",
    "parse_pool",
    "pool_text",
    "shuffle_sides",
    "votes_of",
]
