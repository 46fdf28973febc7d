"""RunRecorder: real task pages over the fake server, recorded in a temporary history."""

from __future__ import annotations

import asyncio
import itertools
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference import HfInference
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.records import FileRef
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.viewers import TextViewer
from tests.support.fake_api import FakeInferenceAPI, Stream, respond_error
from tests.support.paths import example_bytes
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import numbered_tokens, token_frames
from tests.ui.pages import fill_first_example, run_page

from .conftest import stored

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"
FLAN_PATH = "/models/google/flan-t5-xxl"


def test_a_run_is_recorded_with_everything_that_made_it(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you. I love you.")
    page.options.set_values({"use_cache": False, "wait_for_model": True})
    before = time.time()
    assert run_async(run_page(page)) == "done"
    run = page.last_run
    assert run is not None and run.response is not None

    record = stored(history, run.id)
    assert record.task_id == "text-classification"
    assert record.model == "distilbert-base-uncased-finetuned-sst-2-english"
    assert record.form == {"inputs": "I like you. I love you."}
    assert record.parameters == page.parameters.values()
    assert record.options == page.options.values()
    assert record.options["use_cache"] is False and record.options["wait_for_model"] is True
    assert record.state is RunState.DONE and record.error is None
    assert record.result == run.result
    assert record.result[0]["label"] == "POSITIVE"
    assert before - 1 <= record.started_at <= time.time()
    assert record.elapsed_s == pytest.approx(run.elapsed_s)
    assert record.http_status == 200 and record.response_bytes == run.response.bytes > 0
    assert not record.partial and record.text == ""


def test_input_files_and_binary_results_go_to_the_content_store(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    page = window.show_task("image-classification")
    run_async(fill_first_example(page))
    assert run_async(run_page(page)) == "done"
    assert run_async(run_page(page)) == "done"
    assert page.last_run is not None
    given = page.inputs["data"].value()
    assert isinstance(given, FileValue)
    ref = FileRef.from_json(stored(history, page.last_run.id).form["data"])
    assert ref.stored and ref.name == given.name and ref.mime == "image/png"
    assert history.files.get(ref) == given.data == example_bytes(given.name)
    assert history.files.hashes() == {ref.sha256}, "two runs, one copy"

    image_page = window.show_task("text-to-image")
    image_page.inputs["inputs"].set_value("An astronaut riding a horse")
    assert run_async(run_page(image_page)) == "done"
    assert image_page.last_run is not None
    result = FileRef.from_json(stored(history, image_page.last_run.id).result)
    assert result.stored and result.mime.startswith("image/")
    assert history.files.get(result) == image_page.last_run.result.data


def test_keep_inputs_off_keeps_no_input_file(window: MainWindow, history: HistoryService,
                                            settings: Settings, run_async: RunAsync) -> None:
    settings.set("history/keep_inputs", False)
    page = window.show_task("image-classification")
    run_async(fill_first_example(page))
    assert run_async(run_page(page)) == "done"
    assert page.last_run is not None
    ref = FileRef.from_json(stored(history, page.last_run.id).form["data"])
    assert not ref.stored and ref.name.endswith(".png") and ref.size > 0
    assert history.files.hashes() == set()


def test_an_error_is_recorded_as_the_page_showed_it(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    fake_api.program(SST2_PATH, respond_error(404, "Model x does not exist"), times=1)
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("hello")
    assert run_async(run_page(page)) == "error"
    assert page.last_run is not None
    record = stored(history, page.last_run.id)
    assert record.state is RunState.ERROR and record.result is None
    assert record.error == {"title": page.result_panel.error_box.title.text(),
                            "message": page.result_panel.error_box.message.text()}
    assert record.error["title"] == "Model not found"
    assert record.http_status == 404


def test_a_cancelled_stream_is_recorded_as_partial_with_its_text(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    tokens = numbered_tokens(400)
    fake_api.program(FLAN_PATH, Stream(token_frames(tokens), delay_s=0.02))
    page = window.show_task("text-generation-stream")

    async def main() -> None:
        await fill_first_example(page)
        page.run()
        viewer = page.result_panel
        await wait_until(lambda: isinstance(viewer.viewer, TextViewer)
                         and viewer.viewer.token_count >= 10, timeout=10)
        page.cancel()
        await wait_until(lambda: not page.is_running(), timeout=5)

    run_async(main())
    run = page.last_run
    assert run is not None and run.state is RunState.CANCELLED
    record = stored(history, run.id)
    assert record.state is RunState.CANCELLED and record.partial
    assert record.text == run.text and record.text
    assert "".join(tokens).startswith(record.text)
    assert record.tokens == len(run.events)
    assert record.error == {"title": "Cancelled", "message": "The call was cancelled."}
    assert record.result is None


def test_streamed_text_reaches_the_database_every_second_while_it_flows(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    tokens = numbered_tokens(70)
    fake_api.program(FLAN_PATH, Stream(token_frames(tokens), delay_s=0.04))  # ~2.8 s
    page = window.show_task("text-generation-stream")
    writes: list[tuple[float, str]] = []
    update_text = history.update_text

    def spy(run_id: str, text: str, tokens: int | None = None) -> Future[None]:
        writes.append((time.monotonic(), text))
        return update_text(run_id, text, tokens)

    history.update_text = spy  # type: ignore[method-assign]
    seen_in_db: list[str] = []

    async def main() -> None:
        await fill_first_example(page)
        page.run()
        run = page.last_run
        assert run is not None
        while page.is_running():
            seen_in_db.append(stored(history, run.id).text)
            await asyncio.sleep(0.1)

    run_async(main(), timeout=15)
    run = page.last_run
    assert run is not None and run.state is RunState.DONE
    full = run.text
    assert full == "".join(tokens[:-1])  # the last event is the special end token
    growing = [text for text in dict.fromkeys(seen_in_db) if text]
    assert len(growing) >= 2, "the text in the database grew while the stream ran"
    assert all(full.startswith(text) and text != full for text in growing)
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(writes)]
    # At most one write a second; at least one a second (slack for a loaded machine).
    assert gaps and all(0.9 <= gap <= 2.0 for gap in gaps), gaps
    assert stored(history, run.id).text == full


def test_nothing_is_recorded_when_history_is_off(
        window: MainWindow, history: HistoryService, settings: Settings,
        run_async: RunAsync) -> None:
    settings.set("history/enabled", False)
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("private words")
    assert run_async(run_page(page)) == "done"
    assert history.submit(lambda store: store.count()).result(5) == 0
    settings.set("history/enabled", True)
    assert run_async(run_page(page)) == "done"
    assert history.submit(lambda store: store.count()).result(5) == 1


def test_the_access_token_is_never_recorded(
        window: MainWindow, services: Services, history: HistoryService,
        fake_api: FakeInferenceAPI, run_async: RunAsync, tmp_path: Path) -> None:
    token = "hf_NeverWriteThisTokenAnywhere123"
    client = HfInference(token, base_url=fake_api.url, hub_url=fake_api.url)
    services.client = lambda: client
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("hello")
    page.model_field.set_model(f"http://user:{token}@127.0.0.1:1/endpoint")
    run_async(run_page(page))
    assert page.last_run is not None
    record = stored(history, page.last_run.id)
    assert token not in repr(record.to_json())
    assert record.model == "http://127.0.0.1:1/endpoint"
    history.close()
    client.close()
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_a_stream_cut_by_the_server_keeps_its_text_with_the_error(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    tokens = numbered_tokens(50)
    fake_api.program(FLAN_PATH, Stream(token_frames(tokens), cut_after=20))
    page = window.show_task("text-generation-stream")
    run_async(fill_first_example(page))
    assert run_async(run_page(page)) == "error"
    assert page.last_run is not None
    record = stored(history, page.last_run.id)
    assert record.state is RunState.ERROR and record.partial
    assert record.text == "".join(tokens[:20])
    assert record.error is not None
    assert record.error["title"] == page.result_panel.error_box.title.text()
