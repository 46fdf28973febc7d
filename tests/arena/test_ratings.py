"""Bradley-Terry ratings: the fit matches a reference computed here by another method
(gradient ascent on the same log-posterior), recovers the strengths a vote log was drawn
from, and its bootstrap intervals cover them about as often as they claim."""

from __future__ import annotations

import math

import numpy as np
import pytest

from hfi_desktop.arena import Pair, Target, Verdict, Vote, votes_of
from hfi_desktop.arena.ratings import BASE, PRIOR, SCALE, Matches, fit, leaderboard
from hfi_desktop.arena.summary import summarize

from .simulate import TASK, simulate, targets

TRUE = dict(zip(targets(5), [1.2, 0.6, 0.0, -0.4, -1.4], strict=True))
#: Strengths are recovered from a pure Bradley-Terry world (ties, counted as half wins,
#: would draw the fitted ratings together).
NO_TIES = {"tie_rate": 0.0, "both_bad_rate": 0.0}


def reference_fit(votes: list[Vote], prior: float) -> dict[Target, float]:
    """Maximum a posteriori by plain gradient ascent, written independently of the app:
    ties and "both bad" are half a win each; prior ½·prior·Σθ²."""
    names = sorted({t for v in votes for t in (v.pair.a, v.pair.b)})
    at = {t: k for k, t in enumerate(names)}
    theta = np.zeros(len(names))
    rate = 1.0 / len(votes)
    for _ in range(200_000):
        grad = -prior * theta
        for vote in votes:
            a, b = at[vote.pair.a], at[vote.pair.b]
            score = {Verdict.A: 1.0, Verdict.B: 0.0}.get(vote.verdict, 0.5)
            p = 1.0 / (1.0 + math.exp(theta[b] - theta[a]))
            grad[a] += score - p
            grad[b] -= score - p
        theta += rate * 2.0 * grad
        if np.max(np.abs(grad)) < 1e-9:
            break
    else:
        pytest.fail("the reference fit did not converge")
    theta -= theta.mean()
    return {t: BASE + SCALE * theta[at[t]] for t in names}


def test_ratings_match_an_independent_bradley_terry_fit() -> None:
    votes = simulate(TRUE, 400, seed=3)
    expected = reference_fit(votes, PRIOR)
    board = leaderboard(votes, rounds=0)
    assert {row.target: row.rating for row in board} == pytest.approx(expected, abs=0.01)
    assert [row.rating for row in board] == sorted((r.rating for r in board), reverse=True)


def test_the_fit_recovers_the_strengths_the_votes_were_drawn_from() -> None:
    votes = simulate(TRUE, 6000, seed=11, **NO_TIES)
    theta = fit(Matches.of(votes))
    matches = Matches.of(votes)
    truth = np.array([TRUE[t] for t in matches.targets])
    assert theta == pytest.approx(truth - truth.mean(), abs=0.12)


def test_counts_per_target() -> None:
    a, b, c = targets(3)
    votes = [Vote(TASK, Pair(a, b), Verdict.A), Vote(TASK, Pair(b, a), Verdict.A),
             Vote(TASK, Pair(a, c), Verdict.TIE), Vote(TASK, Pair(c, a), Verdict.BOTH_BAD),
             Vote(TASK, Pair(b, c), Verdict.B)]
    rows = {row.target: row for row in leaderboard(votes, rounds=20)}
    assert (rows[a].votes, rows[a].wins, rows[a].ties, rows[a].losses,
            rows[a].both_bad) == (4, 1, 1, 1, 1)
    assert (rows[b].wins, rows[b].losses) == (1, 2)
    assert (rows[c].wins, rows[c].ties, rows[c].losses, rows[c].both_bad) == (1, 1, 0, 1)
    assert len(votes_of(votes, c)) == 3


def test_a_target_that_won_every_vote_has_a_finite_rating() -> None:
    a, b = targets(2)
    board = leaderboard([Vote(TASK, Pair(a, b), Verdict.A)] * 5, rounds=50)
    assert all(math.isfinite(x) for row in board for x in (row.rating, row.low, row.high))
    assert board[0].target == a and board[0].rating > BASE > board[1].rating


def test_intervals_contain_the_rating_and_are_seeded() -> None:
    votes = simulate(TRUE, 300, seed=5)
    first = leaderboard(votes, rounds=100, seed=7)
    assert first == leaderboard(votes, rounds=100, seed=7)
    assert first != leaderboard(votes, rounds=100, seed=8)
    for row in first:
        assert row.low <= row.rating <= row.high
        assert row.high - row.low > 10


def test_intervals_cover_the_true_ratings_about_as_often_as_they_claim() -> None:
    covered = total = 0
    for seed in range(24):
        votes = simulate(TRUE, 300, seed=100 + seed, **NO_TIES)
        truth = np.array(list(TRUE.values()))
        centre = {t: BASE + SCALE * (v - truth.mean()) for t, v in TRUE.items()}
        for row in leaderboard(votes, rounds=100, seed=seed):
            total += 1
            covered += row.low <= centre[row.target] <= row.high
    assert covered / total >= 0.85, f"95% intervals covered {covered} of {total}"


def test_no_votes_no_leaderboard() -> None:
    assert leaderboard([]) == []


def test_a_summary_for_reports() -> None:
    a, b, c = targets(3)
    votes = [Vote(TASK, Pair(a, b), Verdict.A, latency_a_s=0.5, latency_b_s=1.0),
             Vote(TASK, Pair(c, a), Verdict.B, latency_a_s=None, latency_b_s=0.25),
             Vote("other-task", Pair(a, b), Verdict.B, latency_a_s=9.0)]
    summary = summarize(TASK, votes, rounds=10)
    assert summary.task_id == TASK and len(summary.votes) == 2
    assert summary.standings[0].target == a
    assert summary.latencies() == {a: [0.5, 0.25], b: [1.0], c: []}
    assert summary.votes_of(c) == [votes[1]]
