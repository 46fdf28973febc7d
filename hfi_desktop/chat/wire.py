"""A chat's branch as the ``messages`` of a chat completion (PROVIDERS.md §3.1): the system
prompt first, images as ``data:`` URLs, an assistant's tool calls, tool answers.

Encoding images is base64 over megabytes: call :func:`wire_messages` in a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hfi_desktop.inference import image_part

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .thread import ChatMessage


def wire_messages(system: str, path: Sequence[ChatMessage]) -> list[dict[str, Any]]:
    """The messages to send for ``path`` (a reply that brought nothing, say one that
    failed at once, is left out)."""
    messages: list[dict[str, Any]] = []
    if system.strip():
        messages.append({"role": "system", "content": system})
    for message in path:
        if message.role == "user":
            messages.append({"role": "user", "content": _user_content(message)})
        elif message.role == "tool":
            messages.append({"role": "tool", "tool_call_id": message.tool_call_id or "",
                             "content": message.text})
        elif message.text or message.tool_calls:
            messages.append(_reply(message))
    return messages


def _user_content(message: ChatMessage) -> str | list[dict[str, Any]]:
    if not message.images:
        return message.text
    parts: list[dict[str, Any]] = [{"type": "text", "text": message.text}] if message.text else []
    parts.extend(image_part(image.data) for image in message.images)
    return parts


def _reply(message: ChatMessage) -> dict[str, Any]:
    sent: dict[str, Any] = {"role": "assistant", "content": message.text or None}
    if message.tool_calls:
        sent["tool_calls"] = [
            {"id": call.get("id") or f"call_{index}", "type": call.get("type") or "function",
             "function": dict(call.get("function") or {})}
            for index, call in enumerate(message.tool_calls)
        ]
    elif sent["content"] is None:
        sent["content"] = ""
    return sent
