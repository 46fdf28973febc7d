"""Saving a batch: its rows as CSV or JSONL (one line per input x target, every field), and
Save all: a folder with both, the binary results as files and ``manifest.json`` (the
manifest of Save all: every file with its size and sha256, one entry per cell in ``runs``).

Two steps, as for every save (see :mod:`.plan`): ``plan = plan_batch_…(…)`` in a worker,
show ``plan.conflicts``, then ``plan.write(replace=…)`` in a worker. Reads the batch's
binary results from beside its file: blocking.
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from hfi_desktop.batch.export import csv_cell, export_rows, header
from hfi_desktop.batch.journal import blob_refs

from ..filenames import model_slug, sanitize_filename
from .plan import Artifact, SavePlan
from .tables import csv_bytes

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping

    from hfi_desktop.batch.journal import BatchJournal
    from hfi_desktop.batch.model import BatchPlan, CellOutcome
    from hfi_desktop.batch.short_form import ShortForm

#: The folder of the binary results in Save all.
RESULTS_FOLDER = "results"


def batch_csv(plan: BatchPlan, outcomes: Mapping[tuple[str, int], CellOutcome],
              shorts: Mapping[tuple[str, int], ShortForm] | None = None) -> bytes:
    """The rows as CSV (UTF-8, a header row; cells that would start a spreadsheet formula
    are quoted with ``'``)."""
    columns = header(plan)
    rows = export_rows(plan, outcomes, shorts)
    return csv_bytes(columns, [[csv_cell(row.get(c)) for c in columns] for row in rows])


def batch_jsonl(plan: BatchPlan, outcomes: Mapping[tuple[str, int], CellOutcome],
                shorts: Mapping[tuple[str, int], ShortForm] | None = None) -> bytes:
    """The rows as JSONL: one JSON object per line, results as JSON."""
    lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":"))
             for row in export_rows(plan, outcomes, shorts)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def plan_batch_file(journal: BatchJournal, path: str | os.PathLike[str], fmt: str,
                    shorts: Mapping[tuple[str, int], ShortForm] | None = None) -> SavePlan:
    """Save as ``fmt`` ("csv" or "jsonl") at ``path`` (approved: the dialog asked)."""
    chosen = Path(path)
    writers = {"csv": batch_csv, "jsonl": batch_jsonl}
    if fmt not in writers:
        raise ValueError(f"unknown batch export format {fmt!r}")
    data = writers[fmt](journal.plan, journal.outcomes, shorts)
    artifact = Artifact(chosen.name, "csv" if fmt == "csv" else "json", data, format=fmt,
                        primary=True, task_id=journal.plan.task_id)
    plan = SavePlan(chosen.parent, [artifact])
    plan.approved = frozenset({plan.path_of(artifact)})
    return plan


def plan_batch_folder(journal: BatchJournal, folder: str | os.PathLike[str],
                      shorts: Mapping[tuple[str, int], ShortForm] | None = None) -> SavePlan:
    """Save all: ``results.csv``, ``results.jsonl``, each binary result in ``results/``
    (``<input>--<model>.<ext>``) and ``manifest.json``."""
    plan, outcomes = journal.plan, journal.outcomes
    task = plan.task_id
    artifacts = [
        Artifact("results.csv", "csv", batch_csv(plan, outcomes, shorts), format="csv",
                 task_id=task),
        Artifact("results.jsonl", "json", batch_jsonl(plan, outcomes, shorts), format="jsonl",
                 task_id=task),
    ]
    runs: list[dict[str, object]] = []
    for row in plan.inputs:
        for index, target in enumerate(plan.targets):
            outcome = outcomes.get((row.key, index))
            if outcome is None:
                continue
            cell = f"{row.key}#{index}"
            runs.append({"run": cell, "task": task, "model": target.model,
                         "provider": target.provider, "input": row.key,
                         "state": outcome.status, "folder": RESULTS_FOLDER})
            for number, blob in enumerate(blob_refs(outcome.result)):
                mime = str(blob.get("type") or "application/octet-stream")
                ext = mimetypes.guess_extension(mime) or ".bin"
                suffix = f"-{number + 1}" if number else ""
                stem = f"{Path(row.key).stem}--{model_slug(target.model)}{suffix}"
                kind = mime.split("/", 1)[0] if mime.startswith(("image/", "audio/")) else "file"
                artifacts.append(Artifact(
                    sanitize_filename(stem, ext), kind, journal.blob(blob).data, format=ext[1:],
                    key=cell, folder=RESULTS_FOLDER, run_id=cell, task_id=task,
                    model=target.model))
    return SavePlan(Path(folder), artifacts, manifest=True, runs=runs)

