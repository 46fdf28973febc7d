"""The figures of the summary panel (pure): per target mean latency, failures, cost; the
agreement matrix (the share of inputs both targets answered, on which they agreed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cell_text import short_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.batch.model import BatchPlan, CellOutcome
    from hfi_desktop.catalog import TaskSpec


@dataclass(frozen=True)
class TargetSummary:
    label: str
    mean_latency_s: float | None
    done: int
    failed: int
    cost_usd: float | None


@dataclass(frozen=True)
class Summary:
    targets: list[TargetSummary]
    agreement: list[list[float | None]]  # [i][j]: share of rows i and j agree on
    done: int
    failed: int
    cost_usd: float | None


def summarize(spec: TaskSpec, plan: BatchPlan, outcomes: Sequence[CellOutcome]) -> Summary:
    count = len(plan.targets)
    by_target: list[list[CellOutcome]] = [[] for _ in range(count)]
    answers: dict[str, dict[int, str]] = {}
    for outcome in outcomes:
        if not 0 <= outcome.target_index < count:
            continue
        by_target[outcome.target_index].append(outcome)
        if outcome.status == "done":
            answers.setdefault(outcome.input_key, {})[outcome.target_index] = \
                short_text(outcome.result).rsplit(" ", 1)[0]
    targets = []
    for target, cells in zip(plan.targets, by_target, strict=True):
        done = [c for c in cells if c.status == "done"]
        costs = [c.cost_usd for c in cells if c.cost_usd is not None]
        targets.append(TargetSummary(
            target.label(),
            sum(c.latency_s for c in done) / len(done) if done else None,
            len(done), len(cells) - len(done), sum(costs) if costs else None))
    matrix: list[list[float | None]] = [[None] * count for _ in range(count)]
    for i in range(count):
        for j in range(count):
            both = [row for row in answers.values() if i in row and j in row]
            if both:
                matrix[i][j] = sum(row[i] == row[j] for row in both) / len(both)
    costs = [t.cost_usd for t in targets if t.cost_usd is not None]
    return Summary(targets, matrix, sum(t.done for t in targets),
                   sum(t.failed for t in targets), sum(costs) if costs else None)
