"""A chat as the history keeps it: one record per chat (its id), written again at each turn.

The record's ``form`` holds the chat's title (what the history lists), the thread (its
images become content-store files, kept like any input file) and the page's response
format and tools; ``text`` holds the reply streaming in (written every second, like any
stream's) and then the last reply; ``state`` is the last reply's. A chat the application
left mid-reply (INTERRUPTED) gets that reply's text back from ``text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hfi_desktop.catalog.chat import SETTINGS
from hfi_desktop.catalog.model import FileValue
from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.chat import ChatThread
from hfi_desktop.runs import RunState
from hfi_desktop.storage.records import FileRef, RunRecord, map_files

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from hfi_desktop.inference import ResponseInfo



def chat_record(thread: ChatThread, *, model: str, parameters: Mapping[str, Any],
                settings: Mapping[str, Any], state: RunState, text: str = "",
                tokens: int | None = None, elapsed_s: float | None = None,
                response: ResponseInfo | None = None) -> RunRecord:
    """The record of ``thread`` as it is now (on the GUI thread: the images stay FileValues,
    stored by the history's worker)."""
    form: dict[str, Any] = {"title": thread.title, "chat": thread.to_json(lambda f: f)}
    form.update((key, settings[key]) for key in SETTINGS if settings.get(key) is not None)
    last = thread.last()
    return RunRecord(
        task_id=CHAT.id,
        model=model,
        form=form,
        parameters=dict(parameters),
        options={},
        id=thread.id,
        started_at=last.created_at if last is not None else thread.created_at,
        state=state,
        elapsed_s=elapsed_s,
        http_status=response.status if response is not None else None,
        response_bytes=response.bytes if response is not None else None,
        error=({"title": last.error[0], "message": last.error[1]}
               if last is not None and last.error is not None else None),
        text=text,
        tokens=tokens,
    )


def is_chat(record: RunRecord) -> bool:
    return record.task_id == CHAT.id and isinstance(record.form.get("chat"), dict)


def thread_of(record: RunRecord,
              files: Callable[[FileRef], bytes | None] | None = None) -> ChatThread:
    """The chat a record holds. Stored images are read with ``files`` (in a worker); those
    not kept are left out. A reply the application left streaming gets the text the record
    kept, as interrupted."""
    def image(saved: dict[str, Any]) -> FileValue | None:
        ref = FileRef.from_json(saved)
        data = files(ref) if files is not None and ref.stored else None
        return FileValue(ref.name, data, ref.mime) if data else None

    chat = map_files(record.form.get("chat") or {}, image)
    thread = ChatThread.from_json(chat, lambda v: v if isinstance(v, FileValue) else None)
    for message in thread.walk():
        if message.state is RunState.RUNNING:  # only in a record of an unfinished reply
            if len(record.text) > len(message.text):
                message.text = record.text
            message.state = RunState.INTERRUPTED
    return thread


def settings_of(record: RunRecord) -> dict[str, Any]:
    """The page's response format and tools as the record keeps them."""
    return {key: record.form[key] for key in SETTINGS if key in record.form}
