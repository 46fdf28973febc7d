"""Where a call goes: hf-inference at the base URL (the seed's way), a provider's route on the
router, the auto router, or a server of the user's own.

A provider other than hf-inference is resolved through the Hub's provider mapping before
anything is sent, so a model the provider does not serve is an error naming those that do
(never a round trip to a provider that answers 404).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._chat import request_body
from ._errors import InferenceInputError
from ._mapping import CHAT_TASK, ProviderMappings, Target, choose
from ._providers import (
    AUTO,
    CHAT_HEADERS,
    CHAT_ROUTES,
    DEFAULT_CHAT_ROUTE,
    HF_INFERENCE,
    ROUTER_POLICIES,
    chat_payload,
    serves,
    tasks_of,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._control import CallControl
    from ._hub import HubLookups
    from ._types import Options

_PROVIDER_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")


def check_provider(provider: object, argument: str = "provider") -> str | None:
    """A provider's name, "auto" or a policy of the auto router; None for none."""
    if provider is None:
        return None
    if not isinstance(provider, str):
        raise InferenceInputError(
            argument, f"expected a provider name, got {type(provider).__name__}"
        )
    name = provider.strip().lower()
    if not _PROVIDER_NAME.fullmatch(name):
        raise InferenceInputError(argument, f"not a provider name: {provider!r}")
    return name


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


@dataclass(frozen=True)
class ChatRoute:
    """A chat call's URL, the ``model`` its body names, and its headers. ``seed``: an
    hf-inference or TGI server, which takes the seed's options as headers."""

    url: str
    model: str
    provider: str | None = None
    seed: bool = False
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def payload(
        self, messages: list[dict[str, Any]], body: Mapping[str, Any], *, stream: bool
    ) -> dict[str, Any]:
        payload = request_body(self.model, messages, body, stream=stream)
        return chat_payload(self.provider, payload) if self.provider else payload

    def headers(self, options: Options) -> dict[str, str]:
        headers = {"Content-Type": "application/json", **self.extra}
        if self.seed:
            headers.update(options.wire_headers())
        return headers


def _chat_url(base: str) -> str:
    base = base.rstrip("/")
    return base if base.endswith("/chat/completions") else f"{base}/v1/chat/completions"


class Routing:
    """The routing of one client: its router, base URL and default provider, the Hub's
    mapping and default models. ``endpoint``: the URL every call of an endpoint client goes
    to (it wins over any provider)."""

    def __init__(
        self,
        router_url: str,
        base_url: str,
        default_provider: str | None,
        mappings: ProviderMappings,
        hub: HubLookups,
    ) -> None:
        self.router_url = router_url
        self.base_url = base_url
        self.default_provider = default_provider
        self._mappings = mappings
        self._hub = hub

    @property
    def on_router(self) -> bool:
        """Whether hf-inference calls go to the router's (not to a server of the user's)."""
        return self.base_url == f"{self.router_url}/{HF_INFERENCE}"

    def task(
        self,
        task: str,
        model_id: str | None,
        provider: str | None,
        ctl: CallControl,
        *,
        endpoint: str | None,
    ) -> tuple[str | None, Target | None]:
        """Where a call of ``task`` goes: ``(model, None)`` for hf-inference at the base URL,
        or the provider's :class:`Target`. Hub look-ups as needed."""
        if provider == HF_INFERENCE or (provider is None and self.default_provider is None):
            return model_id, None  # the seed's calls: nothing to check or look up
        name = check_provider(provider) or self.default_provider
        if name in (None, HF_INFERENCE) or endpoint is not None:
            return model_id, None
        if model_id is not None and is_url(model_id):
            return model_id, None
        if task == CHAT_TASK:
            raise InferenceInputError(
                "provider",
                "the 2023 conversational task (past_user_inputs) is served by no provider "
                "today: use chat_completion",
            )
        if name not in (AUTO, *ROUTER_POLICIES) and not serves(name, task):
            raise InferenceInputError(
                "provider",
                f"task {task!r} is not supported for provider {name!r}; "
                f"its tasks: {', '.join(tasks_of(name)) or 'none known'}",
            )
        if model_id is None:
            model_id = self._hub.default_model(task, ctl)
        wanted = AUTO if name in ROUTER_POLICIES else name
        entries = self._mappings.entries(model_id, ctl)
        entry = choose(entries, model_id, task, wanted, lambda p: serves(p, task))
        if entry.provider == HF_INFERENCE:
            return model_id, None
        return model_id, Target.of(entry, model_id)

    def chat(
        self,
        model_id: str | None,
        provider: str | None,
        ctl: CallControl,
        *,
        endpoint: str | None,
    ) -> ChatRoute:
        """Where a chat call goes (may look the provider mapping up)."""
        name = check_provider(provider) or self.default_provider
        if endpoint is not None or (model_id is not None and is_url(model_id)):
            base = endpoint or model_id or ""
            sent = model_id if model_id and not is_url(model_id) else "tgi"
            return ChatRoute(_chat_url(base), sent, seed=True)
        if model_id is None:
            raise InferenceInputError(
                "model", "required: a chat model id, like 'meta-llama/Llama-3.1-8B-Instruct'"
            )
        hf_id, colon, suffix = model_id.partition(":")
        if name is None and not self.on_router:
            # A server of the user's own (HF_INFERENCE_ENDPOINT): OpenAI-compatible at its root.
            return ChatRoute(_chat_url(self.base_url), model_id, seed=True)
        if name is None or name == AUTO or name in ROUTER_POLICIES:
            sent = model_id if colon or name in (None, AUTO) else f"{hf_id}:{name}"
            return ChatRoute(f"{self.router_url}/v1/chat/completions", sent)
        if colon:
            raise InferenceInputError(
                "model",
                f"the ':{suffix}' suffix chooses a provider on the auto router; with "
                f"provider={name!r} give the model id alone",
            )
        if name == HF_INFERENCE:
            path = quote(hf_id, safe="/")
            url = f"{self.base_url}/models/{path}/v1/chat/completions"
            return ChatRoute(url, hf_id, provider=HF_INFERENCE, seed=True)
        entry = choose(self._mappings.entries(hf_id, ctl), hf_id, CHAT_TASK, name, lambda _: True)
        url = f"{self.router_url}/{name}{CHAT_ROUTES.get(name, DEFAULT_CHAT_ROUTE)}"
        return ChatRoute(
            url, entry.provider_id, provider=name, extra=dict(CHAT_HEADERS.get(name, {}))
        )
