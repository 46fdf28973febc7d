"""The chat page and its parts: the thread of messages (Markdown replies rendered as they
stream), the composer, the settings panel, and the reusable step that sends a conversation to
a model and streams the reply (:class:`ReplyRunner`)."""

from .page import ChatPage
from .reply import ReplyJob, ReplyRunner

__all__ = ["ChatPage", "ReplyJob", "ReplyRunner"]
