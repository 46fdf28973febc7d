"""Chat completion: the chat page (first in the sidebar), a thread with any model a provider
serves for chat. Its parameters are PROVIDERS.md §3.1's; the thread itself is not a form
input (the page holds it), the message being written is."""

from __future__ import annotations

from . import parameters as p
from .define import spec
from .model import Example, Group, InputField, InputKind, OutputKind, PageKind

MESSAGE = InputField(
    "message", InputKind.LONG_TEXT, "Message",
    help="What you say to the model; the thread so far goes with it. Enter sends, "
    "Shift+Enter starts a new line; drop or paste images for models that see them.",
    placeholder="Message the model…",
)
RESPONSE_FORMAT = InputField(
    "response_format", InputKind.JSON, "Response format", required=False,
    help="What the reply must be: any text (unset), a JSON object, or JSON that follows a "
    "JSON schema.",
    placeholder='{"type": "object", "properties": {"answer": {"type": "string"}}, '
    '"required": ["answer"]}',
)
TOOLS = InputField(
    "tools", InputKind.JSON, "Tools", required=False,
    help="Functions the model may call, as a JSON list; its calls (name and arguments) show "
    "in the thread, and your next message answers them.",
    placeholder='[{"type": "function", "function": {"name": "get_weather", '
    '"description": "The weather in a city", "parameters": {"type": "object", '
    '"properties": {"city": {"type": "string"}}, "required": ["city"]}}}]',
)

#: An example's system prompt (``Example.values[SYSTEM]``): not an input, the chat's setting.
SYSTEM = "system"

CHAT = spec(
    "chat-completion", "Chat", Group.NATURAL_LANGUAGE,
    "Talk with a chat model: its replies stream in, with images for models that see them.",
    inputs=[MESSAGE, RESPONSE_FORMAT, TOOLS],
    parameters=p.CHAT,
    output=OutputKind.CHAT,
    model="openai/gpt-oss-120b",
    method="chat_completion_stream",
    streaming=True,
    page=PageKind.CHAT,
    pinned=True,
    examples=[
        Example("Explain", {"message": "Explain in a few bullet points how a transformer "
                                       "language model writes its replies."}),
        Example("Write code", {"message": "Write a Python function that reads a CSV file "
                                          "and returns the sum of one column.",
                               SYSTEM: "You are a careful Python developer: type hints, "
                                       "the standard library only, one short example of use."}),
        Example("Compare", {"message": "Compare Python, Rust and Go in a table: speed, "
                                       "safety, learning curve."}),
    ],
)

TASKS = (CHAT,)
