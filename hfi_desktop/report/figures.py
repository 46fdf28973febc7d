"""The figures per target a report sums up: runs, failures, latency, tokens, cost."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Report, Target


@dataclass(frozen=True)
class TargetFigures:
    target: Target
    done: int
    failed: int
    latencies: tuple[float, ...]  # of the answers (failures not), in row order
    scores: tuple[float, ...]
    tokens: int | None  # None: no cell said
    cost_usd: float | None

    @property
    def mean_latency_s(self) -> float | None:
        return statistics.fmean(self.latencies) if self.latencies else None

    @property
    def median_latency_s(self) -> float | None:
        return statistics.median(self.latencies) if self.latencies else None


def target_figures(report: Report) -> tuple[TargetFigures, ...]:
    """One :class:`TargetFigures` per target, in the report's order."""
    out = []
    for index, target in enumerate(report.targets):
        cells = [row.cells[index] for row in report.rows if index < len(row.cells)]
        tokens = [c.tokens for c in cells if c.tokens is not None]
        costs = [c.cost_usd for c in cells if c.cost_usd is not None]
        out.append(TargetFigures(
            target=target,
            done=sum(c.status == "done" for c in cells),
            failed=sum(c.status == "failed" for c in cells),
            latencies=tuple(c.latency_s for c in cells
                            if c.status == "done" and c.latency_s is not None),
            scores=tuple(c.score for c in cells if c.score is not None),
            tokens=sum(tokens) if tokens else None,
            cost_usd=sum(costs) if costs else None,
        ))
    return tuple(out)


def seconds(value: float | None) -> str:
    """``0.84 s``, ``12.3 s``, ``—`` for None."""
    if value is None:
        return "—"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def dollars(value: float | None) -> str:
    if value is None:
        return "—"
    return f"${value:.4f}" if value < 1 else f"${value:.2f}"


def count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"
