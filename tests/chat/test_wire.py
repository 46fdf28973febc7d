"""The messages a chat sends, and a stream folded into pieces and figures."""

from __future__ import annotations

import base64

import pytest

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.chat import (
    ChatMessage,
    ReplyPiece,
    ReplyStats,
    ReplyTally,
    reply_cost,
    serving_provider,
    wire_messages,
)
from hfi_desktop.inference import ChatModel, ChatProvider
from tests.support.asset_host import small_png


def test_the_system_prompt_images_and_tool_turns_go_on_the_wire() -> None:
    png = small_png()
    calls = [{"id": None, "type": "function", "function": {"name": "f", "arguments": "{}"}}]
    path = [
        ChatMessage("user", "what is it?", images=(FileValue("a.png", png, "image/png"),)),
        ChatMessage("assistant", "", tool_calls=calls),
        ChatMessage("tool", "42", tool_call_id="call_0"),
        ChatMessage("assistant", ""),  # failed before any text: not sent
        ChatMessage("user", "thanks"),
    ]
    sent = wire_messages("Be brief.", path)
    assert sent[0] == {"role": "system", "content": "Be brief."}
    text, image = sent[1]["content"]
    assert text == {"type": "text", "text": "what is it?"}
    url = image["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.partition(",")[2]) == png
    assert sent[2] == {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_0", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}
    assert sent[3] == {"role": "tool", "tool_call_id": "call_0", "content": "42"}
    assert sent[4] == {"role": "user", "content": "thanks"}
    assert len(sent) == 5
    assert wire_messages("  ", [ChatMessage("user", "x")]) == [{"role": "user", "content": "x"}]


def test_the_tally_uses_the_usage_chunk_or_counts_chunks() -> None:
    tally = ReplyTally(sent_at=10.0)
    tally.add(ReplyPiece("", "", 1), 10.2)  # the role chunk brings nothing
    tally.add(ReplyPiece("Hello", "", 2), 10.5)
    tally.add(ReplyPiece(" world", "", 3, finish_reason="stop"), 11.5)
    counted = tally.stats(11.5)
    assert counted.ttft_s == pytest.approx(0.5)
    assert counted.completion_tokens == 5 and counted.approximate
    assert counted.tokens_per_s == pytest.approx(5.0)
    tally.add(ReplyPiece("", "", 1, usage={"prompt_tokens": 7, "completion_tokens": 2}), 11.6)
    exact = tally.stats(12.0, provider="groq")
    assert (exact.completion_tokens, exact.prompt_tokens, exact.approximate) == (2, 7, False)
    assert exact.provider == "groq" and tally.finish_reason == "stop"


def test_the_cost_needs_the_provider_its_prices_and_exact_counts() -> None:
    models = (ChatModel("a/b", (ChatProvider("groq", "live", input_price=1.0,
                                             output_price=3.0),)),)
    exact = ReplyStats(completion_tokens=1000, prompt_tokens=2000)
    assert reply_cost(models, "a/b:fastest", "groq", exact) == pytest.approx(0.005)
    assert reply_cost(models, "a/b", "together", exact) is None
    assert reply_cost(models, "a/b", None, exact) is None
    assert reply_cost(models, "a/b", "groq", ReplyStats(completion_tokens=9,
                                                        approximate=True)) is None
    assert serving_provider("a/b:cheapest", "groq") == "groq"
    assert serving_provider("a/b:cheapest", None) is None
    assert serving_provider("a/b:together", None) == "together"
    assert serving_provider("a/b", None, chosen="novita") == "novita"
