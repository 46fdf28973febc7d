"""Server and network failures become the contract's exceptions, with usable messages."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import pytest

from hfi_desktop.inference import (
    AuthenticationError,
    HfInference,
    InferenceConnectionError,
    InferenceError,
    InferenceHTTPError,
    InferenceOutputError,
    InferenceTimeoutError,
    InvalidRequestError,
    ModelLoadingError,
    ModelNotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    StreamError,
    StreamInterruptedError,
)
from tests.support.fake_api import (
    FakeInferenceAPI,
    Hang,
    HugeBody,
    Reply,
    Respond,
    Stream,
    respond_error,
    respond_json,
    respond_text,
)
from tests.support.sse import (
    numbered_tokens,
    sse_comment,
    sse_event,
    token_events,
    token_frames,
    token_stream_body,
)

from .conftest import MakeClient
from .helpers import FLAN, FLAN_PATH, SST2, SST2_PATH

HTML_500 = ("<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
            "<body><h1>Internal Server Error</h1>" + "<p>trace</p>" * 200 + "</body></html>")


@dataclass(frozen=True)
class HttpFault:
    id: str
    reply: Reply
    error: type[InferenceError]
    status: int | None = None
    in_message: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


HTTP_FAULTS = [
    HttpFault("401", respond_error(401, "Invalid credentials in Authorization header"),
              AuthenticationError, 401, "Invalid credentials"),
    HttpFault("403", respond_error(403, "Forbidden: gated model"),
              AuthenticationError, 403, "gated model"),
    HttpFault("404", respond_error(404, f"Model {SST2} does not exist"),
              ModelNotFoundError, 404, "does not exist"),
    HttpFault("429", respond_json({"error": "Rate limit reached"}, 429, {"Retry-After": "7"}),
              RateLimitError, 429, "Rate limit", {"retry_after": 7.0}),
    HttpFault("429-no-retry-after", respond_json({"error": "Rate limit reached"}, 429),
              RateLimitError, 429, "Rate limit", {"retry_after": None}),
    HttpFault("400", respond_error(400, "Bad inputs"),
              InvalidRequestError, 400, "Bad inputs"),
    HttpFault("409", respond_error(409, "Conflict over inputs"),
              InferenceHTTPError, 409, "Conflict over inputs"),
    HttpFault("500-html", respond_text(HTML_500, 500), ServerError, 500),
    HttpFault("502-text", respond_text("upstream went away", 502, "text/plain"),
              ServerError, 502, "upstream went away"),
    HttpFault("503-loading", respond_error(503, f"Model {SST2} is currently loading",
                                           estimated_time=20.5),
        ModelLoadingError, 503, "currently loading", {"estimated_time": 20.5}),
    HttpFault("200-malformed-json", Respond(200, b'[[{"label": "POS", "sco'),
              InferenceOutputError),
    HttpFault("200-html", respond_text("<html><body>Sign in</body></html>"),
              InferenceOutputError),
    HttpFault("200-wrong-shape", respond_json({"unexpected": True}), InferenceOutputError,
              in_message="label"),
]


@pytest.mark.parametrize("fault", HTTP_FAULTS, ids=lambda f: f.id)
def test_http_faults(hf: HfInference, fake_api: FakeInferenceAPI, fault: HttpFault) -> None:
    fake_api.program(SST2_PATH, fault.reply)
    with pytest.raises(fault.error) as info:
        hf.text_classification(inputs="x", model=SST2, options={"retry_on_error": False})
    error = info.value
    message = str(error)
    assert fault.in_message in message
    assert "<html" not in message.lower() and len(message) < 500, message
    if fault.status is not None:
        assert isinstance(error, InferenceHTTPError)
        assert error.status == fault.status
        assert fault.in_message in error.message
        assert error.url == fake_api.url + SST2_PATH
    for name, value in fault.attrs.items():
        assert getattr(error, name) == value
    if fault.error is InferenceHTTPError:  # other 4xx: the base class, not a subclass
        assert type(error) is InferenceHTTPError


def test_connection_refused(make_client: MakeClient, refused_url: str) -> None:
    client = make_client(base_url=refused_url)
    with pytest.raises(InferenceConnectionError):
        client.text_classification(inputs="x", model=SST2)


def test_connection_dropped_before_the_answer(hf: HfInference,
                                             fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Hang(max_s=0), times=1)
    with pytest.raises(InferenceConnectionError):
        hf.text_classification(inputs="x", model=SST2)
    assert hf.text_classification(inputs="I like you. I love you.", model=SST2)


def test_hub_unreachable_for_default_model(make_client: MakeClient, refused_url: str,
                                           fake_api: FakeInferenceAPI) -> None:
    client = make_client(hub_url=refused_url)
    with pytest.raises(InferenceConnectionError):
        client.text_classification(inputs="x")
    assert fake_api.requests == []


def test_read_timeout_is_quick(make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Hang())
    client = make_client(timeout=(30, 0.5))  # connect, read
    start = time.monotonic()
    with pytest.raises(InferenceTimeoutError):
        client.text_classification(inputs="x", model=SST2)
    assert time.monotonic() - start < 5.0  # 0.5 s: not 30 s (the connect timeout), nor 60 s


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "chunked"])
def test_response_too_large(make_client: MakeClient, fake_api: FakeInferenceAPI,
                            declare_length: bool) -> None:
    fake_api.program(SST2_PATH, HugeBody(8 * 1024 * 1024, declare_length=declare_length))
    client = make_client(max_response_bytes=64 * 1024)
    start = time.monotonic()
    with pytest.raises(ResponseTooLargeError):
        client.text_classification(inputs="x", model=SST2)
    assert time.monotonic() - start < 5.0
    [request] = fake_api.requests
    assert fake_api.wait_connection_closed(request.client_port), "the rest was not refused"


def test_binary_result_too_large(make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/models/sd", HugeBody(1024 * 1024, content_type="image/jpeg"))
    with pytest.raises(ResponseTooLargeError):
        make_client(max_response_bytes=1000).text_to_image(inputs="x", model="sd")


# ------------------------------------------------------------------------------ streams
def _stream(hf: HfInference) -> Any:
    return hf.text_generation_stream(inputs="x", model=FLAN)


@pytest.mark.parametrize("framing", ["chunked", "close"])
def test_stream_cut_midway(hf: HfInference, fake_api: FakeInferenceAPI, framing: Any) -> None:
    """Events before the cut are delivered; then StreamInterruptedError (with chunked
    framing the body ends without its last chunk; with Connection: close it just ends)."""
    events = token_events(["one", " two", " three", " four"])
    fake_api.program(FLAN_PATH, Stream(token_frames(["one", " two", " three", " four"]),
                                       cut_after=2, framing=framing))
    received = []
    with pytest.raises(StreamInterruptedError):
        for event in _stream(hf):
            received.append(event)
    assert received == events[:2]


def test_generic_stream_cut_midway(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, Stream([sse_event({"n": i}) for i in range(5)], cut_after=3))
    received = []
    with pytest.raises(StreamInterruptedError):
        for event in hf.streaming_request(inputs="x", model=FLAN):
            received.append(event)
    assert received == [{"n": 0}, {"n": 1}, {"n": 2}]


def test_stream_without_final_event(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    frames = [sse_event({"token": {"id": 1, "text": "a", "logprob": 0.0, "special": False},
                         "generated_text": None, "details": None})]
    fake_api.program(FLAN_PATH, Stream(frames))
    with pytest.raises(StreamInterruptedError):
        list(_stream(hf))


@pytest.mark.parametrize("first", [True, False], ids=["first-event", "after-tokens"])
def test_stream_error_event(hf: HfInference, fake_api: FakeInferenceAPI, first: bool) -> None:
    tokens = [] if first else token_frames(["a", "b", "c"])[:2]
    error = sse_event({"error": "Model overloaded, retry later", "error_type": "overloaded"})
    fake_api.program(FLAN_PATH, Stream([*tokens, error]))
    received = []
    with pytest.raises(StreamError) as info:
        for event in _stream(hf):
            received.append(event)
    assert len(received) == len(tokens)
    assert info.value.message == "Model overloaded, retry later"
    assert info.value.error_type == "overloaded"


def test_stream_wrong_content_type(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, respond_json([{"generated_text": "not a stream"}]))
    with pytest.raises(InferenceOutputError):
        list(_stream(hf))


def test_stream_http_error(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, respond_error(401, "Authorization required"))
    with pytest.raises(AuthenticationError, match="Authorization required"):
        list(_stream(hf))


def test_stream_bad_json_event(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, Stream([sse_event("{not json")]))
    with pytest.raises(InferenceOutputError):
        list(_stream(hf))


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_stream_line_endings_comments_keepalives(hf: HfInference, fake_api: FakeInferenceAPI,
                                                 eol: str) -> None:
    tokens = ["one", " two", " three"]
    frames: list[bytes] = [sse_comment("", eol), sse_comment(" keep-alive", eol) + eol.encode()]
    for i, event in enumerate(token_events(tokens)):
        frames.append(sse_event(event, eol=eol, space=bool(i % 2), id=str(i)))
        frames.append(sse_comment("ping", eol))
    fake_api.program(FLAN_PATH, Stream(frames))
    assert list(_stream(hf)) == token_events(tokens)


@pytest.mark.parametrize("by_batch", [False, True], ids=["events", "batches"])
def test_an_error_event_in_the_same_read_as_tokens_comes_after_them(
    hf: HfInference, fake_api: FakeInferenceAPI, by_batch: bool
) -> None:
    """One body, so one read brings the tokens and the error: the tokens still come first."""
    error = sse_event({"error": "Model overloaded", "error_type": "overloaded"})
    body = b"".join([*token_frames(["a", "b", "c"]), error, *token_frames(["never"])])
    fake_api.program(FLAN_PATH, Respond(200, body, "text/event-stream"))
    received: list[str] = []
    stream = _stream(hf)
    with pytest.raises(StreamError, match="Model overloaded"):
        if by_batch:
            for batch in stream.batches():
                received.extend(event["token"]["text"] for event in batch)
        else:
            for event in stream:
                received.append(event["token"]["text"])
    assert received == ["a", "b", "c"]


def test_batches_hold_every_event_in_order_and_close_the_stream(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    fake_api.program(FLAN_PATH, Respond(200, token_stream_body(3000), "text/event-stream"))
    stream = _stream(hf)
    batches = list(stream.batches())
    assert all(batches), "no empty batch"
    assert len(batches) < 3000, "several events per network read"
    texts = [event["token"]["text"] for batch in batches for event in batch]
    assert texts == numbered_tokens(3000)


def test_closing_the_batches_closes_the_stream_mid_way(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    fake_api.program(FLAN_PATH, Stream(token_frames(numbered_tokens(50)), delay_s=0.01))
    stream = _stream(hf)
    batches = stream.batches()
    first = next(batches)
    batches.close()
    assert first[0]["token"]["text"] == " t0"
    with pytest.raises(StopIteration):
        next(batches)
    assert list(stream) == []
