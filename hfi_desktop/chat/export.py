"""A chat as a file's contents: Markdown (the branch on show, to read or share) and JSON
(every message and branch, the messages replayable with any OpenAI-style client).

Pure functions; images are handed to the caller (``image_link`` names the file written for
one in Markdown, ``image_url`` makes its ``data:`` URL in JSON). Run them in a worker.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import TYPE_CHECKING, Any

from hfi_desktop.runs import RunState
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from hfi_desktop.catalog.model import FileValue

    from .thread import ChatMessage, ChatThread, ReplyStats

FORMAT = "hfi-desktop-chat"
VERSION = 1
_STATE_NOTES = {
    RunState.CANCELLED: "stopped — partial reply",
    RunState.ERROR: "failed",
    RunState.INTERRUPTED: "interrupted — partial reply",
    RunState.RUNNING: "still streaming",
}


def format_stats(stats: ReplyStats) -> Text:
    """"0.42 s to first token · 35.1 tokens/s · 120 tokens · $0.00012": what is known (a Text:
    its str() the English that exports keep, the chat shows it translated)."""
    parts: list[str] = []
    if stats.ttft_s is not None:
        parts.append(_stat(QT_TRANSLATE_NOOP("ReplyStats", "{seconds} s to first token"),
                           seconds=f"{stats.ttft_s:.2f}"))
    rate = stats.tokens_per_s
    if rate is not None:
        parts.append(_stat(QT_TRANSLATE_NOOP("ReplyStats", "{rate} tokens/s"),
                           rate=f"{'~' if stats.approximate else ''}{rate:.1f}"))
    if stats.completion_tokens is not None:
        count = f"{stats.completion_tokens:,}"
        if stats.approximate:
            parts.append(_stat(QT_TRANSLATE_NOOP("ReplyStats", "~{count} tokens (counted chunks)"),
                               count=count))
        elif stats.prompt_tokens is not None:
            parts.append(_stat(QT_TRANSLATE_NOOP("ReplyStats", "{count} tokens ({prompt} in)"),
                               count=count, prompt=f"{stats.prompt_tokens:,}"))
        else:
            parts.append(_stat(QT_TRANSLATE_NOOP("ReplyStats", "{count} tokens"), count=count))
    if stats.cost_usd is not None:
        parts.append(format_cost(stats.cost_usd))
    if stats.provider:
        parts.append(_stat(QT_TRANSLATE_NOOP("ReplyStats", "via {provider}"),
                           provider=stats.provider))
    return Text.joined(" · ", *parts)


def _stat(template: str, /, **values: object) -> Text:
    return Text("ReplyStats", template, **values)


def format_cost(usd: float) -> str:
    """"$0.42", "$0.0012", "$0.000021": two significant digits below a cent."""
    if usd <= 0:
        return "$0"
    if usd >= 0.01:
        return f"${usd:.2f}"
    return f"${usd:.{1 - math.floor(math.log10(usd))}f}".rstrip("0")


def pretty_arguments(arguments: str) -> str:
    """A tool call's arguments indented, or as they came when they are not JSON."""
    try:
        return json.dumps(json.loads(arguments), ensure_ascii=False, indent=2)
    except ValueError:
        return arguments


# ---------------------------------------------------------------------------- Markdown
def chat_markdown(thread: ChatThread, *, model: str,
                  image_link: Callable[[FileValue], str]) -> str:
    """The branch on show as Markdown: a title, the system prompt, each message under its
    author, tool calls as JSON blocks, each reply's figures."""
    when = datetime.fromtimestamp(thread.created_at).strftime("%Y-%m-%d %H:%M")
    lines = [f"# {thread.title or 'Chat'}", "", f"*Chat with `{model}` · {when}*", ""]
    if thread.system.strip():
        lines += [_quoted(f"**System:** {thread.system.strip()}"), ""]
    for message in thread.path():
        lines += _message_markdown(message, image_link)
    if thread.has_branches():
        lines += ["---", "", "*Other versions of some messages are kept in the chat's JSON "
                             "file.*", ""]
    return "\n".join(lines).rstrip() + "\n"


def comparison_markdown(question: ChatThread, answers: Sequence[ChatMessage], *,
                        image_link: Callable[[FileValue], str]) -> str:
    """A conversation asked of several models: the question (the system prompt, the
    messages before it, the message asked), then each model's answer with its figures."""
    when = datetime.now().strftime("%Y-%m-%d %H:%M")
    models = ", ".join(f"`{answer.model}`" for answer in answers)
    lines = [f"# {question.title or 'Chat'} — compared", "", f"*{models} · {when}*", "",
             "## The question", ""]
    if question.system.strip():
        lines += [_quoted(f"**System:** {question.system.strip()}"), ""]
    for message in question.path():
        lines += _message_markdown(message, image_link)
    lines += ["## The answers", ""]
    for answer in answers:
        lines += _message_markdown(answer, image_link)
    return "\n".join(lines).rstrip() + "\n"


def _message_markdown(message: ChatMessage, image_link: Callable[[FileValue], str]
                      ) -> list[str]:
    if message.role == "user":
        lines = ["### You", ""]
    elif message.role == "tool":
        lines = ["### Tool result", ""]
    else:
        lines = [f"### {message.model or 'Assistant'}", ""]
    if message.text:
        body = message.text.strip()
        lines += [f"```\n{body}\n```" if message.role == "tool" else body, ""]
    for image in message.images:
        lines += [f"![{_escaped(image.name)}]({image_link(image)})", ""]
    for call in message.tool_calls:
        function = call.get("function") or {}
        lines += [f"**Calls `{function.get('name', '?')}`**", "", "```json",
                  pretty_arguments(str(function.get("arguments", ""))), "```", ""]
    note = _STATE_NOTES.get(message.state) if message.is_reply else None
    figures = format_stats(message.stats) if message.stats is not None else ""
    if message.error is not None:
        lines += [_quoted(f"**{message.error[0]}:** {message.error[1]}"), ""]
    footer = " · ".join(part for part in (note, figures) if part)
    if footer:
        lines += [f"<sub>{footer}</sub>", ""]
    return lines


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _escaped(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


# -------------------------------------------------------------------------------- JSON
def chat_document(thread: ChatThread, *, model: str, parameters: Mapping[str, Any],
                  settings: Mapping[str, Any], image_url: Callable[[FileValue], str]
                  ) -> dict[str, Any]:
    """The chat as one JSON document: ``messages`` is the branch on show (with the system
    prompt first: send it as is), ``branches`` the other versions; every message has its
    ``id`` and ``parent``, so the tree can be rebuilt."""
    on_show = thread.path()
    shown = {m.id for m in on_show}
    messages: list[dict[str, Any]] = []
    if thread.system.strip():
        messages.append({"role": "system", "content": thread.system})
    messages += [_message_json(m, image_url) for m in on_show]
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": thread.title,
        "created_at": datetime.fromtimestamp(thread.created_at).astimezone().isoformat(),
        "model": model,
        "system": thread.system,
        "parameters": dict(parameters),
        **{key: value for key, value in settings.items() if value is not None},
        "messages": messages,
        "branches": [_message_json(m, image_url) for m in thread.walk() if m.id not in shown],
    }


def _message_json(message: ChatMessage, image_url: Callable[[FileValue], str]
                  ) -> dict[str, Any]:
    content: Any = message.text
    if message.images:
        content = ([{"type": "text", "text": message.text}] if message.text else []) + [
            {"type": "image_url", "image_url": {"url": image_url(image)}}
            for image in message.images]
    value: dict[str, Any] = {"id": message.id, "parent": message.parent,
                             "role": message.role, "content": content}
    if message.tool_calls:
        value["tool_calls"] = message.tool_calls
    if message.tool_call_id:
        value["tool_call_id"] = message.tool_call_id
    if message.is_reply:
        value["model"] = message.model
        value["state"] = message.state.value
        if message.reasoning:
            value["reasoning_content"] = message.reasoning
        if message.stats is not None:
            value["stats"] = message.stats.to_json()
        if message.error is not None:
            value["error"] = {"title": message.error[0], "message": message.error[1]}
    return value
