"""What a snippet is made from: the call (method, model, inputs, parameters, options), the
files behind binary inputs, where the call goes (an Inference Provider through the router,
or the seed's way), and the exact request the client sends."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from hfi_desktop.inference.urls import DEFAULT_ROUTER_URL

if TYPE_CHECKING:
    from hfi_desktop.catalog.model import FileValue
    from hfi_desktop.inference import Options

#: The inference base URLs the libraries call by default (huggingface_hub's and
#: @huggingface/inference's "hf-inference" provider).
LIBRARY_DEFAULT_BASES = (
    "https://router.huggingface.co/hf-inference",
    "https://api-inference.huggingface.co",
)
_PLACEHOLDER_NAMES = {"image": "image.png", "audio": "audio.flac"}
#: The client's chat methods (OpenAI's chat completion: ``messages`` and its body's keys).
CHAT_METHODS = frozenset({"chat_completion", "chat_completion_stream"})
#: The header that bills an organization (router calls only).
BILL_TO_HEADER = "X-HF-Bill-To"


class CodegenError(ValueError):
    """The request cannot be written as code (the message says why)."""


@dataclass(frozen=True)
class FileRef:
    """A binary input in a snippet: its path on disk, or a placeholder name to save it as
    (``placeholder`` True: it was pasted or recorded, there is no file yet)."""

    path: str
    mime: str
    placeholder: bool = False
    data: bytes = field(default=b"", repr=False, compare=False)

    @classmethod
    def of(cls, value: FileValue) -> FileRef:
        if value.path:
            return cls(value.path, value.mime, False, value.data)
        kind = value.mime.split("/")[0]
        name = value.name if "." in value.name and "/" not in value.name else ""
        default = _PLACEHOLDER_NAMES.get(kind, "input.bin")
        return cls(name or default, value.mime, True, value.data)

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


@dataclass(frozen=True)
class Wire:
    """The HTTP request the client sends for the call (token aside)."""

    url: str
    headers: Mapping[str, str]
    body: bytes
    stream: bool = False

    @property
    def is_json(self) -> bool:
        return self.headers.get("Content-Type", "").startswith("application/json")

    @property
    def sent_model(self) -> str | None:
        """The ``model`` of a JSON body (chat: the id the router or server was sent)."""
        try:
            body = json.loads(self.body) if self.is_json else None
        except ValueError:
            return None
        model = body.get("model") if isinstance(body, dict) else None
        return model if isinstance(model, str) else None


@dataclass(frozen=True)
class ProviderCall:
    """A call through the Inference Providers router. ``chosen``: the provider the app was
    asked for ("auto", a policy of the auto router, a provider's name); ``provider``: where
    the call went (None: the auto chat router, which chooses server-side); ``model``: the
    model as the libraries take it (a Hub id; on the auto chat router, with the policy
    suffix it sent, ``id:cheapest``)."""

    chosen: str
    provider: str | None
    model: str | None
    router_url: str = DEFAULT_ROUTER_URL

    @property
    def library_provider(self) -> str:
        """The ``provider`` the libraries are given: the one the app called, or "auto"."""
        return self.provider or "auto"

    def picked_note(self) -> str | None:
        """Why the snippet names another provider than the one chosen (comment text)."""
        if self.provider is None or self.chosen == self.provider:
            return None
        return (f"The app's choice \"{self.chosen}\" ran this model on {self.provider} "
                "(the first live provider the Hub maps for the task).")

    def library_notes(self) -> list[str]:
        """What a library snippet does differently from the app (comment lines' text)."""
        found = [self.picked_note()]
        if self.router_url.rstrip("/") != DEFAULT_ROUTER_URL:
            found.append(f"The app calls the router at {self.router_url}; the library calls "
                         f"{DEFAULT_ROUTER_URL}.")
        return [note for note in found if note]


@dataclass(frozen=True)
class CodeRequest:
    """A call as snippets see it. ``kwargs``: the client method's arguments (no model, no
    options), a :class:`FileRef` where a binary input goes. ``model``: a Hub id, an endpoint
    URL, or None (the Hub's default model of the task, for custom requests with a task
    hint). ``base_url``: the client's inference base URL. ``wire``: the exact request (for
    curl). ``send_token``: whether the call carries the access token."""

    task_id: str
    method: str
    model: str | None
    kwargs: Mapping[str, object]
    files: Mapping[str, FileRef]
    base_url: str
    options: Options | None = None
    streaming: bool = False
    wire: Wire | None = None
    send_token: bool = True
    provider_call: ProviderCall | None = None

    @property
    def is_chat(self) -> bool:
        return self.method in CHAT_METHODS

    @property
    def bill_to(self) -> str | None:
        """The organization billed (the app sends it to the router only)."""
        return self.wire.headers.get(BILL_TO_HEADER) if self.wire is not None else None

    @property
    def is_endpoint(self) -> bool:
        """The model is a URL called as is (a named endpoint, a TGI/TEI server …)."""
        return self.model is not None and self.model.startswith(("http://", "https://"))

    @property
    def uses_library_default(self) -> bool:
        """The call goes to the Hugging Face serverless API the libraries call by default."""
        return not self.is_endpoint and self.base_url.rstrip("/") in LIBRARY_DEFAULT_BASES

    @property
    def url(self) -> str:
        """Where the call goes: the exact URL when the wire is known, else the usual one."""
        if self.wire is not None:
            return self.wire.url
        if self.is_endpoint:
            assert self.model is not None
            return self.model
        return f"{self.base_url.rstrip('/')}/models/{self.model or 'MODEL_ID'}"

    def no_token_note(self) -> str:
        """Why a snippet carries no token (when it does not)."""
        host = urlsplit(self.url).netloc or self.url
        return f"The app sends no access token to {host}, so neither does this."

    def placeholders(self) -> list[FileRef]:
        return [ref for ref in self.files.values() if ref.placeholder]

    def option_headers(self) -> dict[str, str]:
        """The options as the X- headers the Inference API reads."""
        return self.options.wire_headers() if self.options is not None else {}


def strip_files(kwargs: Mapping[str, object], files: Mapping[str, FileValue]
                ) -> tuple[dict[str, object], dict[str, FileRef]]:
    """A copy of ``kwargs`` with a FileRef at each file input's key (dotted: "inputs.image")."""
    copied: dict[str, object] = _deep_copy(kwargs)
    refs: dict[str, FileRef] = {}
    for key, value in files.items():
        ref = FileRef.of(value)
        refs[key] = ref
        *parents, last = key.split(".")
        target: object = copied
        for name in parents:
            target = target.get(name) if isinstance(target, dict) else None
        if isinstance(target, dict) and last in target:
            target[last] = ref
    return copied, refs


def _deep_copy(value: Mapping[str, object]) -> dict[str, object]:
    return {k: _deep_copy(v) if isinstance(v, Mapping) else v for k, v in value.items()}
