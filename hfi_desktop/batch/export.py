"""A batch as rows for CSV and JSONL: one per input x target, with every field (the input's
values, the target, the outcome, its short form). Pure; the writers are in
:mod:`hfi_desktop.storage.export.batch`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from hfi_desktop.catalog import FileValue

from .model import FileRef

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .model import BatchPlan, CellOutcome
    from .short_form import ShortForm

#: The fixed columns, in order; the input fields come after ``input_label`` as
#: ``input.<field key>``.
COLUMNS = ("input_key", "input_label", "target", "model", "provider", "status", "short",
           "top", "score", "latency_s", "tokens", "cost_usd", "attempts", "error", "result")


def export_rows(plan: BatchPlan, outcomes: Mapping[tuple[str, int], CellOutcome],
                shorts: Mapping[tuple[str, int], ShortForm] | None = None
                ) -> list[dict[str, object]]:
    """One dict per input x target, in plan order (a cell not run yet has status
    "pending"); files as their path. JSON-safe (JSONL as is; CSV: :func:`csv_cell`)."""
    fields = input_columns(plan)
    rows: list[dict[str, object]] = []
    for row in plan.inputs:
        for index, target in enumerate(plan.targets):
            outcome = outcomes.get((row.key, index))
            short = (shorts or {}).get((row.key, index))
            line: dict[str, object] = {"input_key": row.key, "input_label": row.label}
            for key in fields:
                line[f"input.{key}"] = _input_value(row.values.get(key))
            line.update({
                "target": index, "model": target.model, "provider": target.provider,
                "status": outcome.status if outcome else "pending",
                "short": short.text if short else None,
                "top": short.key if short else None,
                "score": short.score if short else None,
                "latency_s": outcome.latency_s if outcome else None,
                "tokens": outcome.tokens if outcome else None,
                "cost_usd": outcome.cost_usd if outcome else None,
                "attempts": outcome.attempts if outcome else None,
                "error": outcome.error if outcome else None,
                "result": outcome.result if outcome else None,
            })
            rows.append(line)
    return rows


def input_columns(plan: BatchPlan) -> list[str]:
    """The input field keys the plan's rows use, in first-seen order."""
    seen: dict[str, None] = {}
    for row in plan.inputs:
        seen.update(dict.fromkeys(row.values))
    return list(seen)


def header(plan: BatchPlan) -> list[str]:
    """The CSV header: the fixed columns with the input fields after the input's label."""
    return [*COLUMNS[:2], *(f"input.{k}" for k in input_columns(plan)), *COLUMNS[2:]]


def csv_cell(value: object) -> str:
    """A value as a CSV cell: text as is, None empty, numbers plainly, the rest as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _input_value(value: object) -> object:
    if isinstance(value, FileRef):
        return value.path
    if isinstance(value, FileValue):
        return value.path or value.name
    return value
