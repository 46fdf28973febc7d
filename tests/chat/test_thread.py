"""A chat as a tree: the branch on show, edits and regenerations as siblings, branching
into a new chat, tool calls waiting for their answers, and its JSON."""

from __future__ import annotations

import pytest

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.chat import ChatMessage, ChatThread, ReplyStats
from hfi_desktop.runs import RunState
from tests.support.asset_host import small_png


def user(text: str, **kwargs: object) -> ChatMessage:
    return ChatMessage("user", text, **kwargs)  # type: ignore[arg-type]


def reply(text: str, **kwargs: object) -> ChatMessage:
    return ChatMessage("assistant", text, model="a/b", **kwargs)  # type: ignore[arg-type]


def texts(thread: ChatThread) -> list[str]:
    return [m.text for m in thread.path()]


def test_messages_follow_each_other() -> None:
    thread = ChatThread(system="Be brief.")
    first = thread.append(user("hi"))
    answer = thread.append(reply("hello"))
    assert answer.parent == first.id and first.parent is None
    assert texts(thread) == ["hi", "hello"]
    assert thread.title == "hi"
    assert not thread.has_branches()


def test_an_edit_and_a_regeneration_are_siblings_shown_in_turn() -> None:
    thread = ChatThread()
    question = thread.append(user("What is 2+2?"))
    thread.append(reply("4"))
    again = thread.add(reply("Four.", parent=question.id))
    assert texts(thread) == ["What is 2+2?", "Four."]
    assert [m.text for m in thread.siblings(again.id)] == ["4", "Four."]
    assert thread.switch(again.id, -1).text == "4"
    assert texts(thread) == ["What is 2+2?", "4"]
    edited = thread.add(user("What is 3+3?", parent=None))
    thread.append(reply("6"))
    assert texts(thread) == ["What is 3+3?", "6"]
    thread.switch(edited.id, -1)
    assert texts(thread) == ["What is 2+2?", "4"], "each version keeps its own branch"
    assert thread.has_branches()
    assert thread.switch(edited.id, +5).id == edited.id, "a switch stops at the last one"


def test_branching_at_a_message_makes_a_new_chat_up_to_it() -> None:
    thread = ChatThread(system="S")
    first = thread.append(user("one"))
    thread.append(reply("two"))
    thread.append(user("three"))
    branch = thread.branch_at(first.id)
    assert branch.id != thread.id and branch.system == "S"
    assert texts(branch) == ["one"]
    branch.append(reply("other"))
    assert texts(thread) == ["one", "two", "three"], "the original is untouched"


def test_tool_calls_wait_for_their_answers() -> None:
    thread = ChatThread()
    thread.append(user("weather?"))
    calls = [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
             {"id": "c2", "type": "function", "function": {"name": "g", "arguments": "{}"}}]
    thread.append(reply("", tool_calls=calls))
    assert [c["id"] for c in thread.pending_tool_calls()] == ["c1", "c2"]
    thread.append(ChatMessage("tool", "sunny", tool_call_id="c1"))
    assert [c["id"] for c in thread.pending_tool_calls()] == ["c2"]
    thread.append(ChatMessage("tool", "rain", tool_call_id="c2"))
    assert thread.pending_tool_calls() == []


def test_json_round_trip_keeps_the_tree_the_images_and_the_figures() -> None:
    image = FileValue("cat.png", small_png(), "image/png")
    thread = ChatThread(system="S")
    question = thread.append(user("look", images=(image,)))
    thread.append(reply("a cat", stats=ReplyStats(ttft_s=0.5, completion_tokens=3),
                        state=RunState.CANCELLED))
    thread.add(reply("a dog", parent=question.id, error=("Failed", "HTTP 500")))
    thread.switch(thread.last().id, -1)  # type: ignore[union-attr]
    data = thread.to_json(lambda f: {"name": f.name})
    assert data["messages"][0]["images"] == [{"name": "cat.png"}]
    back = ChatThread.from_json(data, lambda v: image if v["name"] == "cat.png" else None)
    assert back.id == thread.id and back.system == "S"
    assert texts(back) == ["look", "a cat"]
    shown = back.path()
    assert shown[0].images == (image,)
    assert shown[1].state is RunState.CANCELLED
    assert shown[1].stats == ReplyStats(ttft_s=0.5, completion_tokens=3)
    other = back.siblings(shown[1].id)[1]
    assert other.error == ("Failed", "HTTP 500")


def test_damaged_json_entries_are_skipped() -> None:
    back = ChatThread.from_json({"messages": [
        {"role": "robot", "text": "x"}, "nonsense",
        {"id": "a", "role": "user", "text": "hi", "state": "exploded"},
        {"id": "b", "parent": "missing", "role": "assistant", "text": "orphan"},
    ]}, lambda v: None)
    assert texts(back) == ["hi"]
    assert back.path()[0].state is RunState.DONE


def test_a_failed_turn_is_taken_out_and_the_previous_version_shown() -> None:
    thread = ChatThread()
    question = thread.append(user("one"))
    thread.append(reply("1"))
    edited = thread.add(user("two", parent=None))
    thread.append(reply("", state=RunState.ERROR))
    thread.remove(edited.id)
    assert texts(thread) == ["one", "1"]
    assert [m.id for m in thread.siblings(question.id)] == [question.id]
    assert len(thread) == 2


def test_adding_below_an_unknown_message_is_refused() -> None:
    with pytest.raises(KeyError):
        ChatThread().add(user("x", parent="nope"))
