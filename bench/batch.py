"""How close a batch comes to the ideal time at its concurrency limit.

    .venv/bin/python bench/batch.py [--inputs 200] [--concurrency 4] [--repeats 2]

200 inputs x 3 models of text classification against the fake Inference API (in a child
process, so that its threads don't share our GIL), each answer scripted with a latency of
50-150 ms by default (``tests/support/batch_server.py``: a function of model, input and
attempt; no faults), about what a hosted model takes for a short classification. The batch
runs as the app runs it, headless: ``BatchRunner`` on an asyncio loop, its blocking steps
(the calls, the batch file's appends) in a thread pool, writing its journal (JSONL, flushed
per cell) to a temporary folder.

``ideal`` is the sum of the server's latencies divided by the concurrency limit per host
(all three models are on one host): no batch at that limit can be faster. ``wall`` is from
``run()`` to its return. ``batch_wall_ratio = wall / ideal`` (the worst of the repeats);
target <= 1.15.

What is over 1 is the cost per cell beyond the server's latency: the client's own work per
call (about 3 ms of CPU here, see ``client_overhead.py``), the runner's (building the request,
two hops to a worker thread, the journal's append) and the GIL the calls in flight share. It
weighs more the shorter the latency: ``--latency-ms 10 50`` shows it (on this 2-core
machine, loaded by other work, that gave about 1.25).

The last line is ``RESULT batch_wall_ratio=...``.
"""

from __future__ import annotations

import os

os.environ["NO_PROXY"] = "127.0.0.1,localhost"

import argparse
import asyncio
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.gui_timing import start_server  # noqa: E402
from hfi_desktop.batch.journal import BatchJournal  # noqa: E402
from hfi_desktop.batch.model import BatchPlan, CellOutcome  # noqa: E402
from hfi_desktop.batch.runner import BatchRunner  # noqa: E402
from hfi_desktop.inference import HfInference  # noqa: E402
from tests.support.batch_run import MODELS, text_plan  # noqa: E402
from tests.support.batch_server import BatchScript  # noqa: E402

INPUTS = 200
CONCURRENCY = 4
REPEATS = 2
LATENCY_MS = (50.0, 150.0)
TARGET_RATIO = 1.15


def script(latency_ms: tuple[float, float]) -> BatchScript:
    return BatchScript(seed=42, latency=(latency_ms[0] / 1000, latency_ms[1] / 1000),
                       faults=False)


def serve(latency_ms: tuple[float, float]) -> None:
    """Child process: the fake API with the scripted models; runs until stdin closes."""
    from tests.support.fake_api import FakeInferenceAPI

    with FakeInferenceAPI() as api:
        script(latency_ms).install(api, list(MODELS))
        print(api.url, flush=True)
        sys.stdin.read()


def ideal_s(plan: BatchPlan, latency_ms: tuple[float, float]) -> float:
    """The server's latencies over every cell, divided by the concurrency limit."""
    served = script(latency_ms)
    total = sum(served.delay(target.model, str(row.values["inputs"]), 1)
                for row in plan.inputs for target in plan.targets)
    return total / plan.concurrency_per_host


async def run_once(url: str, plan: BatchPlan, folder: Path, index: int
                   ) -> tuple[float, list[CellOutcome]]:
    """One batch run; (wall seconds, outcomes)."""
    journal = BatchJournal.create(folder / f"batch-{index}.jsonl", plan)
    client = HfInference(base_url=url, hub_url=url)
    loop = asyncio.get_running_loop()
    outcomes: list[CellOutcome] = []
    with ThreadPoolExecutor(plan.concurrency_per_host * 2) as pool:
        runner = BatchRunner(plan, journal, client_for=lambda target: client,
                             offload=lambda fn: loop.run_in_executor(pool, fn))
        started = time.perf_counter()
        await runner.run(outcomes.append)
        wall = time.perf_counter() - started
    return wall, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=INPUTS)
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--latency-ms", type=float, nargs=2, default=LATENCY_MS,
                        metavar=("LOW", "HIGH"))
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    latency = (args.latency_ms[0], args.latency_ms[1])
    if args.serve:
        serve(latency)
        return 0

    plan = text_plan(args.inputs, concurrency=args.concurrency)
    ideal = ideal_s(plan, latency)
    proc, url = start_server(__file__, "--latency-ms", *map(str, latency))
    ratios = []
    try:
        with tempfile.TemporaryDirectory(prefix="hfi-bench-batch-") as folder:
            asyncio.run(run_once(url, text_plan(12, concurrency=args.concurrency),
                                 Path(folder), 0))  # warm-up: connections, imports
            for index in range(1, args.repeats + 1):
                wall, outcomes = asyncio.run(run_once(url, plan, Path(folder), index))
                done = sum(o.status == "done" for o in outcomes)
                ratio = wall / ideal
                ratios.append(ratio)
                print(f"run {index}: {len(outcomes)} cells ({done} done) in {wall:.3f} s; "
                      f"ideal {ideal:.3f} s at {plan.concurrency_per_host} per host; "
                      f"ratio {ratio:.3f}")
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(5)
    worst = max(ratios)
    print(f"{args.inputs} inputs x {len(MODELS)} models, latency {latency[0]:.0f}-"
          f"{latency[1]:.0f} ms: worst ratio {worst:.3f} (target <= {TARGET_RATIO}: "
          f"{'ok' if worst <= TARGET_RATIO else 'OVER'})")
    print(f"RESULT batch_wall_ratio={worst:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
