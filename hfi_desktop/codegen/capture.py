"""What the client sends for a call (HfInference.prepare_request), so that the curl snippet
is the app's request byte for byte (URL resolution, JSON encoding, option headers).

Blocking (a call may first look a model's task or the task's default model up on the Hub,
as the real call does): run it in a worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from hfi_desktop.inference import HfInference, InferenceError, Options

from .request import CodegenError, CodeRequest, Wire, strip_files

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
    return CodeRequest(
        task_id=request.task_id,
        method=request.method,
        model=model if isinstance(model, str) and model else None,
        kwargs=kwargs,
        files=files,
        base_url=client.base_url,
        options=options if isinstance(options, Options) else None,
        streaming=streaming or wire.stream,
        wire=wire,
        send_token=_sends_token(client, wire.url),
    )


def _sends_token(client: HfInference, url: str) -> bool:
    """Whether the call carries the token: as the client decides when it has one; without
    one, a snippet for a Hugging Face URL still needs it (the user's own, from $HF_TOKEN)."""
    if client.has_token:
        return client.sends_token_to(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "huggingface.co"
                                        or host.endswith(".huggingface.co"))
