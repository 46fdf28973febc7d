"""Pause, Resume, Cancel; a batch left unfinished (the app closed mid-batch) resumed from
the notice of a window just opened; Export."""

from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from hfi_desktop.batch.journal import BatchJournal
from hfi_desktop.batch.model import BatchInput, BatchPlan, BatchTarget, CellOutcome
from hfi_desktop.ui.batch import BatchWindow
from hfi_desktop.ui.batch.export_menu import EXPORT_DIALOG_NAME
from hfi_desktop.ui.batch.session import State
from hfi_desktop.ui.main_window import MainWindow
from tests.support.batch_server import BatchScript
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until

from .helpers import (
    TASK,
    choose_in_dialog,
    click,
    finished,
    open_batch,
    run_batch,
    set_models,
    type_lines,
    wait_state,
)

MODEL = "org/slow"


def test_pause_resume_cancel_and_resume_after_cancel(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    script = BatchScript(seed=1, latency=(0.03, 0.06), faults=False)
    script.install(fake_api, [MODEL])
    lines = [f"line {i}" for i in range(24)]
    view = open_batch(window, tmp_path / "batches")
    type_lines(view, lines)
    set_models(view, [MODEL])
    view.targets.concurrency.setValue(2)
    served = lambda: len(fake_api.requests_to(f"/models/{MODEL}"))  # noqa: E731

    async def run() -> None:
        click(view.run_button)
        await wait_until(lambda: len(view.model.outcomes()) >= 3, timeout=20)
        click(view.pause_button)
        assert view.session.state is State.PAUSED
        assert "paused" in view.progress.label.text()
        assert view.resume_button.isEnabled() and not view.pause_button.isEnabled()
        # the calls in flight finish; then no new call starts
        await wait_until(lambda: len(view.session.journal.outcomes) == served(), timeout=10)
        sent = served()
        await asyncio.sleep(0.3)
        assert served() == sent, "no call while paused"
        assert sent < len(lines)

        click(view.resume_button)
        await wait_until(lambda: served() > sent, timeout=10)
        click(view.cancel_button)
        await wait_state(view, State.STOPPED)
        left = len(lines) - len(view.session.journal.outcomes)
        assert left > 0
        assert f"{left} remaining" in view.progress.label.text()
        assert view.resume_button.isEnabled() and view.run_button.isEnabled()

        click(view.resume_button)  # a stopped batch runs its cells left
        await finished(view)

    run_async(run(), timeout=60)
    assert len(view.model.outcomes()) == len(lines)
    assert {o.input_key for o in view.session.journal.outcomes.values()} == \
        {item.key for item in view.session.journal.plan.inputs}
    assert "24 done" in view.progress.label.text()


def _unfinished_batch(folder: Path, done: int) -> tuple[Path, list[str]]:
    """A batch file as an app killed mid-batch leaves it: ``done`` of 10 cells recorded."""
    lines = [f"left over {i}" for i in range(10)]
    plan = BatchPlan(TASK, [BatchInput(f"line {i + 1}", text, {"inputs": text})
                            for i, text in enumerate(lines)], [BatchTarget(MODEL)])
    folder.mkdir(parents=True)
    with BatchJournal.create(folder / "20260101-120000-text-classification.jsonl",
                             plan) as journal:
        for item in plan.inputs[:done]:
            journal.record(CellOutcome(item.key, 0, "done", [[{"label": "POSITIVE",
                                                                "score": 0.9}]], None, 0.01))
    with journal.path.open("a", encoding="utf-8") as file:
        file.write('{"input":"line 9","tar')  # torn by the kill
    return journal.path, lines


def test_an_unfinished_batch_is_offered_and_resumed(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    BatchScript(seed=2, latency=(0.001, 0.003), faults=False).install(fake_api, [MODEL])
    path, lines = _unfinished_batch(tmp_path / "batches", done=4)

    async def run() -> BatchWindow:
        view = open_batch(window, tmp_path / "batches")  # on the loop: it looks for batches
        await wait_until(lambda: view.notice.isVisible(), timeout=10)
        assert "4 of 10 cells" in view.notice.label.text()
        click(view.notice.resume_button)
        await wait_state(view, State.RUNNING, State.FINISHED)
        await finished(view)
        return view

    view = run_async(run(), timeout=30)
    assert view.journal_path() == path
    assert len(fake_api.requests_to(f"/models/{MODEL}")) == 6, "only the cells left"
    model = view.model
    assert [model.index(r, 0).data() for r in range(10)] == lines
    assert model.index(0, model.column_of(0, "result")).data() == "POSITIVE 0.90"
    assert "10 done" in view.progress.label.text()
    assert view.targets.targets() == [BatchTarget(MODEL)]


def test_a_batch_file_opened_from_the_file_menu_shows_its_cells(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    path, _lines = _unfinished_batch(tmp_path / "batches", done=10)
    window.batches.folder = tmp_path / "batches"

    async def run() -> None:
        window.batches.open_action.trigger()
        await choose_in_dialog(window, "batchOpenDialog", path)
        await wait_until(lambda: window.batches.windows, timeout=10)
        view = window.batches.windows[-1]
        await wait_until(lambda: len(view.model.outcomes()) == 10, timeout=10)

    run_async(run(), timeout=30)
    view = window.batches.windows[-1]
    assert view.session.state is State.FINISHED
    assert not view.resume_button.isEnabled()
    assert fake_api.requests_to(f"/models/{MODEL}") == []


def test_export_csv_jsonl_and_the_results_folder(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    models = ["org/a", "org/b"]
    BatchScript(seed=4, latency=(0.001, 0.003), faults=False).install(fake_api, models)
    view = open_batch(window, tmp_path / "batches")
    assert not view.export.button.isEnabled(), "nothing to export before a batch"
    type_lines(view, ["one", "two", "three"])
    set_models(view, models)
    out = tmp_path / "out"
    (out / "all").mkdir(parents=True)  # the folder chosen for Save all

    async def export(key: str, target: Path) -> None:
        menu = view.export.button.menu()
        assert isinstance(menu, QMenu)
        view.export.actions[key].trigger()
        await choose_in_dialog(view, EXPORT_DIALOG_NAME, target)
        await wait_until(lambda: not view.export.busy(), timeout=10)

    async def run() -> None:
        click(view.run_button)
        await finished(view)
        assert view.export.button.isEnabled()
        await export("csv", out / "batch.csv")
        await export("jsonl", out / "batch.jsonl")
        await export("folder", out / "all")

    run_async(run(), timeout=40)
    with (out / "batch.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 6
    assert {(r["input_label"], r["model"]) for r in rows} == \
        {(t, m) for t in ("one", "two", "three") for m in models}
    assert all(r["status"] == "done" and r["top"] for r in rows)
    lines = (out / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and json.loads(lines[0])["result"]
    assert sorted(p.name for p in (out / "all").iterdir()) == \
        ["manifest.json", "results.csv", "results.jsonl"]
    assert "Exported" in view.message.message()


def test_filter_and_failed_only(window: MainWindow, fake_api: FakeInferenceAPI,
                                run_async: RunAsync, tmp_path: Path) -> None:
    script = BatchScript(seed=3, latency=(0.001, 0.003), faults=True, retry_after="0")
    script.install(fake_api, ["org/a"])
    lines = [f"sentence number {i}" for i in range(30)]
    view = open_batch(window, tmp_path / "batches")
    type_lines(view, lines)
    set_models(view, ["org/a"])

    run_batch(view, run_async)
    proxy = view.results.proxy
    failing = [t for t in lines if script.fault("org/a", t) == "500"]
    assert failing
    QTest.mouseClick(view.results.failed_only, Qt.MouseButton.LeftButton)
    assert proxy.rowCount() == len(failing)
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == set(failing)
    QTest.mouseClick(view.results.failed_only, Qt.MouseButton.LeftButton)
    QTest.keyClicks(view.results.filter_box, "number 1")
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == \
        {t for t in lines if "number 1" in t}
