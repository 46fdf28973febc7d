"""A reply's stream from the local router, folded a read at a time in the worker."""

from __future__ import annotations

import json

from hfi_desktop.chat import ReplyTally, reply_pieces
from tests.inference.conftest import MakeClient
from tests.support.fake_router import FakeRouter

MODEL = "google/gemma-3-27b-it"
TOOLS = [{"type": "function", "function": {"name": "echo", "parameters": {}}}]


def test_text_pieces_add_up_to_the_reply_with_its_usage(
        router_client: MakeClient, fake_router: FakeRouter) -> None:
    fake_router.map_model(MODEL, "scaleway", "gemma-3-27b-it", "conversational")
    client = router_client()
    pieces = list(reply_pieces(lambda: client.chat_completion_stream(
        model=MODEL, messages=[{"role": "user", "content": "one two three"}],
        stream_options={"include_usage": True})))
    assert "".join(p.text for p in pieces) == "Echo: one two three"
    tally = ReplyTally(0.0)
    for piece in pieces:
        tally.add(piece, 1.0)
    stats = tally.stats(2.0)
    assert not stats.approximate and stats.completion_tokens == 4
    assert tally.finish_reason == "stop"


def test_tool_calls_come_whole_once_their_pieces_are_in(
        router_client: MakeClient, fake_router: FakeRouter) -> None:
    fake_router.map_model(MODEL, "scaleway", "gemma-3-27b-it", "conversational")
    client = router_client()
    pieces = list(reply_pieces(lambda: client.chat_completion_stream(
        model=MODEL, messages=[{"role": "user", "content": "hi"}], tools=TOOLS)))
    calls = [p.tool_calls for p in pieces if p.tool_calls is not None][-1]
    assert calls is not None
    (call,) = calls
    assert call["function"]["name"] == "echo"
    assert json.loads(call["function"]["arguments"]) == {"echo": "hi"}
