"""What HfInference costs over bare ``requests``, measured against the local fake server.

    .venv/bin/python bench/client_overhead.py

(a) median latency of small JSON calls (text_classification) vs ``Session.post`` + ``.json()``;
(b) time to consume a 20,000-event text-generation stream via text_generation_stream vs
``iter_lines()`` + ``json.loads``;
(c) time to consume a 20,000-chunk OpenAI-style chat stream (``chat.completion.chunk``
events, then ``data: [DONE]``) via chat_completion_stream vs ``iter_lines()`` +
``json.loads``, stopping at ``[DONE]``.
The two sides alternate so that noise hits both alike. The last line is
``RESULT call_ratio=<ours/bare> stream_ratio=<ours/bare> chat_stream_ratio=<ours/bare>``
(target <= 1.10 each).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from hfi_desktop.inference import HfInference  # noqa: E402
from tests.support.fake_api import FakeInferenceAPI, Respond, fast_token_stream  # noqa: E402
from tests.support.sse import chat_stream_body  # noqa: E402

CALLS = 500
WARMUP = 20
STREAM_EVENTS = 20_000
STREAM_RUNS = 5
MODEL = "distilbert-base-uncased-finetuned-sst-2-english"
STREAM_MODEL = "bench/streamer"
CHAT_PATH = "/v1/chat/completions"  # a server of one's own (base_url): OpenAI-compatible
CHAT_MODEL = "bench/chat"
TEXT = "I like you. I love you."
CHAT_MESSAGES = [{"role": "user", "content": TEXT}]


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def alternate(ours: Callable[[], object], bare: Callable[[], object], runs: int
              ) -> tuple[list[float], list[float]]:
    """Run both ``runs`` times, alternating which goes first."""
    ours_s: list[float] = []
    bare_s: list[float] = []
    for i in range(runs):
        if i % 2:
            bare_s.append(timed(bare))
            ours_s.append(timed(ours))
        else:
            ours_s.append(timed(ours))
            bare_s.append(timed(bare))
    return ours_s, bare_s


def main() -> None:
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    with FakeInferenceAPI() as api, HfInference(base_url=api.url, hub_url=api.url) as hf, \
            requests.Session() as session:
        call_url = f"{api.url}/models/{MODEL}"
        stream_url = f"{api.url}/models/{STREAM_MODEL}"
        api.program(f"/models/{STREAM_MODEL}", fast_token_stream(STREAM_EVENTS))
        chat_url = f"{api.url}{CHAT_PATH}"
        api.program(CHAT_PATH, Respond(200, chat_stream_body(STREAM_EVENTS), "text/event-stream"))

        def ours_call() -> object:
            return hf.text_classification(inputs=TEXT, model=MODEL)

        def bare_call() -> Any:
            reply = session.post(call_url, json={"inputs": TEXT, "options": {}})
            reply.raise_for_status()
            return reply.json()

        def ours_stream() -> object:
            events = sum(1 for _ in hf.text_generation_stream(inputs=TEXT, model=STREAM_MODEL))
            assert events == STREAM_EVENTS, events
            return events

        def bare_stream() -> object:
            body = {"inputs": TEXT, "stream": True, "options": {}}
            with session.post(stream_url, json=body, stream=True) as reply:
                reply.raise_for_status()
                events = [json.loads(line[5:]) for line in reply.iter_lines()
                          if line.startswith(b"data:")]
            assert len(events) == STREAM_EVENTS, len(events)
            return events

        def ours_chat() -> object:
            stream = hf.chat_completion_stream(model=CHAT_MODEL, messages=CHAT_MESSAGES)
            chunks = sum(1 for _ in stream)
            assert chunks == STREAM_EVENTS, chunks
            return chunks

        def bare_chat() -> object:
            body = {"model": CHAT_MODEL, "messages": CHAT_MESSAGES, "stream": True}
            chunks = []
            with session.post(chat_url, json=body, stream=True) as reply:
                reply.raise_for_status()
                for line in reply.iter_lines():
                    if line.startswith(b"data:"):
                        data = line[5:].strip()
                        if data == b"[DONE]":
                            break
                        chunks.append(json.loads(data))
            assert len(chunks) == STREAM_EVENTS, len(chunks)
            return chunks

        assert ours_call() == bare_call()[0]
        alternate(ours_call, bare_call, WARMUP)
        ours_calls, bare_calls = alternate(ours_call, bare_call, CALLS)
        ours_streams, bare_streams = alternate(ours_stream, bare_stream, STREAM_RUNS)
        alternate(ours_chat, bare_chat, 1)
        ours_chats, bare_chats = alternate(ours_chat, bare_chat, STREAM_RUNS)

    call_ours, call_bare = statistics.median(ours_calls), statistics.median(bare_calls)
    stream_ours, stream_bare = statistics.median(ours_streams), statistics.median(bare_streams)
    print(f"small JSON call, median of {CALLS}:  HfInference {call_ours * 1e3:.3f} ms   "
          f"requests {call_bare * 1e3:.3f} ms")
    print(f"{STREAM_EVENTS} stream events, median of {STREAM_RUNS}:  HfInference "
          f"{stream_ours * 1e3:.1f} ms   requests {stream_bare * 1e3:.1f} ms")
    chat_ours, chat_bare = statistics.median(ours_chats), statistics.median(bare_chats)
    print(f"{STREAM_EVENTS} chat stream chunks, median of {STREAM_RUNS}:  HfInference "
          f"{chat_ours * 1e3:.1f} ms   requests {chat_bare * 1e3:.1f} ms")
    print(f"RESULT call_ratio={call_ours / call_bare:.3f} "
          f"stream_ratio={stream_ours / stream_bare:.3f} "
          f"chat_stream_ratio={chat_ours / chat_bare:.3f}")


if __name__ == "__main__":
    main()
