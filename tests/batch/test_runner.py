"""The batch runner against the local fake API: waits it honours (429 Retry-After, 503
estimated time), failures kept per cell, per-host concurrency, pause/resume/cancel, resume."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from hfi_desktop.batch.journal import BatchFileError, BatchJournal
from hfi_desktop.batch.model import (
    BatchInput,
    BatchPlan,
    BatchProgress,
    BatchTarget,
    CellOutcome,
)
from hfi_desktop.batch.runner import BatchRunner
from hfi_desktop.inference import HfInference
from hfi_desktop.redaction import register_secret
from tests.support.batch_run import text_plan
from tests.support.batch_server import BatchScript
from tests.support.fake_api import Delayed, FakeInferenceAPI, respond_error, respond_json

TOKEN = "hf_RunnerSecretToken1234567890ab"
LABELS = [[{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]]


class Run:
    """One runner over ``plan`` with recorded sleeps and progress."""

    def __init__(self, tmp_path: Path, plan: BatchPlan, client: Callable[[BatchTarget],
                 HfInference], **options: object) -> None:
        self.journal = BatchJournal.create(tmp_path / "b.jsonl", plan)
        self.sleeps: list[float] = []
        self.progress: list[BatchProgress] = []
        self.outcomes: list[CellOutcome] = []
        self.pool = ThreadPoolExecutor(8)
        self.client = client
        self.options = options
        self.runner: BatchRunner | None = None

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0)

    def make(self) -> BatchRunner:
        loop = asyncio.get_running_loop()
        self.runner = BatchRunner(self.journal.plan, self.journal, client_for=self.client,
                                  offload=lambda fn: loop.run_in_executor(self.pool, fn),
                                  sleep=self.sleep, **self.options)  # type: ignore[arg-type]
        return self.runner

    async def run(self) -> None:
        await self.make().run(self.outcomes.append, self.progress.append)

    def __call__(self) -> list[CellOutcome]:
        try:
            asyncio.run(self.run())
        finally:
            self.pool.shutdown()
        return self.outcomes


def _plan(texts: list[str], models: list[str], concurrency: int = 4) -> BatchPlan:
    return BatchPlan("text-classification",
                     [BatchInput(f"line {i + 1}", t, {"inputs": t}) for i, t in enumerate(texts)],
                     [BatchTarget(m) for m in models], concurrency_per_host=concurrency)


def test_a_429_waits_for_its_retry_after_then_retries(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_json({"error": "slow down"}, 429,
                                                  {"Retry-After": "7"}), times=1)
        api.program("/models/org/a", respond_json(LABELS))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["great"], ["org/a"]), lambda t: client)
        (outcome,) = run()
    assert run.sleeps == [7.0]
    assert outcome.status == "done" and outcome.attempts == 2
    assert outcome.result == LABELS[0]
    assert any(p.waiting and "rate limited (HTTP 429)" in p.waiting for p in run.progress)


def test_a_long_retry_after_is_capped_and_counted_as_an_attempt(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_json({"error": "slow down"}, 429,
                                                  {"Retry-After": "3600"}))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["great"], ["org/a"]), lambda t: client,
                  max_attempts=3, max_wait_s=30.0)
        (outcome,) = run()
    assert run.sleeps == [30.0, 30.0]  # two waits between three attempts
    assert outcome.status == "failed" and outcome.attempts == 3
    assert outcome.error is not None and outcome.error.startswith("Too many requests: HTTP 429")


def test_a_loading_model_is_waited_for_by_its_estimated_time(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_error(503, "Model org/a is currently loading",
                                                   estimated_time=12.5), times=1)
        api.program("/models/org/a", respond_json(LABELS))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["great"], ["org/a"]), lambda t: client)
        (outcome,) = run()
        sent = api.requests_to("/models/org/a")
    assert run.sleeps == [12.5]
    assert outcome.status == "done" and outcome.attempts == 2
    assert len(sent) == 2 and not sent[0].wants_model_wait  # no worker held for the wait


def test_a_failed_cell_keeps_its_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    register_secret(TOKEN)
    with FakeInferenceAPI() as api:
        api.program("/models/org/bad", respond_error(500, f"crashed (token {TOKEN})"))
        api.program("/models/org/good", respond_json(LABELS))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["one", "two", ""], ["org/bad", "org/good"]),
                  lambda t: client)
        outcomes = {o.cell: o for o in run()}
    assert len(outcomes) == 6
    bad = outcomes[("line 1", 0)]
    assert bad.status == "failed" and bad.error is not None
    assert bad.error.startswith("The server failed: HTTP 500: crashed") and TOKEN not in bad.error
    assert outcomes[("line 2", 1)].status == "done"
    empty = outcomes[("line 3", 1)]  # refused before sending: the form's message
    assert empty.status == "failed" and empty.attempts == 0 and "Text" in (empty.error or "")
    assert TOKEN not in (tmp_path / "b.jsonl").read_text()
    assert any(p.eta_s is not None and p.eta_s > 0 for p in run.progress[:-1])
    assert run.progress[-1] == BatchProgress(done=2, failed=4, remaining=0, eta_s=0.0)


def test_each_host_has_its_own_concurrency_limit(tmp_path: Path) -> None:
    script = BatchScript(seed=3, latency=(0.03, 0.06), faults=False)
    with FakeInferenceAPI() as api:
        script.install(api, ["org/a", "org/b"])
        by_host = {"org/a": HfInference(base_url=api.url, hub_url=api.url),
                   "org/b": HfInference(base_url=api.url.replace("127.0.0.1", "localhost"),
                                        hub_url=api.url)}
        run = Run(tmp_path, text_plan(12, models=("org/a", "org/b"), concurrency=2),
                  lambda t: by_host[t.model])
        outcomes = run()
    assert len(outcomes) == 24 and all(o.status == "done" for o in outcomes)
    assert sorted(script.max_in_flight.values()) == [2, 2], script.max_in_flight


def test_pause_holds_new_calls_and_resume_finishes(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_json(LABELS))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["a", "b", "c"], ["org/a"]), lambda t: client)

        async def scenario() -> None:
            runner = run.make()
            runner.pause()
            task = asyncio.ensure_future(runner.run(run.outcomes.append, run.progress.append))
            await asyncio.sleep(0.3)
            assert api.requests_to("/models/org/a") == []
            assert runner.progress().paused and runner.progress().remaining == 3
            runner.resume()
            await asyncio.wait_for(task, 30)

        asyncio.run(scenario())
        run.pool.shutdown()
    assert len(run.outcomes) == 3 and not run.progress[-1].paused


def test_cancel_aborts_the_calls_in_flight_and_records_none_of_them(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", Delayed(30.0, respond_json(LABELS)))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["a", "b", "c", "d", "e"], ["org/a"], concurrency=2),
                  lambda t: client)

        async def scenario() -> float:
            runner = run.make()
            task = asyncio.ensure_future(runner.run(run.outcomes.append))
            while len(api.requests_to("/models/org/a")) < 2:
                await asyncio.sleep(0.01)
            started = time.monotonic()
            runner.cancel()
            await asyncio.wait_for(task, 10)
            return time.monotonic() - started

        took = asyncio.run(scenario())
        run.pool.shutdown()
    assert took < 5 and run.outcomes == [] and run.journal.outcomes == {}
    assert len(api.requests_to("/models/org/a")) == 2  # nothing started after the cancel


def test_a_resumed_batch_runs_only_its_unfinished_cells(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_json(LABELS))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["a", "b", "c"], ["org/a"]), lambda t: client)
        run.journal.record(CellOutcome("line 2", 0, "done", LABELS[0], None, 0.1))
        outcomes = run()
        sent = [r.json()["inputs"] for r in api.requests_to("/models/org/a")]
    assert sorted(sent) == ["a", "c"]
    assert {o.input_key for o in outcomes} == {"line 1", "line 3"}
    assert run.progress[0].done == 1 and run.progress[-1].remaining == 0
    assert len(run.journal.outcomes) == 3


def test_cancel_ends_a_long_wait_at_once(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_json({"error": "slow down"}, 429,
                                                  {"Retry-After": "3600"}))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan(["a"], ["org/a"]), lambda t: client)

        async def scenario() -> None:
            loop = asyncio.get_running_loop()
            runner = BatchRunner(run.journal.plan, run.journal, client_for=run.client,
                                 offload=lambda fn: loop.run_in_executor(run.pool, fn))
            progress: list[BatchProgress] = []
            task = asyncio.ensure_future(runner.run(run.outcomes.append, progress.append))
            while not any(p.waiting for p in progress):
                await asyncio.sleep(0.01)
            assert "waiting 60 s" in (runner.progress().waiting or "")  # capped at 60 s
            runner.cancel()
            await asyncio.wait_for(task, 5)

        asyncio.run(scenario())
        run.pool.shutdown()
    assert run.outcomes == [] and run.journal.outcomes == {}


def test_a_batch_file_that_cannot_be_written_stops_the_batch(tmp_path: Path) -> None:
    with FakeInferenceAPI() as api:
        api.program("/models/org/a", respond_json(LABELS))
        client = HfInference(base_url=api.url, hub_url=api.url)
        run = Run(tmp_path, _plan([f"text {i}" for i in range(10)], ["org/a"], concurrency=1),
                  lambda t: client)

        def full(outcome: CellOutcome) -> CellOutcome:
            raise OSError(28, "No space left on device")

        run.journal.record = full  # type: ignore[method-assign]
        with pytest.raises(BatchFileError, match="cannot be written \\(No space left on device"):
            run()
        calls = len(api.requests_to("/models/org/a"))
    assert calls <= 2  # stopped at once, not after calling for every row
