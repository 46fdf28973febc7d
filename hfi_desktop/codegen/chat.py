"""Chat completion as code, what the flavours share: the call's arguments split into those a
library's ``create`` takes and the rest (``extra_body``), and the Python lines that print
the reply or its stream (huggingface_hub and openai give the same shape back)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import literals

if TYPE_CHECKING:
    from .request import CodeRequest

#: The keyword arguments of huggingface_hub's ``InferenceClient.chat_completion`` (and of
#: ``client.chat.completions.create``, its alias), besides ``messages`` and ``model``.
HUB_CHAT_ARGS = frozenset({
    "frequency_penalty", "logit_bias", "logprobs", "max_tokens", "n", "presence_penalty",
    "response_format", "seed", "stop", "stream_options", "temperature", "tool_choice",
    "tool_prompt", "tools", "top_logprobs", "top_p",
})
#: The keyword arguments of openai's ``client.chat.completions.create`` the app may send.
OPENAI_CHAT_ARGS = frozenset({
    "frequency_penalty", "logit_bias", "logprobs", "max_completion_tokens", "max_tokens",
    "metadata", "n", "parallel_tool_calls", "presence_penalty", "reasoning_effort",
    "response_format", "seed", "stop", "store", "stream_options", "temperature",
    "tool_choice", "tools", "top_logprobs", "top_p", "user",
})


def chat_arguments(req: CodeRequest, model: str | None, known: frozenset[str]
                   ) -> list[tuple[str | None, object]]:
    """``model``, ``messages``, the body's keys ``known`` takes, ``stream`` and the others
    in ``extra_body`` (sent as they are)."""
    body = {key: value for key, value in req.kwargs.items() if key != "stream"}
    args: list[tuple[str | None, object]] = [("model", model),
                                             ("messages", body.pop("messages", []))]
    args += [(key, value) for key, value in body.items() if key in known]
    if req.streaming:
        args.append(("stream", True))
    extra = {key: value for key, value in body.items() if key not in known}
    if extra:
        args.append(("extra_body", extra))
    return [(name, value) for name, value in args if value is not None]


def python_chat_lines(function: str, args: list[tuple[str | None, object]],
                      streaming: bool) -> list[str]:
    """The call, then the reply printed (token by token when it streams)."""
    call = literals.python_call(function, [(name, literals.python(value, 4))
                                           for name, value in args])
    if streaming:
        return [f"stream = {call}", "for chunk in stream:", "    if chunk.choices:",
                '        print(chunk.choices[0].delta.content or "", end="", flush=True)',
                "print()"]
    return [f"completion = {call}", "print(completion.choices[0].message.content)"]
