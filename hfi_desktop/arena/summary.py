"""The arena of one task as a report shows it: the leaderboard, the votes behind it, and
each target's latencies (for a plot). Built from the votes a caller read from the store
(``storage.arena_votes.ArenaVotes.votes(task_id)``); no I/O here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import votes_of
from .ratings import LEVEL, ROUNDS, Standing, leaderboard

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Target, Vote


@dataclass(frozen=True)
class ArenaSummary:
    """``standings`` best first; ``votes`` oldest first; ``level`` of the intervals."""

    task_id: str
    standings: tuple[Standing, ...]
    votes: tuple[Vote, ...]
    level: float = LEVEL

    def votes_of(self, target: Target) -> list[Vote]:
        """The votes ``target`` took part in."""
        return votes_of(self.votes, target)

    def latencies(self) -> dict[Target, list[float]]:
        """Each target's answer times in seconds, in the order of the votes (a side that
        failed has none), targets in the leaderboard's order."""
        found: dict[Target, list[float]] = {s.target: [] for s in self.standings}
        for vote in self.votes:
            for target, seconds in ((vote.pair.a, vote.latency_a_s),
                                    (vote.pair.b, vote.latency_b_s)):
                if seconds is not None:
                    found.setdefault(target, []).append(seconds)
        return found


def summarize(task_id: str, votes: Sequence[Vote], *, rounds: int = ROUNDS,
              seed: int = 0) -> ArenaSummary:
    """The summary of ``task_id``'s arena from its votes (others are left out)."""
    own = tuple(vote for vote in votes if vote.task_id == task_id)
    return ArenaSummary(task_id, tuple(leaderboard(own, rounds=rounds, seed=seed)), own)
