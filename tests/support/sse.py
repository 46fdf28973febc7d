"""Building server-sent-event bodies for the fake server (text/event-stream)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def sse_event(
    data: Any,
    *,
    event: str | None = None,
    id: str | None = None,
    eol: str = "\n",
    space: bool = False,
) -> bytes:
    """One event: ``data`` is sent as is when a str (a newline makes several data lines),
    else as compact JSON. ``space`` writes ``data: x`` instead of the recorded ``data:x``."""
    text = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    sep = ": " if space else ":"
    lines = []
    if event is not None:
        lines.append(f"event{sep}{event}")
    if id is not None:
        lines.append(f"id{sep}{id}")
    lines.extend(f"data{sep}{line}" for line in text.split("\n"))
    return (eol.join(lines) + eol + eol).encode()


def sse_comment(text: str = "", eol: str = "\n") -> bytes:
    """A comment line; with no text it is the usual keep-alive ``:``."""
    return f":{text}{eol}".encode()


def token_event(index: int, text: str, *, final_text: str | None = None) -> dict[str, Any]:
    """A text-generation stream event as the Inference API sends it."""
    return {
        "token": {"id": index, "text": text, "logprob": -0.5, "special": final_text is not None},
        "generated_text": final_text,
        "details": None,
    }


def token_events(tokens: Sequence[str]) -> list[dict[str, Any]]:
    """Events for ``tokens``; the last one carries the whole generated text."""
    full = "".join(tokens)
    return [
        token_event(i, tok, final_text=full if i == len(tokens) - 1 else None)
        for i, tok in enumerate(tokens)
    ]


def numbered_tokens(count: int) -> list[str]:
    return [f" t{i}" for i in range(count)]


def token_frames(tokens: Sequence[str], *, eol: str = "\n") -> list[bytes]:
    return [sse_event(ev, eol=eol) for ev in token_events(tokens)]


def token_stream_body(count: int, *, eol: str = "\n") -> bytes:
    """A whole text-generation stream of ``count`` events, built once (for benchmarks)."""
    return b"".join(token_frames(numbered_tokens(count), eol=eol))


def chat_chunk(text: str, *, finish_reason: str | None = None) -> dict[str, Any]:
    """An OpenAI-style chat stream chunk with one content delta."""
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1755800000,
        "model": "bench/chat",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish_reason}],
    }


def chat_stream_body(count: int, *, text: str = "tok", eol: str = "\n") -> bytes:
    """A whole chat stream: ``count`` chunks, then ``data: [DONE]`` (built once, for
    benchmarks)."""
    frame = sse_event(chat_chunk(text), eol=eol)
    return frame * count + sse_event("[DONE]", eol=eol)
