"""What a round of the arena is made of: two targets (a model, or a model on a provider),
the user's verdict, and the vote that records them with the input behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence


class Verdict(StrEnum):
    """What the user said of a round: A is better, B is better, as good, or both bad."""

    A = "a"
    B = "b"
    TIE = "tie"
    BOTH_BAD = "both_bad"


@dataclass(frozen=True, order=True)
class Target:
    """One contestant: a model id (or endpoint URL) and the provider its calls go to (None:
    the app's default routing)."""

    model: str
    provider: str | None = None

    def label(self) -> str:
        """"model" or "model · provider" (what the leaderboard and the CSV files show)."""
        return f"{self.model} · {self.provider}" if self.provider else self.model


@dataclass(frozen=True)
class Pair:
    """The two targets of a round, already on their sides (``a`` is shown as "A")."""

    a: Target
    b: Target


@dataclass(frozen=True)
class Vote:
    """One vote. ``inputs`` and ``parameters`` are what both targets were sent (JSON-safe
    once stored: text as text, files as references into the arena's content store);
    ``latency_a_s`` / ``latency_b_s`` each side's time (None: it failed before answering);
    ``time`` seconds since the epoch; ``id`` set by the store."""

    task_id: str
    pair: Pair
    verdict: Verdict
    input_summary: str = ""
    note: str = ""
    time: float = 0.0
    latency_a_s: float | None = None
    latency_b_s: float | None = None
    inputs: Mapping[str, Any] = field(default_factory=dict)
    parameters: Mapping[str, Any] = field(default_factory=dict)
    id: int | None = None

    def score_a(self) -> float:
        """A's share of the win: 1, 0, or one half for a tie or "both bad"."""
        if self.verdict is Verdict.A:
            return 1.0
        if self.verdict is Verdict.B:
            return 0.0
        return 0.5

    def involves(self, target: Target) -> bool:
        return target in (self.pair.a, self.pair.b)


def votes_of(votes: Sequence[Vote], target: Target) -> list[Vote]:
    """The votes ``target`` took part in (what the leaderboard lists under it)."""
    return [vote for vote in votes if vote.involves(target)]
