"""What the client sends for a call (HfInference.prepare_request), so that the curl snippet
is the app's request byte for byte (URL resolution, JSON encoding, option headers).

Blocking (a call may first look a model's task or the task's default model up on the Hub,
as the real call does): run it in a worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from hfi_desktop.inference import HfInference, InferenceError, Options

from .request import CHAT_METHODS, CodegenError, CodeRequest, ProviderCall, Wire, strip_files

if TYPE_CHECKING:
    from hfi_desktop.catalog import CallRequest


def capture_wire(client: HfInference, request: CallRequest) -> Wire:
    """The request ``client`` would send for ``request`` (nothing is sent to the model;
    Hub look-ups the call needs first are made). Raises CodegenError if the client refuses
    the call (bad inputs) or a look-up fails."""
    try:
        prepared = client.prepare_request(request.method, **request.kwargs)
    except InferenceError as error:
        raise CodegenError(str(error)) from None
    return Wire(prepared.url, prepared.headers, prepared.body, stream=prepared.stream)


def describe_call(client: HfInference, request: CallRequest, *, streaming: bool = False,
                  wire: Wire | None = None) -> CodeRequest:
    """The :class:`CodeRequest` of ``request`` on ``client`` (its wire captured unless given).
    Blocking: run in a worker."""
    if wire is None:
        wire = capture_wire(client, request)
    kwargs, files = strip_files(request.kwargs, request.files)
    model = kwargs.pop("model", None)
    options = kwargs.pop("options", None)
    provider = kwargs.pop("provider", None)
    chosen = provider if isinstance(provider, str) and provider else client.provider
    model_id = model if isinstance(model, str) and model else None
    return CodeRequest(
        task_id=request.task_id,
        method=request.method,
        model=model_id,
        kwargs=kwargs,
        files=files,
        base_url=client.base_url,
        options=options if isinstance(options, Options) else None,
        streaming=streaming or wire.stream,
        wire=wire,
        send_token=_sends_token(client, wire.url),
        provider_call=_provider_call(client.router_url, request.method, chosen, model_id, wire),
    )


def _provider_call(router_url: str, method: str, chosen: str | None, model: str | None,
                   wire: Wire) -> ProviderCall | None:
    """How the call went through the router, read off its URL: ``{router}/{provider}/…``,
    or ``{router}/v1/chat/completions`` (the auto router). None for the seed's calls
    (hf-inference as in 2023, a URL of the user's own)."""
    router = router_url.rstrip("/")
    if not wire.url.startswith(router + "/") or (model or "").startswith(("http:", "https:")):
        return None
    chat = method in CHAT_METHODS
    name = chosen.strip().lower() if chosen else None
    if not chat and name in (None, "hf-inference"):
        return None
    segment = urlsplit(wire.url[len(router):]).path.split("/")[1]
    if chat and segment == "v1":  # the auto router: the model it was sent, policy and all
        return ProviderCall(name or "auto", None, wire.sent_model or model, router)
    return ProviderCall(name or segment, segment, model, router)



def _sends_token(client: HfInference, url: str) -> bool:
    """Whether the call carries the token: as the client decides when it has one; without
    one, a snippet for a Hugging Face URL still needs it (the user's own, from $HF_TOKEN)."""
    if client.has_token:
        return client.sends_token_to(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "huggingface.co"
                                        or host.endswith(".huggingface.co"))
