"""Models that run: the Hub's models some Inference Provider serves for a task, most liked
first (``{hub}/api/models?inference_provider=all&pipeline_tag=…``), looked up in a worker.

The first of them is a page's default model for this session (:func:`served_default`); the
first few are what the "not served" note suggests instead of a model no provider serves.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from hfi_desktop.hub import HubError, ModelHit

if TYPE_CHECKING:
    from .context import ProviderContext

log = logging.getLogger(__name__)

SUGGESTIONS = 5
_SEARCH_LIMIT = 30
#: The default model of each task found this session, by (Hub URL, pipeline tag, task).
_defaults: dict[tuple[str, str, str], str] = {}


async def served_models(context: ProviderContext, pipeline_tag: str, task: str, *,
                        query: str = "", limit: int = SUGGESTIONS) -> list[ModelHit]:
    """The first ``limit`` models whose live providers serve ``task``, most liked first
    (raises HubError; the Hub client caches the answer a few minutes)."""
    hub, url, token = context.hub, context.hub_url(), context.token()
    hits: list[ModelHit] = await context.bridge.run(lambda: hub.search_models(
        url, pipeline_tag=pipeline_tag, query=query, limit=_SEARCH_LIMIT, token=token,
        sort="likes", inference_provider="all"))
    return [hit for hit in hits if hit.providers_for(task)][:limit]


async def served_default(context: ProviderContext, pipeline_tag: str, task: str) -> str | None:
    """The most liked model a provider serves for ``task`` (once a session); None when the
    Hub cannot say (the page keeps its built-in default)."""
    key = (context.hub_url(), pipeline_tag, task)
    known = _defaults.get(key)
    if known is not None:
        return known
    try:
        hits = await served_models(context, pipeline_tag, task, limit=1)
    except HubError as error:
        log.info("no served default model for %s: %s", task, error)
        return None
    if not hits:
        return None
    _defaults[key] = hits[0].id
    return hits[0].id


def forget_defaults() -> None:
    """Forget the defaults found this session (tests; a new Hub URL finds its own anyway)."""
    _defaults.clear()
