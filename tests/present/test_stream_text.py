"""The text of streamed events, worked out in the stream's worker a network read at a time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hfi_desktop.present.stream_text import TextChunk, event_text, text_chunks


class FakeStream:
    """What text_chunks needs of an EventStream: ``batches()`` and closing."""

    def __init__(self, batches: list[list[Any]]) -> None:
        self._batches = batches
        self.closed = False

    def __enter__(self) -> FakeStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.closed = True

    def batches(self) -> Iterator[list[Any]]:
        return iter(self._batches)


def token(text: str, *, special: bool = False) -> dict[str, Any]:
    return {"token": {"id": 1, "text": text, "special": special}, "generated_text": None}


def test_each_read_becomes_one_chunk_with_its_text() -> None:
    reads = [[token("Hello"), token(","), token("</s>", special=True)], [{"custom": 1}]]
    stream = FakeStream(reads)
    chunks = list(text_chunks(lambda: stream))  # type: ignore[arg-type,return-value]
    assert chunks == [TextChunk(reads[0], "Hello,"), TextChunk(reads[1], '{"custom": 1}\n')]
    assert stream.closed


def test_closing_early_closes_the_stream() -> None:
    stream = FakeStream([[token("a")], [token("b")]])
    chunks = text_chunks(lambda: stream)  # type: ignore[arg-type,return-value]
    assert next(chunks).text == "a"
    chunks.close()  # type: ignore[attr-defined]
    assert stream.closed


def test_event_text_of_tokens_and_other_events() -> None:
    assert event_text(token(" hi")) == " hi"
    assert event_text(token("<pad>", special=True)) == ""
    assert event_text(["é"]) == '["é"]\n'
