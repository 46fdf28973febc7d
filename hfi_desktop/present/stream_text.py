"""The text streamed events add to the view, worked out in the stream's worker."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hfi_desktop.inference import PYTHON_LANE, EventStream

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def event_text(event: object) -> str:
    """A text-generation event's token text (special tokens add nothing); any other JSON
    event (a custom streaming request) is shown as one compact JSON line."""
    if isinstance(event, dict):
        token = event.get("token")
        if isinstance(token, dict) and isinstance(token.get("text"), str):
            return "" if token.get("special") else token["text"]
    return json.dumps(event, ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class TextChunk:
    """The events one network read completed, and the text they add."""

    events: list[object]
    text: str


def text_chunks(open_stream: Callable[[], EventStream[object]]) -> Iterator[TextChunk]:
    """Open the stream and iterate it a read at a time, each read's text joined here: the
    thread that shows the chunks (the GUI thread) then does next to no work per event.
    Closing this iterator closes the stream. The joining takes the PYTHON_LANE."""
    with open_stream() as stream:
        for events in stream.batches():
            with PYTHON_LANE:
                text = "".join(map(event_text, events))
            yield TextChunk(events, text)
