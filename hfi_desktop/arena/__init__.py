"""The blind arena: two models answer the same input, the user votes, ratings follow (no Qt).

:mod:`.model` (targets, verdicts, votes), :mod:`.pairing` (the pair of a round, sides
shuffled), :mod:`.ratings` (Bradley-Terry with bootstrap confidence intervals), :mod:`.summary` (a
task's arena as a report shows it).

The package exports the votes and the pairs; ratings and summaries are imported from their
modules, so that NumPy (which the fit needs) loads when a leaderboard is computed, in a
worker, not when the window is built at start-up."""

from .model import Pair, Target, Verdict, Vote, votes_of
from .pairing import PoolError, draw_pair, parse_pool, pool_text, shuffle_sides

__all__ = [
    "Pair",
    "PoolError",
    "Target",
    "Verdict",
    "Vote",
    "draw_pair",
    "parse_pool",
    "pool_text",
    "shuffle_sides",
    "votes_of",
]
