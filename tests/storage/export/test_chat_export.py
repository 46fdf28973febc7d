"""A chat saved as Markdown (the branch on show, images beside it) and as JSON (every
message and version, replayable messages), from the page's record or the history's."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.chat import ChatMessage, ChatThread, ReplyStats
from hfi_desktop.runs import RunState
from hfi_desktop.storage.chat_records import chat_record
from hfi_desktop.storage.export.save import export, formats_for
from hfi_desktop.storage.records import FileRef, RunRecord
from tests.support.asset_host import small_png

CALL = {"id": "c1", "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}}


def a_chat() -> ChatThread:
    thread = ChatThread(system="Answer briefly.")
    question = thread.append(ChatMessage(
        "user", "What is this?", images=(FileValue("my cat.png", small_png(), "image/png"),)))
    thread.append(ChatMessage("assistant", "An early answer", model="a/b"))
    thread.add(ChatMessage(
        "assistant", "A **cat**.\n\n| a | b |\n|---|---|\n| 1 | 2 |", model="a/b",
        parent=question.id,
        stats=ReplyStats(ttft_s=0.25, generating_s=2.0, completion_tokens=40,
                         prompt_tokens=12, cost_usd=0.0012, provider="groq")))
    thread.append(ChatMessage("user", "Weather there?"))
    thread.append(ChatMessage("assistant", "", model="a/b", tool_calls=[CALL],
                              state=RunState.CANCELLED))
    return thread


def record_of(thread: ChatThread) -> RunRecord:
    return chat_record(thread, model="a/b", parameters={"temperature": 0.2},
                       settings={"tools": [{"type": "function",
                                            "function": {"name": "get_weather"}}]},
                       state=RunState.CANCELLED)


def test_a_chat_offers_markdown_then_json() -> None:
    assert [f.id for f in formats_for(record_of(a_chat()))] == ["md", "json"]


def test_markdown_holds_the_branch_on_show_with_its_images_beside(tmp_path: Path) -> None:
    written = export(record_of(a_chat()), "md", tmp_path / "chat.md")
    assert [p.name for p in written] == ["chat.md", "chat-image-1.png"]
    assert written[1].read_bytes() == small_png()
    text = written[0].read_text()
    assert text.startswith("# What is this?\n")
    assert "> **System:** Answer briefly." in text
    assert "### You\n\nWhat is this?\n\n![my cat.png](chat-image-1.png)" in text
    assert "A **cat**.\n\n| a | b |" in text
    assert "An early answer" not in text, "only the branch on show"
    assert "0.25 s to first token · 20.0 tokens/s · 40 tokens (12 in) · $0.0012 · via groq" \
        in text
    assert '**Calls `get_weather`**\n\n```json\n{\n  "city": "Paris"\n}\n```' in text
    assert "stopped — partial reply" in text
    assert "Other versions of some messages" in text


def test_json_holds_every_message_and_replayable_messages(tmp_path: Path) -> None:
    (path,) = export(record_of(a_chat()), "json", tmp_path / "chat.json")
    document = json.loads(path.read_text())
    assert document["format"] == "hfi-desktop-chat" and document["model"] == "a/b"
    assert document["parameters"] == {"temperature": 0.2}
    assert document["tools"][0]["function"]["name"] == "get_weather"
    messages = document["messages"]
    assert messages[0] == {"role": "system", "content": "Answer briefly."}
    assert [m["role"] for m in messages[1:]] == ["user", "assistant", "user", "assistant"]
    url = messages[1]["content"][1]["image_url"]["url"]
    assert base64.b64decode(url.removeprefix("data:image/png;base64,")) == small_png()
    assert messages[2]["stats"]["cost_usd"] == 0.0012
    assert messages[4]["tool_calls"] == [CALL] and messages[4]["state"] == "cancelled"
    (other,) = document["branches"]
    assert other["content"] == "An early answer" and other["parent"] == messages[1]["id"]


def test_a_history_record_reads_its_images_from_the_store(tmp_path: Path) -> None:
    record = record_of(a_chat())
    stored_image = {"$file": "ab" * 32, "name": "my cat.png", "mime": "image/png",
                    "size": len(small_png())}
    record.form["chat"]["messages"][0]["images"] = [stored_image]

    def files(ref: FileRef) -> bytes | None:
        return small_png() if ref.sha256 == "ab" * 32 else None

    written = export(record, "md", tmp_path / "chat.md", files=files)
    assert written[1].read_bytes() == small_png()
    kept_nothing = export(record, "md", tmp_path / "again.md")
    assert len(kept_nothing) == 1, "an image not kept is left out"
