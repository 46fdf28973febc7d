"""A comparison: opened from a page, 2 to 6 models, one Run sends the same request to all
at once; each column has its own result, status, latency and tokens/s; failures stay in
their column; columns are removed, reordered and re-run alone."""

from __future__ import annotations

import asyncio
import re
import time

from PySide6.QtWidgets import QPushButton

from hfi_desktop.runs import RunState
from hfi_desktop.ui.compare import COMPARE_BUTTON_NAME, MAX_COLUMNS, ComparisonView
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers import TextViewer
from tests.support.fake_api import (
    AllAtOnce,
    Delayed,
    FakeInferenceAPI,
    Loading,
    Stream,
    respond_error,
    respond_json,
)
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import numbered_tokens, token_frames

from .helpers import column_of, open_comparison, program, run_all, settle


def generated(text: str) -> list[dict[str, str]]:
    return [{"generated_text": text}]


# ------------------------------------------------------------------------------ opening
def test_the_page_button_and_the_tools_menu_open_the_page_comparison(
        window: MainWindow, run_async: RunAsync) -> None:
    page = window.show_task("text-generation")
    page.model_field.set_model("owner/mine")
    page.inputs["inputs"].set_value("Hello")
    button = page.findChild(QPushButton, COMPARE_BUTTON_NAME)
    assert button is not None and button.text() == "Compare…"
    button.click()
    (view,) = window.compare.views
    assert view.isVisible() and view.parent() is window
    assert [c.model_text() for c in view.columns] == ["owner/mine", ""]
    assert view.columns[0].reference_button.isChecked()
    assert view.snapshot.values == {"inputs": "Hello"}
    assert "“Hello”" in view.form_label.text()

    page.inputs["inputs"].set_value("Hello again")
    assert window.compare.compare_current() is view, "the same comparison, raised"
    assert view.snapshot.values == {"inputs": "Hello again"}, "with the page's form now"
    window.compare.compare_action.trigger()
    assert window.compare.views == [view]
    view.close()
    assert window.compare.views == []


def test_tools_compare_without_a_page_says_what_to_do(window: MainWindow) -> None:
    assert window.compare.compare_current() is None
    assert "Choose a task" in window.statusBar().currentMessage()


def test_two_to_six_models(window: MainWindow, run_async: RunAsync) -> None:
    view = run_async(open_comparison(window, "text-generation", ["a/one", "a/two"]))
    assert not view.columns[0].remove_button.isEnabled(), "never fewer than two"
    while view.add_column("") is not None:
        pass
    assert len(view.columns) == MAX_COLUMNS == 6
    assert not view.add_button.isEnabled()
    assert [c.number.text() for c in view.columns] == ["1", "2", "3", "4", "5", "6"]
    view.columns[2].remove_button.click()
    assert len(view.columns) == 5 and view.add_button.isEnabled()
    for column in list(view.columns):
        view.remove_column(column)
    assert len(view.columns) == 2


def test_a_bad_model_is_refused_in_its_column_and_the_others_run(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {"a/good": generated("fine")})
    view = run_async(open_comparison(window, "text-generation", ["a/good", "not a model!"]))
    bad = view.columns[1]
    assert "not a model id" in bad.model_message.message()
    run_async(run_all(view))
    assert view.columns[0].state is RunState.DONE
    assert bad.state is None and "not a model id" in bad.model_message.message()
    assert not [r for r in fake_api.requests if "not a model" in r.path]


def test_a_bad_form_sends_nothing_and_says_why(window: MainWindow, fake_api: FakeInferenceAPI,
                                               run_async: RunAsync) -> None:
    view = run_async(open_comparison(window, "text-generation", ["a/one", "a/two"]))
    view.page.inputs["inputs"].set_value("")  # type: ignore[union-attr]
    view.take_page_form()
    assert view.run_all() == []
    assert "Not sent" in view.message.message()
    assert "Use the page's form" in view.message.message()
    assert not fake_api.requests_to("/models/a/one")


# ------------------------------------------------------------------------------ running
def test_run_all_sends_the_same_request_to_every_model_at_once(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    models = ["a/one", "b/two", "c/three"]
    at_once = AllAtOnce(len(models))  # each answered once all three are in: sent together
    program(fake_api, {m: at_once.then(Delayed(0.4, respond_json(generated(f"from {m}"))))
                       for m in models})
    view = run_async(open_comparison(window, "text-generation", models))
    view.page.parameters.set_values({"max_new_tokens": 12})  # type: ignore[union-attr]
    view.take_page_form()
    run_async(run_all(view))
    requests = [fake_api.requests_to(f"/models/{m}")[0] for m in models]
    assert all(r.json() == requests[0].json() for r in requests), "the same request"
    assert requests[0].json()["parameters"] == {"max_new_tokens": 12}
    for column, model in zip(view.columns, models, strict=True):
        viewer = column.panel.viewer
        assert isinstance(viewer, TextViewer) and viewer.text() == f"from {model}"
        assert column.latency_s is not None and column.latency_s >= 0.4
        assert re.fullmatch(r"Done · HTTP 200 · [0-9.]+ s.*", column.status.label.text())
        assert column.panel.details.isEnabled()


def test_four_models_one_fails_one_loading(window: MainWindow, fake_api: FakeInferenceAPI,
                                           run_async: RunAsync) -> None:
    program(fake_api, {
        "m/ok": Delayed(0.2, respond_json(generated("ok answer"))),
        "m/broken": respond_error(500, "CUDA out of memory"),
        "m/loading": Loading(times=1, estimated_time=2.0, hold_s=3.0,
                             then=respond_json(generated("loaded answer"))),
        "m/fine": respond_json(generated("fine answer")),
    })
    view = run_async(open_comparison(window, "text-generation",
                                     ["m/ok", "m/broken", "m/loading", "m/fine"]))
    loading = column_of(view, "m/loading")

    async def main() -> None:
        tasks = view.run_all()
        assert len(tasks) == 4
        await wait_until(lambda: loading.status.progress.isVisible(), timeout=5)
        assert "loading" in loading.status.label.text()
        assert view.is_running() and view.cancel_button.isEnabled()
        await asyncio.gather(*tasks)
        await settle(view)

    run_async(main())
    broken = column_of(view, "m/broken")
    assert broken.state is RunState.ERROR
    assert broken.panel.state() == "error"
    assert broken.panel.error_box.title.text() == "The server failed"
    assert "CUDA out of memory" in broken.panel.error_box.message.text()
    assert broken.status.label.text().startswith("Failed · HTTP 500")
    for model, text in (("m/ok", "ok answer"), ("m/loading", "loaded answer"),
                        ("m/fine", "fine answer")):
        column = column_of(view, model)
        assert column.state is RunState.DONE, model
        assert column.panel.viewer.text() == text  # type: ignore[union-attr]
    assert not loading.status.progress.isVisible()
    assert len(fake_api.requests_to("/models/m/loading")) == 2, "503, then waited"
    assert not view.cancel_button.isEnabled()


def test_streams_show_their_own_tokens_per_second(window: MainWindow,
                                                  fake_api: FakeInferenceAPI,
                                                  run_async: RunAsync) -> None:
    program(fake_api, {
        "s/fast": Stream(token_frames(numbered_tokens(40)), delay_s=0.002),
        "s/slow": Stream(token_frames(numbered_tokens(20)), delay_s=0.02),
    })
    view = run_async(open_comparison(window, "text-generation-stream", ["s/fast", "s/slow"]))
    run_async(run_all(view))
    fast, slow = view.columns
    assert (fast.tokens, slow.tokens) == (40, 20)
    assert "40 tokens" in fast.stats.plain_text() and "tok/s" in fast.stats.plain_text()
    assert "20 tokens" in slow.stats.plain_text()
    assert fast.tokens_per_s is not None and slow.tokens_per_s is not None
    assert fast.tokens_per_s > slow.tokens_per_s
    viewer = fast.panel.viewer
    assert isinstance(viewer, TextViewer) and viewer.text().startswith(" t0 t1")


def test_columns_are_removed_reordered_and_rerun_alone(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    models = ["r/a", "r/b", "r/c"]
    program(fake_api, {m: generated(m) for m in models})
    view = run_async(open_comparison(window, "text-generation", models))
    run_async(run_all(view))
    fake_api.clear_requests()

    second = view.columns[1]

    async def rerun() -> None:
        second.run_button.click()
        await wait_until(lambda: second.state is RunState.RUNNING or second.is_running())
        await settle(view)

    run_async(rerun())
    assert [r.path for r in fake_api.requests] == ["/models/r/b"], "that model alone"

    second.right_button.click()
    assert [c.model_text() for c in view.columns] == ["r/a", "r/c", "r/b"]
    assert [view.splitter.indexOf(c) for c in view.columns] == [0, 1, 2]
    assert not second.right_button.isEnabled() and second.number.text() == "3"
    view.columns[0].left_button.setEnabled(True)
    view.move_column(view.columns[0], -1)  # already first: nothing moves
    assert view.columns[0].model_text() == "r/a"

    view.remove_column(view.columns[0])
    assert [c.model_text() for c in view.columns] == ["r/c", "r/b"]
    assert view.reference is view.columns[0], "the reference moves to the first column"


def test_a_rerun_supersedes_the_run_in_progress(window: MainWindow,
                                                fake_api: FakeInferenceAPI,
                                                run_async: RunAsync) -> None:
    fake_api.program("/models/x/slow", Delayed(30.0, respond_json(generated("late"))), times=1)
    fake_api.program("/models/x/slow", respond_json(generated("new")))
    program(fake_api, {"x/other": generated("other")})
    view = run_async(open_comparison(window, "text-generation", ["x/slow", "x/other"]))
    column = view.columns[0]

    async def main() -> float:
        view.run_all()
        await wait_until(lambda: fake_api.requests_to("/models/x/slow"), timeout=5)
        started = time.monotonic()
        view.run_column(column)
        await settle(view)
        return time.monotonic() - started

    # not waited for: the server holds it 30 s, the client's read timeout is 10 s
    assert run_async(main()) < 5.0, "the slow call was waited for"
    viewer = column.panel.viewer
    assert isinstance(viewer, TextViewer) and viewer.text() == "new"
    assert column.state is RunState.DONE


def test_cancel_all(window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {m: Delayed(30.0) for m in ("c/one", "c/two")})
    view: ComparisonView = run_async(open_comparison(window, "text-generation",
                                                     ["c/one", "c/two"]))

    async def main() -> None:
        view.run_all()
        await wait_until(lambda: len(fake_api.requests) >= 2, timeout=5)
        view.cancel_button.click()
        await settle(view, timeout=5)  # well under the client's read timeout (10 s)

    run_async(main())
    assert [c.state for c in view.columns] == [RunState.CANCELLED] * 2
    assert all(c.panel.error_box.title.text() == "Cancelled" for c in view.columns)


def test_removing_a_running_column_or_closing_the_view_cancels_cleanly(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {m: Delayed(30.0) for m in ("k/one", "k/two", "k/three")})
    view = run_async(open_comparison(window, "text-generation", ["k/one", "k/two", "k/three"]))

    async def main() -> None:
        view.run_all()
        await wait_until(lambda: len(fake_api.requests) >= 3, timeout=5)
        removed = view.columns[2]
        task = removed.task
        view.remove_column(removed)
        assert removed not in view.columns and not removed.isVisible()
        assert task is not None
        await asyncio.wait({task}, timeout=5)  # well under the read timeout (10 s)
        assert removed.state is RunState.CANCELLED
        pending = view.running_tasks()
        assert len(pending) == 2
        view.close()  # the others are cancelled; the view goes once they have ended
        assert window.compare.views == []
        await asyncio.wait(pending, timeout=5)
        await asyncio.sleep(0.05)

    run_async(main())
    assert not view.running_tasks()


def test_closing_the_main_window_closes_its_comparisons(window: MainWindow,
                                                        run_async: RunAsync) -> None:
    view = run_async(open_comparison(window, "text-generation", ["a/one", "a/two"]))
    assert view.isVisible()
    window.close()
    assert not view.isVisible() and window.compare.views == []
