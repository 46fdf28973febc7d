"""A chat in the history: one record per chat, its images in the content store, an
interrupted reply's text kept, the chat rebuilt whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.chat import ChatMessage, ChatThread
from hfi_desktop.runs import RunState
from hfi_desktop.storage.chat_records import chat_record, settings_of, thread_of
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore
from hfi_desktop.storage.settings import Settings
from tests.support.asset_host import small_png
from tests.support.qt_async import AsyncRunner
from tests.support.qt_async import qasync_loop as qasync_loop

SCHEMA = {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}}}


@pytest.fixture
def history(qasync_loop: AsyncRunner, tmp_path: Path) -> Iterator[HistoryService]:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made = HistoryService.open(tmp_path / "data", settings=settings)
    assert made.wait_open(5)
    yield made
    made.close()


def a_chat(*, image: bool = True) -> ChatThread:
    thread = ChatThread(system="Be brief.")
    images = (FileValue("cat.png", small_png(), "image/png"),) if image else ()
    thread.append(ChatMessage("user", "What is in this picture?", images=images))
    thread.append(ChatMessage("assistant", "", model="a/b", state=RunState.RUNNING))
    return thread


def test_a_chat_is_kept_as_it_streams_and_comes_back_whole(history: HistoryService) -> None:
    thread = a_chat()
    start = chat_record(thread, model="a/b", parameters={"max_tokens": 9},
                        settings={"response_format": SCHEMA, "tools": None},
                        state=RunState.RUNNING)
    history.start(start)
    history.update_text(thread.id, "A cat", 2)
    history.submit(lambda store: None).result(5)
    stored = history.submit(lambda store: store.get(thread.id)).result(5)
    assert stored is not None and stored.state is RunState.RUNNING
    assert stored.text == "A cat" and stored.partial
    assert stored.form["title"] == "What is in this picture?"
    (image,) = stored.form["chat"]["messages"][0]["images"]
    assert image["$file"] and image["name"] == "cat.png", "the image is in the content store"
    back = thread_of(stored, history.files.get)
    reply = back.path()[1]
    assert reply.text == "A cat" and reply.state is RunState.INTERRUPTED
    assert back.path()[0].images[0].data == small_png()
    assert settings_of(stored) == {"response_format": SCHEMA}

    reply_now = thread.path()[1]
    reply_now.text, reply_now.state = "A cat on a mat.", RunState.DONE
    history.finish(chat_record(thread, model="a/b", parameters={}, settings={},
                               state=RunState.DONE, text=reply_now.text))
    found = history.submit(lambda s: s.query(HistoryFilter(task="chat-completion"))).result(5)
    assert [(r.id, r.state, r.snippet) for r in found] == [
        (thread.id, RunState.DONE, "What is in this picture? → A cat on a mat.")]
    searched = history.submit(lambda s: s.query(HistoryFilter(text="picture"))).result(5)
    assert [r.id for r in searched] == [thread.id]


def test_a_chat_left_mid_reply_is_interrupted_with_its_text(tmp_path: Path) -> None:
    thread = a_chat(image=False)
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.start(chat_record(thread, model="a/b", parameters={}, settings={},
                            state=RunState.RUNNING))
    store.update_text(thread.id, "half a rep")
    store.close()
    reopened = HistoryStore(tmp_path / "h.sqlite3")
    record = reopened.get(thread.id)
    reopened.close()
    assert record is not None and record.state is RunState.INTERRUPTED
    reply = thread_of(record).path()[1]
    assert (reply.text, reply.state) == ("half a rep", RunState.INTERRUPTED)
