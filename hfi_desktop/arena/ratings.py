"""Ratings from votes: a Bradley-Terry fit with bootstrap confidence intervals.

Model: P(i beats j) = sigmoid(t_i - t_j), t a target's log-strength. Ties are half a win
each: a tie and a "both bad" vote add ½ log sigmoid(t_i - t_j) + ½ log sigmoid(t_j - t_i)
to the log-likelihood (not the Davidson extension). A weak Gaussian prior, ``PRIOR`` * ½ Σ t²,
keeps the ratings finite when a target won (or lost) every vote and pins their mean to 0;
the fit is the maximum a posteriori, found by Newton's method on the concave log-posterior.

Ratings are shown on the Elo scale: ``BASE + t * 400 / ln 10`` (400 points: 10-to-1 odds).
Confidence intervals: percentiles of the ratings refitted on votes resampled with
replacement (a seeded ``numpy`` generator: the same votes give the same intervals).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from .model import Target, Verdict, Vote

if TYPE_CHECKING:
    from collections.abc import Sequence

BASE = 1000.0
SCALE = 400.0 / math.log(10.0)
PRIOR = 0.05
ROUNDS = 200
LEVEL = 0.95
_TOLERANCE = 1e-10
_MAX_STEPS = 100

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Standing:
    """A target's line on the leaderboard: its rating and confidence interval (Elo scale),
    and its votes by outcome (from its own side's point of view)."""

    target: Target
    rating: float
    low: float
    high: float
    votes: int
    wins: int
    ties: int
    losses: int
    both_bad: int


@dataclass(frozen=True)
class Matches:
    """Votes as arrays: target indices ``i``, ``j`` and i's score ``s`` per vote."""

    targets: tuple[Target, ...]
    i: NDArray[np.intp]
    j: NDArray[np.intp]
    s: Floats

    @classmethod
    def of(cls, votes: Sequence[Vote]) -> Matches:
        targets = tuple(sorted({t for v in votes for t in (v.pair.a, v.pair.b)}))
        index = {t: k for k, t in enumerate(targets)}
        i = np.array([index[v.pair.a] for v in votes], dtype=np.intp)
        j = np.array([index[v.pair.b] for v in votes], dtype=np.intp)
        s = np.array([v.score_a() for v in votes], dtype=np.float64)
        return cls(targets, i, j, s)


def fit(matches: Matches, weights: Floats | None = None, *, prior: float = PRIOR) -> Floats:
    """The log-strengths t (mean 0) that maximise the log-posterior; ``weights``: how many
    times each vote counts (a bootstrap resample), default once."""
    n = len(matches.targets)
    w = np.ones(len(matches.s)) if weights is None else weights
    i, j, s = matches.i, matches.j, matches.s
    theta = np.zeros(n)

    def objective(t: Floats) -> float:
        d = t[i] - t[j]
        # log sigmoid(d) = -log(1 + e^{-d}), written stably with logaddexp
        terms = -s * np.logaddexp(0.0, -d) - (1.0 - s) * np.logaddexp(0.0, d)
        return float(np.dot(w, terms) - 0.5 * prior * np.dot(t, t))

    current = objective(theta)
    for _ in range(_MAX_STEPS):
        d = theta[i] - theta[j]
        p = 1.0 / (1.0 + np.exp(-d))
        r = w * (s - p)
        gradient = np.bincount(i, r, n) - np.bincount(j, r, n) - prior * theta
        c = w * p * (1.0 - p)
        hessian = -prior * np.eye(n)
        np.add.at(hessian, (i, i), -c)
        np.add.at(hessian, (j, j), -c)
        np.add.at(hessian, (i, j), c)
        np.add.at(hessian, (j, i), c)
        step = np.linalg.solve(hessian, -gradient)
        size = 1.0
        while True:  # backtracking: a full Newton step may overshoot far from the top
            candidate = theta + size * step
            value = objective(candidate)
            if value >= current - 1e-12 or size < 1e-6:
                break
            size /= 2.0
        theta, current = candidate, value
        if float(np.max(np.abs(size * step), initial=0.0)) < _TOLERANCE:
            break
    return theta - theta.mean() if n else theta


def to_elo(theta: Floats) -> Floats:
    return BASE + SCALE * theta


def leaderboard(votes: Sequence[Vote], *, rounds: int = ROUNDS, seed: int = 0,
                level: float = LEVEL, prior: float = PRIOR) -> list[Standing]:
    """Every target of ``votes`` with its rating, a ``level`` confidence interval from
    ``rounds`` bootstrap resamples (``seed``), and its counts; best first."""
    if not votes:
        return []
    matches = Matches.of(votes)
    ratings = to_elo(fit(matches, prior=prior))
    low, high = _intervals(matches, rounds, seed, level, prior, ratings)
    standings = [Standing(target, float(ratings[k]), float(low[k]), float(high[k]),
                          *_counts(votes, target))
                 for k, target in enumerate(matches.targets)]
    return sorted(standings, key=lambda row: (-row.rating, row.target))


def _intervals(matches: Matches, rounds: int, seed: int, level: float, prior: float,
               ratings: Floats) -> tuple[Floats, Floats]:
    if rounds <= 0:
        return ratings, ratings
    rng = np.random.default_rng(seed)
    count = len(matches.s)
    samples = np.empty((rounds, len(matches.targets)))
    for r in range(rounds):
        weights = np.bincount(rng.integers(0, count, count), minlength=count).astype(np.float64)
        samples[r] = to_elo(fit(matches, weights, prior=prior))
    tail = (1.0 - level) / 2.0 * 100.0
    return (np.percentile(samples, tail, axis=0),
            np.percentile(samples, 100.0 - tail, axis=0))


def _counts(votes: Sequence[Vote], target: Target) -> tuple[int, int, int, int, int]:
    """(votes, wins, ties, losses, both bad) of ``target``."""
    wins = ties = losses = both_bad = total = 0
    for vote in votes:
        if not vote.involves(target):
            continue
        total += 1
        if vote.verdict is Verdict.TIE:
            ties += 1
        elif vote.verdict is Verdict.BOTH_BAD:
            both_bad += 1
        elif (vote.verdict is Verdict.A) == (vote.pair.a == target):
            wins += 1
        else:
            losses += 1
    return total, wins, ties, losses, both_bad
