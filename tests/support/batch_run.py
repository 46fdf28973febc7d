"""Driving a batch in tests and benches: a plan of text-classification inputs over scripted
models, and one run of it on a plain asyncio loop (blocking steps in a thread pool)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from hfi_desktop.batch.journal import BatchJournal
from hfi_desktop.batch.model import BatchInput, BatchPlan, BatchTarget, CellOutcome
from hfi_desktop.batch.runner import BatchRunner
from hfi_desktop.inference import HfInference

MODELS = ("org/alpha", "org/beta", "org/gamma")


def text_plan(count: int, *, models: tuple[str, ...] = MODELS, concurrency: int = 4
              ) -> BatchPlan:
    inputs = [BatchInput(f"line {i + 1}", f"review {i + 1}", {"inputs": f"review number {i + 1}"})
              for i in range(count)]
    return BatchPlan("text-classification", inputs, [BatchTarget(m) for m in models],
                     concurrency_per_host=concurrency)


def scaled_sleep(factor: float) -> Callable[[float], Awaitable[None]]:
    """asyncio.sleep with every wait multiplied by ``factor`` (a Retry-After of 1 s waits
    ``factor`` s), so that tests honour the server's waits in compressed time."""
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(seconds * factor)
    return sleep


def run_batch(journal: BatchJournal, url: str, *, workers: int = 16, sleep_factor: float = 0.05,
              **runner_options: Any) -> list[CellOutcome]:
    """Run (or resume) the journal's batch against ``url`` to its end; its outcomes in the
    order they were recorded."""
    outcomes: list[CellOutcome] = []
    client = HfInference(base_url=url, hub_url=url)
    pool = ThreadPoolExecutor(workers)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        runner = BatchRunner(journal.plan, journal, client_for=lambda target: client,
                             offload=lambda fn: loop.run_in_executor(pool, fn),
                             sleep=scaled_sleep(sleep_factor), **runner_options)
        await runner.run(outcomes.append)

    try:
        asyncio.run(main())
    finally:
        pool.shutdown(wait=True)
    return outcomes


def final_table(journal: BatchJournal) -> dict[tuple[str, int], tuple[object, ...]]:
    """What the results table shows of each cell: status, result, error (not timings)."""
    return {cell: (o.status, o.result, o.error) for cell, o in journal.outcomes.items()}


if __name__ == "__main__":  # python -m tests.support.batch_run <batch file> <server url>
    run_batch(BatchJournal.open(Path(sys.argv[1])), sys.argv[2])
