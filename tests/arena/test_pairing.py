"""The pair of a round: two different targets, sides shuffled by a seedable generator."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from hfi_desktop.arena import PoolError, Target, draw_pair, parse_pool, pool_text


def test_a_pair_of_two_is_shuffled_evenly_and_replays_with_its_seed() -> None:
    one, two = Target("org/one"), Target("org/two", "together")
    sides = Counter(draw_pair([one, two], random.Random(seed)).a for seed in range(400))
    assert set(sides) == {one, two} and 150 < sides[one] < 250
    assert [draw_pair([one, two], random.Random(9)) for _ in range(3)] == \
        [draw_pair([one, two], random.Random(9)) for _ in range(3)]


def test_draws_from_a_pool_are_two_different_targets() -> None:
    pool = [Target(f"org/m{k}") for k in range(5)]
    rng = random.Random(1)
    pairs = [draw_pair(pool, rng) for _ in range(200)]
    assert all(p.a != p.b for p in pairs)
    assert {t for p in pairs for t in (p.a, p.b)} == set(pool)


def test_a_pool_of_one_says_why() -> None:
    with pytest.raises(PoolError, match="two different models"):
        draw_pair([Target("org/a"), Target("org/a")], random.Random(0))


def test_pool_lines() -> None:
    text = "org/a\n\n  org/b together \norg/a · groq\norg/a\n"
    pool = parse_pool(text)
    assert pool == [Target("org/a"), Target("org/b", "together"), Target("org/a", "groq")]
    assert parse_pool(pool_text(pool)) == pool
