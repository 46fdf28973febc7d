"""Where batch files go (the data folder's ``batches/``) and which of them are unfinished
(blocking: call these through the bridge)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hfi_desktop.batch.journal import BatchFileError, BatchJournal
from hfi_desktop.storage.paths import data_dir

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

BATCHES_DIR_NAME = "batches"
SUFFIX = ".jsonl"


def batches_dir(base: Path | None = None) -> Path:
    return (base if base is not None else data_dir()) / BATCHES_DIR_NAME


def new_batch_path(task_id: str, folder: Path | None = None) -> Path:
    """A name for a new batch file: the time and the task (not created here)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = folder if folder is not None else batches_dir()
    path = folder / f"{stamp}-{task_id}{SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stamp}-{task_id}-{number}{SUFFIX}"
        number += 1
    return path


@dataclass(frozen=True)
class Unfinished:
    """A batch file with cells left to run."""

    path: Path
    task_id: str
    finished: int
    cells: int
    created_at: float


def unfinished_batches(folder: Path | None = None) -> list[Unfinished]:
    """The batch files in ``folder`` with cells left, newest first (damaged ones skipped)."""
    folder = folder if folder is not None else batches_dir()
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            journal = BatchJournal.open(path)
        except BatchFileError as error:
            log.info("batch file skipped: %s", error)
            continue
        cells = journal.plan.cells()
        if len(journal.outcomes) < cells:
            found.append(Unfinished(path, journal.plan.task_id, len(journal.outcomes), cells,
                                    journal.created_at))
    return sorted(found, key=lambda item: item.created_at, reverse=True)
