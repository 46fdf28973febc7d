"""A reply's stream, folded in the stream's worker: each network read becomes one
:class:`ReplyPiece` (the text it adds, the tool calls so far when they changed, the usage
when it came), so the GUI thread does next to no work per chunk."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hfi_desktop.inference import PYTHON_LANE, ChatStreamAssembler

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from hfi_desktop.inference import EventStream


@dataclass(frozen=True, slots=True)
class ReplyPiece:
    """What one read of the stream brought. ``tool_calls``: all the calls so far, when this
    read changed them (None: unchanged); ``usage`` and ``finish_reason`` once they came."""

    text: str
    reasoning: str
    events: int
    tool_calls: tuple[dict[str, Any], ...] | None = None
    usage: Mapping[str, Any] | None = None
    finish_reason: str | None = None
    #: When the worker read it (time.monotonic()): the reply's figures count from arrivals,
    #: not from when a busy GUI thread got to them. 0: unknown.
    received_at: float = 0.0


def reply_pieces(open_stream: Callable[[], EventStream[dict[str, Any]]]
                 ) -> Iterator[ReplyPiece]:
    """Open the stream and fold it a read at a time (holding the PYTHON_LANE while folding).
    Closing this iterator closes the stream."""
    assembler = ChatStreamAssembler()
    shown = reasoned = 0
    calls = 0
    with open_stream() as stream:
        for events in stream.batches():
            with PYTHON_LANE:
                for event in events:
                    assembler.add(event)
                content, reasoning = assembler.content, assembler.reasoning
                tools = assembler.tool_calls
                signature = sum(len(c["function"]["arguments"]) + len(c["function"]["name"])
                                + 1 for c in tools)
                piece = ReplyPiece(
                    content[shown:], reasoning[reasoned:], len(events),
                    tuple(copy.deepcopy(tools)) if signature != calls else None,
                    dict(assembler.usage) if assembler.usage is not None else None,
                    assembler.finish_reason, time.monotonic())
                shown, reasoned, calls = len(content), len(reasoning), signature
            yield piece
