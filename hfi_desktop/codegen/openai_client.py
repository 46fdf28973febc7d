"""A chat call with the ``openai`` client: the router's OpenAI-compatible endpoint
(``{router}/v1``), the provider pinned by the model's suffix (``id:groq``) or the policy
the app sent (``id:cheapest``); a server of one's own (TGI) at its own ``/v1``. The token
is read from the ``HF_TOKEN`` environment variable, never written out."""

from __future__ import annotations

from . import literals
from .chat import OPENAI_CHAT_ARGS, chat_arguments, python_chat_lines
from .request import BILL_TO_HEADER, CodegenError, CodeRequest

TOKEN = 'os.environ["HF_TOKEN"]'
CHAT_SUFFIX = "/chat/completions"


def openai_snippet(req: CodeRequest) -> str:
    """A runnable Python script making ``req``'s chat call with ``openai.OpenAI``."""
    if not req.is_chat:
        raise CodegenError("the openai client makes chat calls only")
    base_url, model = _target(req)
    args = chat_arguments(req, model, OPENAI_CHAT_ARGS)
    client: list[tuple[str | None, str]] = [("base_url", literals.string(base_url)),
                                            ("api_key", TOKEN if req.send_token else '"-"')]
    if req.bill_to:
        client.append(("default_headers", literals.python({BILL_TO_HEADER: req.bill_to}, 4)))
    lines = ["import os", ""] if req.send_token else []
    lines += ["from openai import OpenAI", ""]
    if not req.send_token:
        lines.append(f"# {req.no_token_note()}")
    lines += [literals.python_call("client = OpenAI", client), ""]
    lines += python_chat_lines("client.chat.completions.create", args, req.streaming)
    return "\n".join(lines) + "\n"


def _target(req: CodeRequest) -> tuple[str, str | None]:
    """The base URL and the model: the router's auto router (a provider the app called is
    pinned with the model's suffix), else the server the app called, at its ``/v1``."""
    routed = req.provider_call
    if routed is not None:
        base = f"{routed.router_url.rstrip('/')}/v1"
        if routed.provider is None or routed.model is None:
            return base, routed.model
        return base, f"{routed.model}:{routed.provider}"
    url = req.url.split("?")[0]
    if not url.endswith(CHAT_SUFFIX):
        raise CodegenError(f"{url} is not an OpenAI-compatible chat URL")
    return url.removesuffix(CHAT_SUFFIX), (req.wire.sent_model if req.wire else None) or req.model

