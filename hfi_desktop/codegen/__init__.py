"""Snippets that make the request on screen outside the app: Python (``huggingface_hub``),
JavaScript (``@huggingface/inference``), curl, and for chat the ``openai`` client. Through
the Inference Providers router, with the provider the app called. Pure Python, no Qt.

    code = describe_call(client, page.current_request(), streaming=spec.streaming)  # worker
    text = snippet(Flavour.CURL, code)

The token is never written: ``$HF_TOKEN``, ``process.env.HF_TOKEN``,
``os.environ["HF_TOKEN"]``. Binary inputs are their file paths.
"""

from __future__ import annotations

from enum import StrEnum

from hfi_desktop.redaction import redact

from .capture import capture_wire, describe_call
from .curl import curl_snippet
from .javascript import javascript_snippet
from .openai_client import openai_snippet
from .python import python_snippet
from .request import CHAT_METHODS, CodegenError, CodeRequest, FileRef, ProviderCall, Wire


class Flavour(StrEnum):
    PYTHON = "python"
    JAVASCRIPT = "javascript"
    CURL = "curl"
    OPENAI = "openai"  # chat only

    @property
    def label(self) -> str:
        return {"python": "Python", "javascript": "JavaScript", "curl": "curl",
                "openai": "Python (openai)"}[self.value]


def flavours_for(method: str) -> list[Flavour]:
    """The flavours a call of the client's ``method`` can be written in."""
    return [f for f in Flavour if f is not Flavour.OPENAI or method in CHAT_METHODS]


def snippet(flavour: Flavour, request: CodeRequest) -> str:
    """The snippet of ``request`` in ``flavour`` (CodegenError if it has none); never with a
    token in it (inputs the user pasted one into are redacted)."""
    if flavour is Flavour.PYTHON:
        return redact(python_snippet(request))
    if flavour is Flavour.JAVASCRIPT:
        return redact(javascript_snippet(request))
    if flavour is Flavour.OPENAI:
        return redact(openai_snippet(request))
    return redact(curl_snippet(request))


__all__ = [
    "CodeRequest",
    "CodegenError",
    "FileRef",
    "Flavour",
    "ProviderCall",
    "Wire",
    "capture_wire",
    "curl_snippet",
    "describe_call",
    "flavours_for",
    "javascript_snippet",
    "openai_snippet",
    "python_snippet",
    "snippet",
]
