"""A comparison's runs are recorded like a page's: each column's run (Run all, or re-run
alone) is one record with its model, form and outcome."""

from __future__ import annotations

from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryFilter
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI, Stream, respond_error
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import numbered_tokens, token_frames
from tests.ui.compare.helpers import after, column_of, open_comparison, program, run_all

from .conftest import stored

TASK = "text-generation"


def generated(text: str) -> list[dict[str, str]]:
    return [{"generated_text": text}]


def test_every_column_run_is_recorded(window: MainWindow, history: HistoryService,
                                      fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {"m/ok": generated("ok answer"), "m/fine": generated("fine answer")})
    fake_api.program("/models/m/broken", respond_error(500, "CUDA out of memory"), times=1)
    view = run_async(open_comparison(window, TASK, ["m/ok", "m/broken", "m/fine"]))
    run_async(run_all(view))

    summaries = run_async(history.query(HistoryFilter(task=TASK)))
    assert sorted((s.model, s.state) for s in summaries) == [
        ("m/broken", RunState.ERROR), ("m/fine", RunState.DONE), ("m/ok", RunState.DONE)]
    prompt = view.snapshot.values["inputs"]
    for column in view.columns:
        assert column.run is not None
        record = stored(history, column.run.id)
        assert record.model == column.model_text() and record.task_id == TASK
        assert record.form == {"inputs": prompt}
        assert record.parameters == view.snapshot.parameters
    broken = stored(history, column_of(view, "m/broken").run.id)  # type: ignore[union-attr]
    assert broken.error is not None and broken.error["title"] == "The server failed"
    assert "CUDA out of memory" in broken.error["message"]
    assert broken.http_status == 500 and broken.result is None
    ok_run = column_of(view, "m/ok").run
    assert ok_run is not None
    ok = stored(history, ok_run.id)
    assert ok.result == ok_run.result and "ok answer" in str(ok.result) and ok.error is None

    # Re-run alone: one more record, for that column's model only.
    program(fake_api, {"m/broken": generated("recovered")})
    broken_column = column_of(view, "m/broken")
    run_async(after(view, lambda: view.run_column(broken_column)))
    summaries = run_async(history.query(HistoryFilter(task=TASK)))
    assert len(summaries) == 4
    assert (summaries[0].model, summaries[0].state) == ("m/broken", RunState.DONE)
    assert broken_column.run is not None and summaries[0].id == broken_column.run.id


def test_a_superseded_stream_is_recorded_as_cancelled_with_its_text(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    path = "/models/m/slow"
    fake_api.program(path, Stream(token_frames(numbered_tokens(300)), delay_s=0.02), times=1)
    fake_api.program(path, Stream(token_frames(numbered_tokens(3))))
    program(fake_api, {"m/quick": generated("quick")})
    view = run_async(open_comparison(window, "text-generation-stream", ["m/slow", "m/quick"]))
    slow = column_of(view, "m/slow")

    async def main() -> None:
        first = view.run_column(slow)
        assert first is not None
        await wait_until(lambda: slow.tokens >= 3, timeout=5)
        view.run_column(slow)  # supersedes the first
        await first

    run_async(main())
    run_async(after(view, lambda: None))
    records = run_async(history.query(HistoryFilter(task="text-generation-stream")))
    assert [(r.model, r.state) for r in records] == [("m/slow", RunState.DONE),
                                                     ("m/slow", RunState.CANCELLED)]
    cancelled = stored(history, records[1].id)
    assert cancelled.partial and cancelled.text.startswith(" t0 t1 t2")


def test_nothing_is_recorded_with_history_off(window: MainWindow, history: HistoryService,
                                             settings: Settings, fake_api: FakeInferenceAPI,
                                             run_async: RunAsync) -> None:
    settings.set("history/enabled", False)
    program(fake_api, {"m/a": generated("a"), "m/b": generated("b")})
    view = run_async(open_comparison(window, TASK, ["m/a", "m/b"]))
    run_async(run_all(view))
    assert run_async(history.count(HistoryFilter())) == 0
