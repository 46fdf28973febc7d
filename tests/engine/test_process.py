"""The engine process: it ends with its parent (stdin closed) or on SIGTERM, keeps loaded
models within its memory budget, and stops work whose client went away."""

from __future__ import annotations

import json
import re
import signal
import socket
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.engine.conftest import MINILM
from tests.support.engine_process import EngineProcess, start_engine

WAIT = {"X-Wait-For-Model": "true"}
TEXT = {"inputs": "the cat sat on the mat"}


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def small_engine(
    hf_home: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EngineProcess]:
    """Two tiny models at a time (each counts 64 MB for the engine's share besides its
    weights), one request at a time."""
    log = tmp_path_factory.mktemp("small") / "engine.log"
    running = start_engine(hf_home, log, "--memory-budget-mb", "150", "--workers", "1")
    yield running
    running.stop()


def test_closing_stdin_ends_the_engine(hf_home: Path, tmp_path: Path) -> None:
    running = start_engine(hf_home, tmp_path / "engine.log")
    assert running.get("/health").json()["status"] == "ok"
    assert running.stop() == 0
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{running.url}/health", timeout=5)


def test_sigterm_ends_the_engine(hf_home: Path, tmp_path: Path) -> None:
    running = start_engine(hf_home, tmp_path / "engine.log")
    running.process.send_signal(signal.SIGTERM)
    assert running.process.wait(timeout=30) == 0
    running.stop()


def test_it_listens_on_loopback_only(engine: EngineProcess) -> None:
    assert engine.url.startswith("http://127.0.0.1:")
    assert len(engine.token) >= 32


def test_least_recently_used_models_make_room(small_engine: EngineProcess) -> None:
    def loaded() -> set[str]:
        data = small_engine.get("/v1/models").json()["data"]
        return {item["id"] for item in data if item["loaded"]}

    def run(model_id: str, body: dict[str, str]) -> None:
        reply = small_engine.post(f"/models/{model_id}", body, headers=WAIT)
        assert reply.ok, small_engine.explain(reply)

    run("tiny/bert-classifier", TEXT)
    run("tiny/bert-mlm", {"inputs": "the cat sat on the [MASK]"})
    assert loaded() == {"tiny/bert-classifier", "tiny/bert-mlm"}
    run("tiny/bert-classifier", TEXT)  # used
    run("tiny/bert-features", TEXT)
    assert loaded() == {"tiny/bert-classifier", "tiny/bert-features"}


def test_models_first_asked_at_once_all_load_right(hf_home: Path, tmp_path: Path) -> None:
    """Loads side by side once left a model with tensors on the "meta" device (500s at its
    first run): four models asked at once from a fresh engine all answer."""
    running = start_engine(hf_home, tmp_path / "engine.log")
    bodies = {
        "tiny/bert-classifier": TEXT,
        "tiny/bert-mlm": {"inputs": "the cat sat on the [MASK]"},
        "tiny/bert-ner": {"inputs": "John went to London"},
        "tiny/bert-features": TEXT,
    }
    try:
        with ThreadPoolExecutor(len(bodies)) as pool:
            replies = list(pool.map(
                lambda item: running.post(f"/models/{item[0]}", item[1], headers=WAIT),
                bodies.items()))
        for reply in replies:
            assert reply.status_code == 200, running.explain(reply)
    finally:
        running.stop()


def test_a_model_bigger_than_the_budget_is_refused_saying_so(small_engine: EngineProcess) -> None:
    body = {"inputs": {"source_sentence": "a", "sentences": ["b"]}}
    reply = small_engine.post(f"/models/{MINILM}", body, headers=WAIT)
    assert reply.status_code == 507
    assert "budget of 150 MB" in reply.json()["error"]


class Stream:
    """A TGI-style stream read by event; its connection stays open until ``close()`` (the
    lines' iterator is kept: dropping it would close the connection)."""

    def __init__(self, engine: EngineProcess, max_new_tokens: int) -> None:
        parameters = {"max_new_tokens": max_new_tokens}
        body = {"inputs": "the cat", "stream": True, "parameters": parameters}
        self.reply = engine.post("/models/tiny/gpt2-chat", body, headers=WAIT, stream=True)
        assert self.reply.status_code == 200, self.reply.text
        self._lines = self.reply.iter_lines()

    def next_event(self) -> dict[str, object]:
        for line in self._lines:
            if line.startswith(b"data:"):
                return json.loads(line[5:])  # type: ignore[no-any-return]
        raise AssertionError("no event")

    def close(self) -> None:
        self.reply.close()


def test_a_stream_whose_client_went_away_stops_generating(small_engine: EngineProcess) -> None:
    stream = Stream(small_engine, 2000)
    assert stream.next_event()["generated_text"] is None
    assert stream.next_event()["generated_text"] is None
    stream.close()
    pattern = re.compile(r"generation stopped after (\d+) tokens")
    wait_until(lambda: pattern.search(small_engine.log.read_text()) is not None, "the stop")
    found = pattern.search(small_engine.log.read_text())
    assert found is not None and int(found.group(1)) < 2000
    wait_until(lambda: small_engine.get("/health").json()["requests"] == 0, "no request left")


def test_a_queued_request_whose_client_went_away_never_runs(small_engine: EngineProcess) -> None:
    small_engine.post("/models/tiny/bert-classifier", TEXT, headers=WAIT)  # loaded
    busy = Stream(small_engine, 2000)  # holds the only worker for seconds
    busy.next_event()
    host, port = small_engine.url.removeprefix("http://").split(":")
    body = json.dumps(TEXT).encode()
    request = (
        f"POST /models/tiny/bert-classifier HTTP/1.1\r\nHost: {host}\r\n"
        f"Authorization: Bearer {small_engine.token}\r\nX-Wait-For-Model: true\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with socket.create_connection((host, int(port)), timeout=30) as queued:
        queued.sendall(request)
        wait_until(lambda: small_engine.get("/health").json()["requests"] == 2, "the queue")
    wait_until(lambda: "cancelled before it started" in small_engine.log.read_text(), "the cancel")
    busy.close()
    wait_until(lambda: small_engine.get("/health").json()["requests"] == 0, "no request left")


def test_without_the_local_extra_it_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hfi_desktop.engine import __main__ as entry

    monkeypatch.setattr(entry, "REQUIRED", ("uvicorn", "no_such_package_for_the_engine"))
    assert entry.main(["--port", "0"]) == entry.EXIT_MISSING_PACKAGES
    captured = capsys.readouterr()
    assert captured.out == ""  # no URL line: the app knows it did not start
    assert "no_such_package_for_the_engine" in captured.err
    assert "[local]" in captured.err


def test_a_long_generation_does_not_hold_other_requests_up(engine: EngineProcess) -> None:
    assert engine.post("/models/tiny/bert-classifier", TEXT, headers=WAIT).ok  # loaded
    busy = Stream(engine, 2000)
    try:
        busy.next_event()
        reply = engine.post("/models/tiny/bert-classifier", TEXT)
        assert reply.status_code == 200
        # The generation still runs: the classification did not wait for it.
        assert engine.get("/health").json()["requests"] == 1
        assert busy.next_event()["generated_text"] is None  # and it goes on
    finally:
        busy.close()
    wait_until(lambda: engine.get("/health").json()["requests"] == 0, "no request left")


def test_two_generations_of_one_model_run_side_by_side(engine: EngineProcess) -> None:
    first = Stream(engine, 2000)
    try:
        first.next_event()
        second = Stream(engine, 2000)
        try:
            assert second.next_event()["generated_text"] is None
            assert engine.get("/health").json()["requests"] == 2  # the first still runs
            assert first.next_event()["generated_text"] is None
        finally:
            second.close()
    finally:
        first.close()
    wait_until(lambda: engine.get("/health").json()["requests"] == 0, "no request left")
