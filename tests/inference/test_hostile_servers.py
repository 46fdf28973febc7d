"""Hostile servers (issue 13): a call always ends, a long line costs linear time, nested or
odd JSON gets a clear error, and a redirect never carries the user's inputs or token away."""

from __future__ import annotations

import json
import math
import time
from typing import Any

import pytest

from hfi_desktop.inference import (
    EventTooLargeError,
    HfInference,
    InferenceConnectionError,
    InferenceOutputError,
    InferenceTimeoutError,
    RedirectRefusedError,
    ResponseTooLargeError,
    SSEDecoder,
)
from tests.support.fake_api import (
    FakeInferenceAPI,
    KeepAlivesForever,
    Respond,
    Stream,
    Trickle,
    redirect,
    respond_json,
)
from tests.support.sse import sse_event

from .conftest import MakeClient
from .helpers import FLAN, FLAN_PATH, SST2, SST2_PATH

TOKEN = "hf_hostileServerTestToken0123456789"


def _drain(stream: Any) -> list[Any]:
    with stream:
        return list(stream)


# ------------------------------------------------------------------------ deadlines (5)
def test_a_trickling_answer_ends_at_the_call_deadline(make_client: MakeClient,
                                                      fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Trickle(size=100_000, every_s=0.05))
    client = make_client(timeout=(5, 2), call_deadline_s=1.0)
    start = time.monotonic()
    with pytest.raises(InferenceTimeoutError, match=r"within 1 s \(the call's deadline\)"):
        client.text_classification(inputs="x", model=SST2)
    assert time.monotonic() - start < 10.0
    [request] = fake_api.requests
    assert fake_api.wait_connection_closed(request.client_port, 5.0)


def test_keep_alive_comments_do_not_keep_a_stream_alive(make_client: MakeClient,
                                                        fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, KeepAlivesForever(b":keep-alive\n"))
    client = make_client(timeout=(5, 2), stream_idle_s=1.0)
    start = time.monotonic()
    with pytest.raises(InferenceTimeoutError, match=r"no token .* in 1 s"):
        _drain(client.streaming_request(inputs="x", model=FLAN))
    assert time.monotonic() - start < 10.0


def test_empty_events_do_not_keep_a_stream_alive(make_client: MakeClient,
                                                 fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, KeepAlivesForever(b"data:\n\n"))
    client = make_client(timeout=(5, 2), stream_idle_s=1.0)
    with pytest.raises(InferenceTimeoutError, match="idle deadline"):
        _drain(client.streaming_request(inputs="x", model=FLAN))


def test_a_slow_but_steady_stream_outlives_its_idle_deadline(
        make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    """The idle deadline counts from the last token, not from the start: 12 tokens 0.25 s
    apart (3 s) under a 1.5 s idle deadline."""
    frames = [sse_event({"n": i}) for i in range(12)]
    fake_api.program(FLAN_PATH, Stream(frames, delay_s=0.25))
    client = make_client(timeout=(5, 5), stream_idle_s=1.5, call_deadline_s=1.5)
    assert [e["n"] for e in _drain(client.streaming_request(inputs="x", model=FLAN))] == \
        list(range(12))


def test_deadlines_are_checked(make_client: MakeClient) -> None:
    with pytest.raises(ValueError, match="call_deadline_s"):
        make_client(call_deadline_s=0)
    with pytest.raises(ValueError, match="stream_idle_s"):
        make_client(stream_idle_s=-1)


# ------------------------------------------------------------------ a long line (6)
def _long_line_stream(size: int) -> Stream:
    line = b'data:"' + b"x" * size + b'"'
    return Stream([line[i:i + 1024 * 1024] for i in range(0, len(line), 1024 * 1024)]
                  + [b"\n\n"])


def _seconds_to_read(client: HfInference, fake_api: FakeInferenceAPI, size: int) -> float:
    fake_api.program(FLAN_PATH, _long_line_stream(size), times=1)
    start = time.process_time()  # CPU time: other processes' load on the machine not counted
    [value] = _drain(client.streaming_request(inputs="x", model=FLAN))
    elapsed = time.process_time() - start
    assert len(value) == size
    return elapsed


def test_a_long_line_costs_linear_time(make_client: MakeClient,
                                       fake_api: FakeInferenceAPI) -> None:
    """4 MB vs 16 MB without a newline: linear is ~4x, quadratic ~16x, in this process's CPU
    time (the client reading, the local server sending; best of 3 each), which other work on
    the machine does not inflate as it does wall time."""
    client = make_client(max_event_bytes=32 * 1024 * 1024)
    small = min(_seconds_to_read(client, fake_api, 4 * 1024 * 1024) for _ in range(3))
    large = min(_seconds_to_read(client, fake_api, 16 * 1024 * 1024) for _ in range(3))
    assert large < 9 * small + 0.05, (small, large)


def test_an_event_past_the_limit_is_refused_early(make_client: MakeClient,
                                                  fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, _long_line_stream(64 * 1024 * 1024))
    client = make_client(max_event_bytes=1024 * 1024)
    start = time.monotonic()
    with pytest.raises(InferenceOutputError, match=r"limit of 1,048,576 bytes") as caught:
        _drain(client.streaming_request(inputs="x", model=FLAN))
    assert isinstance(caught.value, ResponseTooLargeError)  # still what it was
    assert time.monotonic() - start < 10.0
    [request] = fake_api.requests
    assert fake_api.wait_connection_closed(request.client_port, 5.0), "the rest was read"


# ------------------------------------------------------------------ odd JSON (10)
DEEP = b"[" * 100_000 + b"]" * 100_000


def test_deeply_nested_json_is_an_output_error(hf: HfInference,
                                               fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Respond(200, DEEP))
    with pytest.raises(InferenceOutputError, match="nested too deeply"):
        hf.request(inputs="x", model=SST2)


def test_a_deeply_nested_stream_event_is_an_output_error(hf: HfInference,
                                                         fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, Stream([b"data:" + DEEP + b"\n\n"]))
    with pytest.raises(InferenceOutputError, match="nested too deeply"):
        _drain(hf.streaming_request(inputs="x", model=FLAN))


def test_an_endless_integer_is_an_output_error(hf: HfInference,
                                               fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Respond(200, b"[" + b"7" * 5000 + b"]"))
    with pytest.raises(InferenceOutputError, match="number too long"):
        hf.request(inputs="x", model=SST2)


NON_FINITE = {"1e400": math.inf, "-1e400": -math.inf, "Infinity": math.inf,
              "-Infinity": -math.inf, "NaN": math.nan}


@pytest.mark.parametrize("literal", NON_FINITE)
def test_non_finite_numbers_are_read_alike(hf: HfInference, fake_api: FakeInferenceAPI,
                                           literal: str) -> None:
    """Overflowing numbers and the Infinity/NaN literals (what Python servers write) are
    read the same way, as the float they stand for, in an answer and in a stream."""
    body = f'{{"score": {literal}}}'.encode()
    fake_api.program(SST2_PATH, Respond(200, body))
    fake_api.program(FLAN_PATH, Stream([b"data:" + body + b"\n\n"]))
    [streamed] = _drain(hf.streaming_request(inputs="x", model=FLAN))
    for value in (hf.request(inputs="x", model=SST2)["score"], streamed["score"]):
        expected = NON_FINITE[literal]
        assert math.isnan(value) if math.isnan(expected) else value == expected


# ------------------------------------------------------------------ redirects
def test_a_redirect_to_another_origin_is_refused(make_client: MakeClient,
                                                 fake_api: FakeInferenceAPI) -> None:
    with FakeInferenceAPI(tapes=[]) as elsewhere:
        elsewhere.program(SST2_PATH, respond_json([[{"label": "POSITIVE", "score": 1.0}]]))
        fake_api.program(SST2_PATH, redirect(f"{elsewhere.url}{SST2_PATH}", 307))
        client = make_client(TOKEN)
        with pytest.raises(RedirectRefusedError, match=f"127.0.0.1:{elsewhere.port}") as e:
            client.text_classification(inputs="my private text", model=SST2)
        assert isinstance(e.value, InferenceConnectionError)
        assert elsewhere.requests == []


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_within_the_origin_is_followed(make_client: MakeClient,
                                                  fake_api: FakeInferenceAPI,
                                                  status: int) -> None:
    fake_api.program(SST2_PATH, redirect("/models/moved/here", status))
    fake_api.program("/models/moved/here",
                     respond_json([[{"label": "POSITIVE", "score": 1.0}]]))
    client = make_client(TOKEN)
    assert client.text_classification(inputs="my private text", model=SST2)
    moved = fake_api.requests_to("/models/moved/here")
    assert [json.loads(r.body)["inputs"] for r in moved] == ["my private text"]
    assert moved[0].header("authorization") == f"Bearer {TOKEN}"


def test_a_redirect_to_another_port_is_another_origin(make_client: MakeClient,
                                                      fake_api: FakeInferenceAPI) -> None:
    """Same host, other port: another server, maybe another user's."""
    with FakeInferenceAPI(tapes=[]) as elsewhere:
        target = f"http://127.0.0.1:{elsewhere.port}{SST2_PATH}"
        fake_api.program(SST2_PATH, redirect(target, 308))
        with pytest.raises(RedirectRefusedError, match="another origin"):
            make_client(TOKEN).text_classification(inputs="x", model=SST2)
        assert elsewhere.requests == []


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_a_line_in_many_pieces_reads_whole_and_is_capped(eol: bytes) -> None:
    """Both decoder paths (CR line ends take the general one): the pieces of a line are
    kept until its end comes; past the limit, an error naming it."""
    pieces = [b"data:", *([b"x" * 100] * 50), eol + eol]
    for feed in ("feed", "feed_data"):
        decoder = SSEDecoder(max_event_bytes=10_000)
        out: list[Any] = []
        for piece in pieces:
            out += getattr(decoder, feed)(piece)
        assert [getattr(e, "data", e) for e in out] == ["x" * 5000]
        small = SSEDecoder(max_event_bytes=1000)
        with pytest.raises(EventTooLargeError, match=r"limit of 1,000 bytes"):
            for piece in pieces:
                getattr(small, feed)(piece)
