"""Chats as plain data, below the UI: the thread of messages and its branches
(:class:`ChatThread`), the messages it sends (:func:`wire_messages`), a reply's stream
folded in its worker (:func:`reply_pieces`) and counted (:class:`ReplyTally`), and a chat
as Markdown or JSON. No Qt: the chat page and a comparison of models share it."""

from .export import (
    chat_document,
    chat_markdown,
    comparison_markdown,
    format_cost,
    format_stats,
    pretty_arguments,
)
from .stats import ReplyTally, reply_cost, serving_provider
from .stream import ReplyPiece, reply_pieces
from .thread import ChatMessage, ChatThread, ReplyStats
from .wire import wire_messages

__all__ = [
    "ChatMessage",
    "ChatThread",
    "ReplyPiece",
    "ReplyStats",
    "ReplyTally",
    "chat_document",
    "chat_markdown",
    "comparison_markdown",
    "format_cost",
    "format_stats",
    "pretty_arguments",
    "reply_cost",
    "reply_pieces",
    "serving_provider",
    "wire_messages",
]
