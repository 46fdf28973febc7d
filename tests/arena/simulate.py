"""A vote log drawn from known strengths (a Bradley-Terry world with ties)."""

from __future__ import annotations

import math
import random

from hfi_desktop.arena import Pair, Target, Verdict, Vote

TASK = "text-generation"


def targets(count: int) -> list[Target]:
    return [Target(f"org/model-{k}", "together" if k % 2 else None) for k in range(count)]


def simulate(strengths: dict[Target, float], count: int, seed: int, *,
             tie_rate: float = 0.15, both_bad_rate: float = 0.05) -> list[Vote]:
    """``count`` votes on random pairs: a tie or "both bad" with their rates, else A wins
    with probability sigmoid(θ_A - θ_B)."""
    rng = random.Random(seed)
    pool = list(strengths)
    votes = []
    for n in range(count):
        a, b = rng.sample(pool, 2)
        roll = rng.random()
        if roll < tie_rate:
            verdict = Verdict.TIE
        elif roll < tie_rate + both_bad_rate:
            verdict = Verdict.BOTH_BAD
        else:
            p = 1.0 / (1.0 + math.exp(strengths[b] - strengths[a]))
            verdict = Verdict.A if rng.random() < p else Verdict.B
        votes.append(Vote(TASK, Pair(a, b), verdict, f"input {n}", time=1e9 + n,
                          latency_a_s=0.5, latency_b_s=0.7))
    return votes
