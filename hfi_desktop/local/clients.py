"""A client for one local source: every call to its base URL, its own token (the engine's
per-start token, or none) sent there and nowhere else — never the user's Hugging Face token,
which the client would otherwise take from ``HF_TOKEN`` when given none."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hfi_desktop.credentials.trust import normalize_origin
from hfi_desktop.inference import HfInference

if TYPE_CHECKING:
    from .sources import LocalSource


def client_for(source: LocalSource, **options: Any) -> HfInference:
    """``HfInference`` aimed at ``source`` (inference, chat and the Hub look-ups at its base
    URL). ``options``: timeout, call_deadline_s, stream_idle_s, … as the client takes them."""
    home = normalize_origin(source.base_url)
    token = source.token

    def only_home(url: str) -> bool:
        return bool(token) and home is not None and normalize_origin(url) == home

    # With no token of its own the client still reads HF_TOKEN: the policy keeps it home.
    return HfInference(token, base_url=source.base_url, hub_url=source.base_url,
                       token_policy=only_home, **options)
