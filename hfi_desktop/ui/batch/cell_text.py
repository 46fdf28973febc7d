"""What the table shows of a finished cell and of a row's agreement, for a task: adapters
from the batch core's pure functions to the results model's callables."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.batch.model import CellOutcome
    from hfi_desktop.catalog import TaskSpec

    from .results_model import Agree, Describe

SHORT_CHARS = 80
TEXT_KEYS = ("generated_text", "summary_text", "translation_text", "answer", "text", "label")


def short_text(result: object) -> str:
    """Top label and score, the answer, the first words; else compact JSON."""
    item = result
    while isinstance(item, list) and item and isinstance(item[0], list | dict):
        item = item[0]
    if isinstance(item, dict):
        for key in TEXT_KEYS:
            value = item.get(key)
            if isinstance(value, str):
                score = item.get("score")
                text = " ".join(value.split())
                return _cut(f"{text} {score:.2f}" if isinstance(score, float) else text)
    if isinstance(item, str):
        return _cut(" ".join(item.split()))
    return _cut(json.dumps(result, ensure_ascii=False, separators=(",", ":")))


def _cut(text: str) -> str:
    return text if len(text) <= SHORT_CHARS else text[: SHORT_CHARS - 1] + "…"


def describe_for(spec: TaskSpec) -> Describe:
    """A done cell's result in short form (top label and score, the answer, first words)."""
    def describe(outcome: CellOutcome) -> str:
        return short_text(outcome.result)

    return describe


def agreement_of(spec: TaskSpec) -> Agree:
    """A row's agreement: "3/3 agree", "2/3 agree"…, and the share that agrees (to sort)."""
    def agree(cells: Sequence[CellOutcome | None]) -> tuple[str, float | None]:
        answers = [short_text(c.result).rsplit(" ", 1)[0] for c in cells
                   if c is not None and c.status == "done"]
        if len(answers) < 2 or len(cells) < 2:
            return "", None
        most = Counter(answers).most_common(1)[0][1]
        return f"{most}/{len(answers)}", most / len(answers)

    return agree
