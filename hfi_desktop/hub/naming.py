"""Small pure helpers: a task's pipeline tag, a model's page, counts as the Hub shows them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from hfi_desktop.catalog.model import TaskSpec

#: Catalog tasks that are not Hub tasks themselves, and the Hub task whose models they call.
_PIPELINE_TAGS = {
    "chat-completion": "text-generation",  # chat models are the Hub's text-generation ones
    "text-generation-stream": "text-generation",
    "custom-request": None,
    "custom-streaming-request": None,
}

_PART = r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
_HUB_ID = re.compile(f"{_PART}(?:/{_PART})?")


def pipeline_tag_for(spec: TaskSpec) -> str | None:
    """The Hub pipeline tag whose models fit the task (None: any model)."""
    return _PIPELINE_TAGS.get(spec.id, spec.id)


def is_hub_id(text: str) -> bool:
    """Whether ``text`` looks like a Hub model id (``owner/name`` or ``name``), not a URL."""
    text = text.strip()
    return bool(text) and _HUB_ID.fullmatch(text) is not None and ".." not in text


def model_page_url(hub_url: str, model_id: str) -> str:
    """The model's page on the Hub: ``{hub}/{owner}/{name}``."""
    return f"{hub_url.rstrip('/')}/{quote(model_id.strip(), safe='/')}"


def format_count(value: int) -> str:
    """1234 → "1.2k", 1_234_567 → "1.2M", 123_456 → "123k" (as the Hub writes counts)."""
    for limit, suffix in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")):
        if value >= limit:
            scaled = value / limit
            text = f"{scaled:.1f}" if scaled < 100 else f"{scaled:.0f}"
            if text.endswith(".0"):
                text = text[:-2]
            if text == "1000" and suffix != "B":  # 999_950 → "1000k": say "1M"
                return "1" + {"k": "M", "M": "B"}[suffix]
            return text + suffix
    return str(max(0, value))
