"""The fake server itself, checked with bare ``requests`` (so client tests can trust it)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator

import pytest
import requests
from PIL import Image

from tests.support.fake_api import (
    FakeInferenceAPI,
    Hang,
    HugeBody,
    Loading,
    Stream,
    fast_token_stream,
    respond_json,
)
from tests.support.sse import sse_event, token_frames
from tests.support.tapes import DEFAULT_MODELS, load_tapes, tape


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def test_replays_the_recording_whose_body_matches(fake_api: FakeInferenceAPI,
                                                  session: requests.Session) -> None:
    url = fake_api.url + "/models/google/flan-t5-xxl"
    plain = session.post(url, json={"inputs": "one plus two equals", "options": {}})
    assert plain.json() == [{"generated_text": "three"}]
    other = session.post(url, json={"inputs": "The answer to the universe is", "options": {}})
    assert other.json() == [{"generated_text": "a"}]
    stream = session.post(url, json={"inputs": "anything", "stream": True, "options": {}})
    assert stream.headers["content-type"] == "text/event-stream"
    assert stream.text == tape("3694ddcc").response_body
    batch = session.post(fake_api.url + "/models/facebook/bart-base",
                         json={"inputs": ["hello", "That is a happy person"], "options": {}})
    assert batch.json() == tape("63f412fa").response_json()


def test_serves_real_files_for_binary_recordings(fake_api: FakeInferenceAPI,
                                                 session: requests.Session) -> None:
    image = session.post(fake_api.url + "/models/lllyasviel/sd-controlnet-canny", data=b"x")
    assert image.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(image.content)).format == "JPEG"
    audio = session.post(fake_api.url + "/models/espnet/kan-bayashi_ljspeech_vits",
                         json={"inputs": "hello there!", "options": {}})
    assert audio.headers["content-type"] == "audio/flac"
    assert audio.content.startswith(b"fLaC")


def test_forced_task_served_on_legacy_and_current_routes(fake_api: FakeInferenceAPI,
                                                         session: requests.Session) -> None:
    model = "sentence-transformers/paraphrase-xlm-r-multilingual-v1"
    expected = tape("48fb6da4").response_json()
    for path in (f"/pipeline/feature-extraction/{model}",
                 f"/models/{model}/pipeline/feature-extraction"):
        reply = session.post(fake_api.url + path, json={"inputs": "That is a happy person"})
        assert reply.json() == expected


def test_hub_routes(fake_api: FakeInferenceAPI, session: requests.Session) -> None:
    tasks = session.get(fake_api.url + "/api/tasks").json()
    assert tasks["text-classification"]["models"][0]["id"] == DEFAULT_MODELS[
        "text-classification"]
    info = session.get(fake_api.url + "/api/models/facebook/bart-base",
                       params={"expand[]": "pipeline_tag"})
    assert info.json()["pipeline_tag"] == "feature-extraction"
    assert fake_api.requests[-1].query == {"expand[]": ["pipeline_tag"]}
    fake_api.set_pipeline_tag("someone/model", "sentence-similarity")
    assert session.get(fake_api.url + "/api/models/someone/model").json()[
        "pipeline_tag"] == "sentence-similarity"
    assert session.get(fake_api.url + "/api/models/unknown/model").status_code == 404


def test_every_recorded_inference_path_is_served(fake_api: FakeInferenceAPI) -> None:
    for recording in load_tapes():
        for path in recording.serving_paths:
            assert (fake_api.library.match(path, b"") is not None) != recording.is_hub


def test_records_requests(fake_api: FakeInferenceAPI, session: requests.Session) -> None:
    session.post(fake_api.url + "/models/x?a=1", data=b"\x00raw", headers={"X-Thing": "1"})
    [request] = fake_api.requests
    assert (request.method, request.path, request.query) == ("POST", "/models/x", {"a": ["1"]})
    assert request.body == b"\x00raw"
    assert request.x_headers == {"x-thing": "1"}
    assert request.header("X-THING") == "1"


def test_program_times_then_recordings(fake_api: FakeInferenceAPI,
                                       session: requests.Session) -> None:
    path = "/models/gpt2"
    fake_api.program(path, respond_json({"error": "boom"}, status=500), times=2)
    statuses = [session.post(fake_api.url + path, json={"inputs": "x"}).status_code
                for _ in range(3)]
    assert statuses == [500, 500, 200]


def test_loading_then_held_until_ready(fake_api: FakeInferenceAPI,
                                       session: requests.Session) -> None:
    path = "/models/gpt2"
    fake_api.program(path, Loading(times=1, estimated_time=3.5, hold_s=0.2))
    first = session.post(fake_api.url + path, json={"inputs": "x", "options": {}})
    assert first.status_code == 503
    assert first.json() == {"error": "Model gpt2 is currently loading", "estimated_time": 3.5}
    start = time.monotonic()
    held = session.post(fake_api.url + path, data=b"x", headers={"X-Wait-For-Model": "true"})
    assert held.status_code == 200
    assert time.monotonic() - start >= 0.2
    assert session.post(fake_api.url + path, json={"inputs": "x"}).status_code == 200


def test_cut_stream_has_no_end(fake_api: FakeInferenceAPI, session: requests.Session) -> None:
    fake_api.program("/s", Stream(token_frames(["a", "b", "c"]), cut_after=2))
    reply = session.post(fake_api.url + "/s", stream=True)
    lines = []
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        for line in reply.iter_lines():
            lines.append(line)
    assert len([x for x in lines if x]) == 2


def test_stream_crlf_and_comments(fake_api: FakeInferenceAPI, session: requests.Session) -> None:
    frames = [b":keep-alive\r\n", sse_event({"a": 1}, eol="\r\n", space=True)]
    fake_api.program("/s", Stream(frames, framing="close"))
    reply = session.post(fake_api.url + "/s")
    assert reply.content == b':keep-alive\r\ndata: {"a":1}\r\n\r\n'
    assert reply.headers["connection"] == "close"


def test_fast_token_stream(fake_api: FakeInferenceAPI, session: requests.Session) -> None:
    fake_api.program("/s", fast_token_stream(100))
    lines = [line for line in session.post(fake_api.url + "/s").iter_lines() if line]
    assert len(lines) == 100
    assert b'"generated_text":" t0' in lines[-1]


def test_huge_body(fake_api: FakeInferenceAPI, session: requests.Session) -> None:
    fake_api.program("/big", HugeBody(300_000, declare_length=False))
    assert len(session.post(fake_api.url + "/big").content) == 300_000
    fake_api.program("/big2", HugeBody(1000))
    assert session.post(fake_api.url + "/big2").headers["content-length"] == "1000"


def test_held_connection_does_not_slow_shutdown() -> None:
    api = FakeInferenceAPI().start()
    api.program("/hang", Hang())
    errors: list[BaseException] = []

    def client() -> None:
        try:
            requests.post(api.url + "/hang", data=b"x", timeout=10)
        except requests.RequestException as error:
            errors.append(error)

    thread = threading.Thread(target=client)
    thread.start()
    api.wait_for_requests(1)
    start = time.monotonic()
    api.stop()
    assert time.monotonic() - start < 5.0  # not the minute Hang() holds the request
    thread.join(5)
    assert errors, "the held request must fail when the server stops"


def test_sees_client_disconnect(fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/hang", Hang())
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.post(fake_api.url + "/hang", data=b"x", timeout=(2, 0.2))
    [request] = fake_api.requests
    assert fake_api.wait_connection_closed(request.client_port, 2)


def test_refused_url(refused_url: str) -> None:
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(refused_url, timeout=2)
