"""The text a streamed event adds to the view."""

from __future__ import annotations

import json


def event_text(event: object) -> str:
    """A text-generation event's token text (special tokens add nothing); any other JSON
    event (a custom streaming request) is shown as one compact JSON line."""
    if isinstance(event, dict):
        token = event.get("token")
        if isinstance(token, dict) and isinstance(token.get("text"), str):
            return "" if token.get("special") else token["text"]
    return json.dumps(event, ensure_ascii=False) + "\n"
