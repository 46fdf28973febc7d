"""A runner's answer that is not JSON: the server sends ``body`` with ``content_type``."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BinaryOutput:
    body: bytes
    content_type: str  # e.g. "audio/wav"
