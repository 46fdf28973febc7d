"""RunController: one run's lifecycle outside the widgets (a run, cancel, a newer run
superseding one in flight, the error as shown set once)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import TaskSpec, build_request, task
from hfi_desktop.inference import Options
from hfi_desktop.present.error_messages import ErrorView
from hfi_desktop.runs import Run, RunState
from hfi_desktop.ui import run_driver
from hfi_desktop.ui.history.run_recorder import error_of
from hfi_desktop.ui.page_api import PageForm
from hfi_desktop.ui.run_controller import RunController, make_run
from hfi_desktop.ui.run_status import RunStatus
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.viewers import ResultPanel
from tests.support.fake_api import Delayed, FakeInferenceAPI, Hang, respond_error, respond_json
from tests.support.qt_async import RunAsync, wait_until

SPEC = task("text-classification")
SLOW, FAST = "tests/slow-model", "tests/fast-model"


def labels(label: str) -> Any:
    return respond_json([[{"label": label, "score": 0.9}]])


def new_run(model: str = SPEC.default_model) -> Run:
    form = PageForm(model, {"inputs": "I like you."})
    request = build_request(SPEC, form.values, {}, model=model, options=Options())
    return make_run(SPEC, request, form)


class Events:
    """What a controller emitted, in order: ("started" | "progress" | "completed", run)."""

    def __init__(self, controller: RunController) -> None:
        self.seen: list[tuple[str, Run]] = []
        self.running_when_completed: list[bool] = []
        controller.run_started.connect(lambda run: self.seen.append(("started", run)))
        controller.run_completed.connect(self._completed)
        self._controller = controller

    def _completed(self, run: Run) -> None:
        self.seen.append(("completed", run))
        self.running_when_completed.append(self._controller.is_running())

    def completed(self) -> list[Run]:
        return [run for kind, run in self.seen if kind == "completed"]


@pytest.fixture
def parts(qtbot: QtBot, services: Services) -> Iterator[tuple[RunController, ResultPanel,
                                                               RunStatus]]:
    panel, status = ResultPanel(), RunStatus()
    qtbot.addWidget(panel)
    qtbot.addWidget(status)
    controller = RunController(services, panel, status)
    yield controller, panel, status
    controller.cancel()


def test_a_run_starts_at_once_and_completes_with_its_outcome_shown(
        parts: tuple[RunController, ResultPanel, RunStatus], run_async: RunAsync) -> None:
    controller, panel, status = parts
    events = Events(controller)
    run = new_run()

    async def main() -> None:
        controller.start(run)
        # With nothing in flight the run begins before start() returns (a recorder records
        # it at once; the page's last_run is it).
        assert events.seen == [("started", run)] and controller.is_running()
        assert controller.run is run and status.label.text().startswith("Running")
        await wait_until(lambda: events.completed(), timeout=10)

    run_async(main())
    assert events.seen == [("started", run), ("completed", run)]
    assert events.running_when_completed == [False], "a slot may start the next run"
    assert run.state is RunState.DONE and run.error_text is None and run.prepared is not None
    assert panel.state() == "result"
    assert status.label.text().startswith("Done · HTTP 200")


def test_cancel_completes_the_run_as_cancelled(
        parts: tuple[RunController, ResultPanel, RunStatus], fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    controller, panel, status = parts
    fake_api.program(f"/models/{SLOW}", Hang(max_s=5), times=1)
    events = Events(controller)
    run = new_run(SLOW)

    async def main() -> None:
        controller.start(run)
        await wait_until(lambda: fake_api.requests, timeout=5)
        controller.cancel()
        assert status.label.text().startswith("Cancelling")
        await wait_until(lambda: events.completed(), timeout=5)

    run_async(main())
    assert run.state is RunState.CANCELLED
    assert run.error_text == ("Cancelled", "The call was cancelled.")
    assert panel.error_box.title.text() == "Cancelled"
    assert status.label.text().startswith("Cancelled")
    assert not controller.is_running()


def test_a_newer_run_supersedes_the_one_in_flight_whose_late_result_is_ignored(
        parts: tuple[RunController, ResultPanel, RunStatus], fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    controller, panel, _status = parts
    fake_api.program(f"/models/{SLOW}", Delayed(0.8, labels("LATE")), times=1)
    fake_api.program(f"/models/{FAST}", labels("NEW"), times=1)
    events = Events(controller)
    old, new = new_run(SLOW), new_run(FAST)

    async def main() -> None:
        controller.start(old)
        await wait_until(lambda: fake_api.requests, timeout=5)
        task_ = controller.start(new)
        assert controller.run is new and controller.task is task_
        await wait_until(lambda: len(events.completed()) == 2, timeout=10)
        await wait_until(lambda: panel.state() == "result", timeout=5)
        await asyncio.sleep(1.0)  # past the old run's answer

    run_async(main(), timeout=20)
    # The old run completed (as cancelled) before the new one began: never over it.
    assert events.seen == [("started", old), ("completed", old), ("started", new),
                           ("completed", new)]
    assert old.state is RunState.CANCELLED and old.result is None
    assert new.state is RunState.DONE and new.result[0]["label"] == "NEW"
    assert controller.run is new and panel.state() == "result"


def test_runs_superseded_in_one_loop_turn_only_the_last_is_made(
        parts: tuple[RunController, ResultPanel, RunStatus], fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    controller, _panel, _status = parts
    fake_api.program(f"/models/{SLOW}", Hang(max_s=5))
    fake_api.program(f"/models/{FAST}", labels("LAST"), times=1)
    events = Events(controller)
    first, second, last = new_run(SLOW), new_run(SLOW), new_run(FAST)

    async def main() -> None:
        controller.start(first)
        controller.start(second)
        controller.start(last)
        await wait_until(lambda: last in events.completed(), timeout=10)

    run_async(main())
    # The first had begun (it began in start()): it completes as cancelled; the second
    # never began; the last is made.
    assert events.seen == [("started", first), ("completed", first), ("started", last),
                           ("completed", last)]
    assert first.state is RunState.CANCELLED and last.state is RunState.DONE
    assert not controller.is_running()


def test_the_error_as_shown_is_worked_out_once_and_kept_with_the_run(
        parts: tuple[RunController, ResultPanel, RunStatus], fake_api: FakeInferenceAPI,
        run_async: RunAsync, monkeypatch: pytest.MonkeyPatch) -> None:
    controller, panel, status = parts
    fake_api.program(f"/models/{SLOW}", respond_error(404, "Model x does not exist"), times=1)
    calls: list[BaseException] = []
    derive = run_driver.error_view

    def counting(error: BaseException, spec: TaskSpec) -> ErrorView:
        calls.append(error)
        return derive(error, spec)

    monkeypatch.setattr(run_driver, "error_view", counting)
    events = Events(controller)
    run = new_run(SLOW)

    async def main() -> None:
        controller.start(run)
        await wait_until(lambda: events.completed(), timeout=10)

    run_async(main())
    assert run.state is RunState.ERROR and len(calls) == 1
    shown = (panel.error_box.title.text(), panel.error_box.message.text())
    assert run.error_text == shown and shown[0] == "Model not found"
    # The history keeps the same words, from the run (not derived again).
    assert error_of(run) == {"title": shown[0], "message": shown[1]} and len(calls) == 1
    assert status.label.text().startswith("Failed")
