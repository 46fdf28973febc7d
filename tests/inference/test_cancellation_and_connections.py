"""CallControl.cancel() from another thread at every stage, closing streams early, and
connection reuse."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from hfi_desktop.inference import CallControl, HfInference, InferenceCancelledError
from tests.support.fake_api import FakeInferenceAPI, Loading, Stream
from tests.support.sse import numbered_tokens, token_frames
from tests.support.tapes import tape

from .helpers import FLAN, FLAN_PATH, SST2, SST2_PATH, Sample, cancel_later, inference_requests

#: How soon after cancel() the call must give up: well within it on a loaded machine, far
#: less than the 30 s the servers below would otherwise take.
PROMPT_S = 5.0
SLOW_TOKENS = Stream(token_frames(numbered_tokens(400)), delay_s=0.075)  # 30 s


def classify(hf: HfInference, control: CallControl | None = None, **options: bool) -> Any:
    return hf.text_classification(inputs="I like you. I love you.", model=SST2,
                                  options=options, control=control)


def assert_cancelled_promptly(call: Callable[[], Any], control: CallControl, *,
                              after: float = 0.3, when: threading.Event | None = None) -> None:
    with cancel_later(control.cancel, after=after, when=when) as stamp:
        with pytest.raises(InferenceCancelledError):
            call()
        raised = time.monotonic()
    assert stamp, "the call ended before cancel() was called"
    assert raised - stamp[0] < PROMPT_S
    assert control.cancelled


def assert_server_saw_close(api: FakeInferenceAPI) -> None:
    for request in api.requests:
        assert api.wait_connection_closed(request.client_port, PROMPT_S), request.path


def test_cancel_while_the_server_holds_the_request(hf: HfInference,
                                                   fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Loading(times=0, hold_s=30))
    control = CallControl()
    assert_cancelled_promptly(lambda: classify(hf, control, wait_for_model=True), control)
    assert_server_saw_close(fake_api)


def test_cancel_while_waiting_for_a_loading_model(hf: HfInference,
                                                  fake_api: FakeInferenceAPI) -> None:
    """503 loading -> on_loading -> retry held by the server -> cancel."""
    fake_api.program(SST2_PATH, Loading(times=1, estimated_time=30, hold_s=30))
    loading = threading.Event()
    control = CallControl(on_loading=lambda _: loading.set())
    assert_cancelled_promptly(lambda: classify(hf, control), control, after=0.2, when=loading)
    assert len(inference_requests(fake_api)) == 2
    assert_server_saw_close(fake_api)


def test_cancel_mid_body(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    items = [b'{"label":"L%d","score":0.5},' % i for i in range(200)]
    fake_api.program(SST2_PATH, Stream([b"[", *items, b'{"label":"end","score":0.5}]'],
                                       delay_s=0.15, content_type="application/json"))
    control = CallControl()
    assert_cancelled_promptly(lambda: classify(hf, control), control)
    assert_server_saw_close(fake_api)


def test_cancel_mid_stream(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(FLAN_PATH, SLOW_TOKENS)
    control = CallControl()
    stream = hf.text_generation_stream(inputs="x", model=FLAN, control=control)
    assert next(stream)["token"]["text"] == " t0"
    assert_cancelled_promptly(lambda: list(stream), control)
    assert_server_saw_close(fake_api)


@pytest.mark.parametrize("kind", ["call", "binary", "stream"])
def test_cancel_before_start(hf: HfInference, fake_api: FakeInferenceAPI, kind: str) -> None:
    control = CallControl()
    control.cancel()
    start = time.monotonic()
    with pytest.raises(InferenceCancelledError):
        if kind == "call":
            classify(hf, control)
        elif kind == "binary":
            hf.image_classification(data=Sample("cats.png").data, model="m", control=control)
        else:
            list(hf.text_generation_stream(inputs="x", model=FLAN, control=control))
    assert time.monotonic() - start < PROMPT_S
    assert fake_api.requests == []


def test_client_usable_after_a_cancel(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, Loading(times=0, hold_s=30), times=1)
    control = CallControl()
    assert_cancelled_promptly(lambda: classify(hf, control, wait_for_model=True), control)
    assert classify(hf) == tape("8636fe95").response_json()[0]


@pytest.mark.parametrize("how", ["close", "with"])
def test_closing_a_stream_early_closes_the_connection(hf: HfInference,
                                                      fake_api: FakeInferenceAPI,
                                                      how: str) -> None:
    fake_api.program(FLAN_PATH, SLOW_TOKENS)
    stream = hf.text_generation_stream(inputs="x", model=FLAN)
    if how == "close":
        next(stream)
        next(stream)
        stream.close()
    else:
        with stream:
            next(stream)
    assert_server_saw_close(fake_api)
    assert classify(hf) == tape("8636fe95").response_json()[0]


def test_calls_reuse_one_connection(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    for _ in range(3):
        classify(hf)
    hf.image_classification(data=Sample("cheetah.png").data, model="google/vit-base-patch16-224")
    assert list(hf.text_generation_stream(inputs='repeat "one two three four"', model=FLAN))
    classify(hf)
    ports = [r.client_port for r in fake_api.requests]
    assert len(ports) == 6
    assert len(set(ports)) == 1, f"one TCP connection expected, got ports {ports}"


def test_close_releases_the_connection(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    classify(hf)
    hf.close()
    assert_server_saw_close(fake_api)


def test_a_finished_call_cannot_cut_the_connection_another_call_reuses(
        hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    """A stream read to its end gives its connection back to the pool; a second call reuses
    it. Closing (or cancelling) the first afterwards must not touch the second's socket."""
    first_control = CallControl()
    first = hf.text_generation_stream(inputs='repeat "one two three four"', model=FLAN,
                                      control=first_control)
    assert list(first)
    fake_api.program(FLAN_PATH, Stream(token_frames(numbered_tokens(10)), delay_s=0.02))
    second = hf.text_generation_stream(inputs="x", model=FLAN)
    received = [next(second)]
    first.close()
    first_control.cancel()
    received.extend(second)
    assert received[-1]["generated_text"] is not None
    ports = [r.client_port for r in fake_api.requests]
    assert len(set(ports)) == 1, f"the second call should reuse the connection: {ports}"


def test_a_stream_counts_the_bytes_it_received(hf: HfInference,
                                               fake_api: FakeInferenceAPI) -> None:
    frames = token_frames(numbered_tokens(10))
    fake_api.program(FLAN_PATH, Stream(frames))
    control = CallControl()
    assert len(list(hf.text_generation_stream(inputs="x", model=FLAN, control=control))) == 10
    assert control.response is not None
    assert control.response.bytes == sum(map(len, frames))
