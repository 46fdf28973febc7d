"""Snippets that make the request on screen outside the app: Python (``huggingface_hub``),
JavaScript (``@huggingface/inference``) and curl. Pure Python, no Qt.

    code = describe_call(client, page.current_request(), streaming=spec.streaming)  # worker
    text = snippet(Flavour.CURL, code)

The token is never written: ``$HF_TOKEN``, ``process.env.HF_TOKEN``,
``os.environ["HF_TOKEN"]``. Binary inputs are their file paths.
"""

from __future__ import annotations

from enum import StrEnum

from .capture import capture_wire, describe_call
from .curl import curl_snippet
from .javascript import javascript_snippet
from .python import python_snippet
from .request import CodegenError, CodeRequest, FileRef, Wire


class Flavour(StrEnum):
    PYTHON = "python"
    JAVASCRIPT = "javascript"
    CURL = "curl"

    @property
    def label(self) -> str:
        return {"python": "Python", "javascript": "JavaScript", "curl": "curl"}[self.value]


def snippet(flavour: Flavour, request: CodeRequest) -> str:
    """The snippet of ``request`` in ``flavour``."""
    if flavour is Flavour.PYTHON:
        return python_snippet(request)
    if flavour is Flavour.JAVASCRIPT:
        return javascript_snippet(request)
    return curl_snippet(request)


__all__ = [
    "CodeRequest",
    "CodegenError",
    "FileRef",
    "Flavour",
    "Wire",
    "capture_wire",
    "curl_snippet",
    "describe_call",
    "javascript_snippet",
    "python_snippet",
    "snippet",
]
