"""The blind arena: two models answer the same input, the user votes, ratings follow (no Qt).

:mod:`.model` (targets, verdicts, votes), :mod:`.pairing` (the pair of a round, sides
shuffled), :mod:`.ratings` (Bradley-Terry with bootstrap confidence intervals), :mod:`.summary` (a
task's arena as a report shows it)."""

from .model import Pair, Target, Verdict, Vote
from .pairing import PoolError, draw_pair, parse_pool, pool_text, shuffle_sides
from .ratings import Standing, leaderboard, votes_of
from .summary import ArenaSummary, summarize

__all__ = [
    "ArenaSummary",
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
    "summarize",
    "votes_of",
]
