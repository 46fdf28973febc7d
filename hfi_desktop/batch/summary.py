"""A batch's summary: per target, its counts, mean latency, tokens and cost; between targets,
how often they agree (the share of rows compared where they do). Pure and quick."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .agreement import RowAgreement
    from .model import BatchPlan, CellOutcome


@dataclass(frozen=True)
class TargetSummary:
    """One target's figures over its finished cells; ``tokens``/``cost_usd``: totals over
    the cells that report them (None: none does)."""

    index: int
    label: str
    done: int
    failed: int
    remaining: int
    mean_latency_s: float | None
    tokens: int | None
    cost_usd: float | None


@dataclass(frozen=True)
class BatchSummary:
    """``agreement[i][j]``: the share of rows where targets i and j agree, among the rows
    where both have a comparable result (None: no such row; 1.0 on the diagonal);
    ``compared[i][j]``: how many rows that is."""

    targets: list[TargetSummary]
    agreement: list[list[float | None]]
    compared: list[list[int]]


def summarize(plan: BatchPlan, outcomes: Mapping[tuple[str, int], CellOutcome],
              agreements: Mapping[str, RowAgreement] | None = None) -> BatchSummary:
    """The summary of ``outcomes`` (by cell), with ``agreements`` by input key."""
    count = len(plan.targets)
    per_target: list[list[CellOutcome]] = [[] for _ in range(count)]
    for outcome in outcomes.values():
        if 0 <= outcome.target_index < count:
            per_target[outcome.target_index].append(outcome)
    targets = []
    for index, target in enumerate(plan.targets):
        cells = per_target[index]
        done = [c for c in cells if c.status == "done"]
        tokens = [c.tokens for c in cells if c.tokens is not None]
        costs = [c.cost_usd for c in cells if c.cost_usd is not None]
        targets.append(TargetSummary(
            index, target.label(), len(done), len(cells) - len(done),
            len(plan.inputs) - len(cells),
            sum(c.latency_s for c in done) / len(done) if done else None,
            sum(tokens) if tokens else None, sum(costs) if costs else None))
    agree = [[0] * count for _ in range(count)]
    compared = [[0] * count for _ in range(count)]
    for row in (agreements or {}).values():
        for (i, j), same in row.pairs.items():
            for a, b in ((i, j), (j, i)):
                compared[a][b] += 1
                agree[a][b] += int(same)
    matrix: list[list[float | None]] = [
        [1.0 if i == j else (agree[i][j] / compared[i][j] if compared[i][j] else None)
         for j in range(count)] for i in range(count)]
    return BatchSummary(targets, matrix, compared)
