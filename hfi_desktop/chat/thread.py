"""A chat as plain data: a tree of messages (an edited message or a regenerated reply is a
sibling of the one it replaces; < 1/2 > switches between them), the branch on show, and
the system prompt.

No Qt, no I/O: the chat page, a comparison of models and the history all hold the same
:class:`ChatThread`. Images are :class:`~hfi_desktop.catalog.model.FileValue`s (already read
and checked); their bytes go on the wire as data URLs (:mod:`hfi_desktop.chat.wire`).
"""

from __future__ import annotations

import copy
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from hfi_desktop.runs import RunState

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from hfi_desktop.catalog.model import FileValue

Role = Literal["user", "assistant", "tool"]
ROLES: tuple[Role, ...] = ("user", "assistant", "tool")
TITLE_CHARS = 80
#: The key of the root's children in ``ChatThread.selected``.
ROOT = ""


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ReplyStats:
    """How a reply went. ``ttft_s``: send → first token; ``generating_s``: first token →
    end; tokens from the stream's usage chunk, or counted chunks (``approximate``);
    ``cost_usd`` from the router's prices for ``provider`` (None: unknown)."""

    ttft_s: float | None = None
    elapsed_s: float | None = None
    generating_s: float | None = None
    completion_tokens: int | None = None
    prompt_tokens: int | None = None
    approximate: bool = False
    cost_usd: float | None = None
    provider: str | None = None

    @property
    def tokens_per_s(self) -> float | None:
        if not self.completion_tokens or not self.generating_s or self.generating_s < 0.05:
            return None
        return self.completion_tokens / self.generating_s

    def to_json(self) -> dict[str, Any]:
        return {name: value for name, value in vars(self).items() if value is not None}

    @staticmethod
    def from_json(value: object) -> ReplyStats | None:
        if not isinstance(value, dict):
            return None
        known = ReplyStats.__dataclass_fields__
        return ReplyStats(**{k: v for k, v in value.items() if k in known})


@dataclass
class ChatMessage:
    """One message. ``tool_calls``: an assistant's calls as the API gives them
    (``{"id", "type", "function": {"name", "arguments"}}``, arguments as JSON text);
    ``tool_call_id``: which call a tool message answers. A reply's ``state`` is RUNNING while
    it streams, CANCELLED when stopped (its text kept), ERROR with ``error`` (title, message)."""

    role: Role
    text: str = ""
    images: tuple[FileValue, ...] = ()
    id: str = field(default_factory=new_id)
    parent: str | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    tool_call_id: str | None = None
    reasoning: str = ""
    model: str = ""
    state: RunState = RunState.DONE
    error: tuple[str, str] | None = None
    stats: ReplyStats | None = None
    finish_reason: str | None = None
    created_at: float = field(default_factory=time.time)

    @property
    def is_reply(self) -> bool:
        return self.role == "assistant"


class ChatThread:
    """The messages of a chat and the branch on show. ``selected`` maps a message id (ROOT
    for the first messages) to the child shown after it; without an entry, the latest."""

    def __init__(self, *, system: str = "", id: str | None = None,
                 created_at: float | None = None) -> None:
        self.id = id or new_id()
        self.system = system
        self.created_at = created_at if created_at is not None else time.time()
        self.messages: dict[str, ChatMessage] = {}
        self.selected: dict[str, str] = {}
        self._children: dict[str, list[str]] = {}

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.messages)

    def children(self, message_id: str | None) -> list[ChatMessage]:
        return [self.messages[i] for i in self._children.get(message_id or ROOT, ())]

    def siblings(self, message_id: str) -> list[ChatMessage]:
        """The message and its alternatives (the other versions of it), oldest first."""
        return self.children(self.messages[message_id].parent)

    def path(self) -> list[ChatMessage]:
        """The branch on show, from the first message to the last."""
        found: list[ChatMessage] = []
        key = ROOT
        while True:
            children = self._children.get(key)
            if not children:
                return found
            chosen = self.selected.get(key)
            message = self.messages[chosen if chosen in children else children[-1]]
            found.append(message)
            key = message.id

    def path_to(self, message_id: str) -> list[ChatMessage]:
        """The message and the messages before it, from the first."""
        found: list[ChatMessage] = []
        current: str | None = message_id
        while current is not None:
            message = self.messages[current]
            found.append(message)
            current = message.parent
        return found[::-1]

    def last(self) -> ChatMessage | None:
        path = self.path()
        return path[-1] if path else None

    @property
    def title(self) -> str:
        """The first thing the user said, on one line."""
        first = next((m for m in self.path() if m.role == "user"), None)
        text = " ".join((first.text if first else "").split())
        if not text and first is not None and first.images:
            text = first.images[0].name
        return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"

    def has_branches(self) -> bool:
        return any(len(children) > 1 for children in self._children.values())

    def pending_tool_calls(self) -> list[dict[str, Any]]:
        """The calls of the last reply on show that no tool message answers yet."""
        path = self.path()
        answered = set()
        for message in reversed(path):
            if message.role == "tool" and message.tool_call_id:
                answered.add(message.tool_call_id)
            elif message.role == "assistant":
                return [call for call in message.tool_calls
                        if call.get("id") not in answered]
            else:
                return []
        return []

    # -- changing --------------------------------------------------------------------------
    def add(self, message: ChatMessage) -> ChatMessage:
        """Add ``message`` (below its ``parent``) and show its branch."""
        if message.parent is not None and message.parent not in self.messages:
            raise KeyError(f"no message {message.parent!r} in this chat")
        if message.id in self.messages:
            raise ValueError(f"the chat already has a message {message.id!r}")
        self.messages[message.id] = message
        self._children.setdefault(message.parent or ROOT, []).append(message.id)
        self.select(message.id)
        return message

    def append(self, message: ChatMessage) -> ChatMessage:
        """Add ``message`` after the last message on show."""
        last = self.last()
        return self.add(replace(message, parent=last.id if last else None))

    def remove(self, message_id: str) -> None:
        """Take a message and the messages after it out (a turn that failed before any
        reply); the branch on show goes back to the latest version left."""
        message = self.messages[message_id]
        for child in self.children(message_id):
            self.remove(child.id)
        del self.messages[message_id]
        key = message.parent or ROOT
        self._children[key].remove(message_id)
        if not self._children[key]:
            del self._children[key]
        if self.selected.get(key) == message_id:
            del self.selected[key]
        self.selected.pop(message_id, None)

    def select(self, message_id: str) -> None:
        """Show the branch that goes through ``message_id``."""
        for message in self.path_to(message_id):
            self.selected[message.parent or ROOT] = message.id

    def switch(self, message_id: str, step: int) -> ChatMessage:
        """Show the ``step``-th other version of a message (previous -1, next +1); the one shown."""
        siblings = self.siblings(message_id)
        index = [m.id for m in siblings].index(message_id)
        chosen = siblings[max(0, min(len(siblings) - 1, index + step))]
        self.select(chosen.id)
        return chosen

    def branch_at(self, message_id: str) -> ChatThread:
        """A new chat holding the messages up to ``message_id`` (same system prompt)."""
        branch = ChatThread(system=self.system)
        for message in self.path_to(message_id):
            branch.add(copy.copy(message))
        return branch

    # -- JSON --------------------------------------------------------------------------------
    def to_json(self, image: Callable[[FileValue], Any]) -> dict[str, Any]:
        """The chat as JSON-safe data, each image as ``image(file)`` returns it."""
        return {
            "id": self.id,
            "system": self.system,
            "created_at": self.created_at,
            "selected": dict(self.selected),
            "messages": [_message_json(m, image) for m in self.messages.values()],
        }

    @staticmethod
    def from_json(value: Mapping[str, Any],
                  image: Callable[[Any], FileValue | None]) -> ChatThread:
        """The chat of :meth:`to_json`'s data; ``image`` turns a stored image back into a
        FileValue (None: it was not kept, and is left out). Unknown or damaged entries are
        skipped."""
        thread = ChatThread(system=str(value.get("system") or ""),
                            id=str(value.get("id") or new_id()),
                            created_at=_number(value.get("created_at")))
        for item in value.get("messages") or ():
            message = _message_of(item, image)
            if message is not None and (message.parent is None
                                        or message.parent in thread.messages):
                thread.add(message)
        selected = value.get("selected")
        if isinstance(selected, dict):
            thread.selected.update({str(k): str(v) for k, v in selected.items()
                                    if v in thread.messages})
        return thread

    def walk(self) -> Iterator[ChatMessage]:
        """Every message, in the order they were added."""
        return iter(self.messages.values())


def _message_json(message: ChatMessage, image: Callable[[FileValue], Any]) -> dict[str, Any]:
    value: dict[str, Any] = {
        "id": message.id, "parent": message.parent, "role": message.role,
        "text": message.text, "created_at": message.created_at,
        "state": message.state.value,
    }
    optional: dict[str, Any] = {
        "images": [image(file) for file in message.images],
        "tool_calls": copy.deepcopy(message.tool_calls),
        "tool_call_id": message.tool_call_id,
        "reasoning": message.reasoning,
        "model": message.model,
        "error": list(message.error) if message.error else None,
        "stats": message.stats.to_json() if message.stats else None,
        "finish_reason": message.finish_reason,
    }
    value.update((key, item) for key, item in optional.items() if item)
    return value


def _message_of(item: object, image: Callable[[Any], FileValue | None]) -> ChatMessage | None:
    if not isinstance(item, dict) or item.get("role") not in ROLES:
        return None
    images = tuple(file for file in map(image, item.get("images") or ()) if file is not None)
    error = item.get("error")
    calls = item.get("tool_calls")
    try:
        state = RunState(item.get("state", RunState.DONE))
    except ValueError:
        state = RunState.DONE
    return ChatMessage(
        role=item["role"],
        text=str(item.get("text") or ""),
        images=images,
        id=str(item.get("id") or new_id()),
        parent=item["parent"] if isinstance(item.get("parent"), str) else None,
        tool_calls=[c for c in calls if isinstance(c, dict)] if isinstance(calls, list) else [],
        tool_call_id=item.get("tool_call_id") if isinstance(item.get("tool_call_id"), str)
        else None,
        reasoning=str(item.get("reasoning") or ""),
        model=str(item.get("model") or ""),
        state=state,
        error=(str(error[0]), str(error[1])) if isinstance(error, list) and len(error) == 2
        else None,
        stats=ReplyStats.from_json(item.get("stats")),
        finish_reason=item.get("finish_reason") if isinstance(item.get("finish_reason"), str)
        else None,
        created_at=_number(item.get("created_at")),
    )


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else time.time()
