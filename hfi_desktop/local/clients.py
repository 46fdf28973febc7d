"""The client of a local source, and the provider choices that name one.

A page's provider choice is ``"local"`` (the engine) or ``"local:<name>"`` (a server). Its
calls go to the source the 2023 way (no provider): hf-inference routes at ``base_url``, chat
at ``{base_url}/v1/chat/completions`` with the model named as is. The source's own token
goes to the source's origin only; the user's Hugging Face token never goes there (nor does
``$HF_TOKEN``, which the client would otherwise fall back to). No proxy from the environment
goes between (one set for the Internet would see, or break, calls to this computer).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from hfi_desktop.credentials.trust import normalize_origin
from hfi_desktop.inference import DEFAULT_TIMEOUT, HfInference

if TYPE_CHECKING:
    from .sources import LocalSource

ENGINE_ID = "local"
_PREFIX = f"{ENGINE_ID}:"


def is_local(choice: str | None) -> bool:
    """Whether ``choice`` (a provider choice) names a source on this computer."""
    return choice is not None and (choice == ENGINE_ID or choice.startswith(_PREFIX))


def local_client(source: LocalSource, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 call_deadline_s: float | None = None,
                 stream_idle_s: float | None = None) -> HfInference:
    """A client whose calls go to ``source`` (timeouts and deadlines as the settings say;
    None: none, a local model may take long); its token, if any, goes to
    ``source.base_url``'s origin alone."""
    origin = normalize_origin(source.base_url)

    @lru_cache(maxsize=256)  # asked before each request; parsing the URL cost 30 µs of CPU a call
    def token_policy(url: str) -> bool:
        return bool(source.token) and origin is not None and normalize_origin(url) == origin

    return HfInference(source.token, base_url=source.base_url, hub_url=source.base_url,
                       token_policy=token_policy, timeout=timeout,
                       call_deadline_s=call_deadline_s, stream_idle_s=stream_idle_s,
                       use_environment=False)
