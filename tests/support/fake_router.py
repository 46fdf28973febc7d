"""The Inference Providers router (``https://router.huggingface.co``) and the Hub's
provider mapping, played on one 127.0.0.1 port; files it answers with a URL to are served
by an ``AssetHost`` (HTTPS). Written strictly from PROVIDERS.md (the wire reference in
/work/shared/reference); "§" numbers below are its sections.

    with FakeRouter() as router:                      # or the ``fake_router`` fixture
        router.map_model("google/gemma-3-27b-it", "scaleway", "gemma-3-27b-it",
                         "conversational")
        ... client(router_url=router.url, hub_url=router.url) ...
        assert not router.violations

What it does:

- The Hub (§2): ``/api/models/<id>?expand[]=inferenceProviderMapping`` (and
  ``expand[]=inference``) from ``map_model``; searches filtered by ``inference_provider``;
  everything else of ``FakeInferenceAPI`` (tasks, pipeline tags, search, tapes) as before.
- The router: the auto chat router (§1, §3), each provider's routes of §3.4 and §4, the
  queues and predictions to poll (§4.7), the chat catalogue ``/v1/models`` (§2).
  Answers are deterministic: chat echoes (see ``router_chat``), images are a small PNG,
  audio a tiny WAV, transcripts say how many bytes were heard.
- Checks: what a request must look like for its route (model first, ``model`` = the
  mapped providerId, the provider's own ``response_format`` form, data URLs, headers...).
  A failed check is appended to ``violations`` and answered 422 ``{"error": "fake
  router: <what>"}``; the fixture fails the test on any violation.
- Router paths need ``Authorization: Bearer hf_...`` (else 401, not a violation); every
  router answer carries a unique ``x-request-id``; auto-router answers name the provider
  chosen in ``x-inference-provider``.

``program()`` still wins over all of it, so a test can inject any fault at any path; the
``Emulated`` reply serves the emulation itself with a chosen stream shape (slow, cut...).
Builders of the documented error bodies (§5) are at the end of the module.
"""

from __future__ import annotations

import base64
import functools
import itertools
import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Self

from .asset_host import AssetHost, small_png, tiny_wav
from .fake_api import (
    Exchange,
    FakeInferenceAPI,
    HubModel,
    RecordedRequest,
    Reply,
    Respond,
    Stream,
    respond_json,
)
from .router_chat import CREATED, ChatAnswer, chat_completion, chat_problems, chat_stream_events
from .router_checks import (
    base64_problem,
    echo,
    embedding,
    heard,
    media_url_problem,
    multipart_fields,
    size_problem,
    split_data_url,
    text_problem,
    unexpected_keys,
    word_count,
    word_pieces,
)
from .sse import sse_event, token_events
from .tapes import Tape

#: §1: the providers both clients know.
PROVIDERS = frozenset({
    "baseten", "cerebras", "cohere", "deepinfra", "fal-ai", "featherless-ai", "fireworks-ai",
    "groq", "hf-inference", "novita", "nscale", "openai", "ovhcloud", "publicai", "replicate",
    "scaleway", "together", "wavespeed", "zai-org",
})
AUTO_POLICIES = frozenset({"", "fastest", "cheapest", "preferred"})
STATUSES = frozenset({"live", "staging", "error"})

_CHAT = "/v1/chat/completions"
#: §3.4 and §4: the JSON (or multipart) routes of each provider, route -> what it does.
#: fal-ai, replicate, hf-inference and zai-org's polling have routes of their own below.
ROUTES: Mapping[str, Mapping[str, str]] = {
    "baseten": {_CHAT: "chat"},
    "cerebras": {_CHAT: "chat"},
    "featherless-ai": {_CHAT: "chat", "/v1/completions": "completions"},
    "nscale": {_CHAT: "chat", "/v1/images/generations": "nscale_images",
               "/v1/embeddings": "embeddings"},
    "ovhcloud": {_CHAT: "chat"},
    "publicai": {_CHAT: "chat"},
    "scaleway": {_CHAT: "chat", "/v1/embeddings": "embeddings"},
    "together": {_CHAT: "chat", "/v1/completions": "completions",
                 "/v1/embeddings": "embeddings", "/v1/images/generations": "together_images",
                 "/v1/audio/transcriptions": "transcriptions", "/v1/audio/speech": "speech"},
    "fireworks-ai": {"/inference/v1/chat/completions": "chat"},
    "cohere": {"/compatibility/v1/chat/completions": "chat"},
    "groq": {"/openai/v1/chat/completions": "chat"},
    "novita": {"/v3/openai/chat/completions": "chat", "/v3/openai/completions": "completions"},
    "deepinfra": {"/v1/openai/chat/completions": "chat",
                  "/v1/openai/completions": "completions",
                  "/v1/openai/embeddings": "embeddings",
                  "/v1/openai/audio/transcriptions": "transcriptions",
                  "/v1/openai/audio/speech": "speech"},
    "zai-org": {"/api/paas/v4/chat/completions": "chat",
                "/api/paas/v4/async/images/generations": "zai_images"},
}
#: §3.3: the headers zai-org's requests carry.
ZAI_HEADERS: Mapping[str, str] = {"x-source-channel": "hugging_face",
                                  "accept-language": "en-US,en"}
#: §4.3: the data-URL labels fal reads; others get 422 "Unsupported data URL".
FAL_AUDIO_LABELS = frozenset({"audio/mpeg", "audio/x-wav", "video/webm"})
#: §4.1: what a LoRA on ``fal-ai/lora`` runs on.
FAL_LORA_BASE = "stabilityai/stable-diffusion-xl-base-1.0"
#: §4.2: the keys a Replicate image model may read its input image from.
REPLICATE_IMAGE_KEYS = ("image", "images", "input_image", "input_images")

_FAL_POLL = re.compile(r"/(?P<app>.+)/requests/(?P<id>[^/]+)(?P<status>/status)?")
_REPLICATE_MODEL = re.compile(r"/v1/models/(?P<p>[^/]+/[^/]+)/predictions")
_REPLICATE_GET = re.compile(r"/v1/predictions/(?P<id>[^/]+)")
_ZAI_RESULT = re.compile(r"/api/paas/v4/async-result/(?P<id>[^/]+)")
_request_ids = itertools.count(1)


def new_request_id() -> str:
    """A value for ``x-request-id``, unique in the test run."""
    return f"fake-{next(_request_ids):08d}"


class _Violation(Exception):
    """The client broke the protocol: recorded and answered 422."""


class _Answer(Exception):
    """Answer this instead (an error the real router or provider gives)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply)
        self.reply = reply


def _require(problems: Iterable[str | None]) -> None:
    found = [p for p in problems if p]
    if found:
        raise _Violation("; ".join(found))


def completion_stream_events(model: str, text: str) -> list[Any]:
    """A streamed OpenAI completion: one ``text_completion`` chunk per word, the last with
    ``finish_reason: "stop"``, then ``[DONE]``."""
    pieces = word_pieces(text)
    events: list[Any] = [
        {"id": "cmpl-stream", "object": "text_completion", "created": CREATED, "model": model,
         "choices": [{"index": 0, "text": piece,
                      "finish_reason": "stop" if i == len(pieces) - 1 else None}]}
        for i, piece in enumerate(pieces)
    ]
    return [*events, "[DONE]"]


def _not_emulated(what: str) -> _Answer:
    return _Answer(respond_json({"error": f"fake router: {what} is not emulated"}, 501))


# ------------------------------------------------------------------------------ values
@dataclass(frozen=True)
class ProviderMapping:
    """One entry of a model's provider mapping (§2)."""

    model: str
    provider: str
    provider_id: str
    task: str
    status: str = "live"
    adapter: str | None = None
    adapter_weights_path: str | None = None

    def fields(self) -> dict[str, Any]:
        """The entry as the Hub's model info has it (keyed by provider)."""
        entry: dict[str, Any] = {"status": self.status, "providerId": self.provider_id,
                                 "task": self.task, "isModelAuthor": False}
        if self.adapter is not None:
            entry["adapter"] = self.adapter
        if self.adapter_weights_path is not None:
            entry["adapterWeightsPath"] = self.adapter_weights_path
        return entry

    def serves(self, task: str) -> bool:
        """Whether this entry is for ``task`` (hf-inference: feature-extraction ≡
        sentence-similarity, §2)."""
        similar = {"feature-extraction", "sentence-similarity"}
        return self.task == task or (self.provider == "hf-inference"
                                     and {self.task, task} <= similar)


@dataclass(frozen=True)
class Emulated:
    """The router's own answer, as a programmable reply: SSE answers come ``delay_s``
    apart, cut after ``cut_after`` events (connection dropped), with ``framing="close"``
    (no chunked encoding), ``eol`` and ``space`` (``data: x`` or ``data:x``).

        router.program("/v1/chat/completions", Emulated(delay_s=0.005, cut_after=2), times=1)
    """

    delay_s: float = 0.0
    cut_after: int | None = None
    framing: Literal["chunked", "close"] = "chunked"
    eol: str = "\n"
    space: bool = True

    def serve(self, ex: Exchange) -> None:
        if not isinstance(ex.api, FakeRouter):
            raise TypeError("Emulated replies are served by a FakeRouter")
        ex.api.emulate(ex, self)

    def stream(self, events: Sequence[Any]) -> Stream:
        frames = [sse_event(e, eol=self.eol, space=self.space) for e in events]
        return Stream(frames, self.delay_s, self.cut_after, self.framing)


@dataclass(frozen=True)
class _Served:
    """A reply written by a function (a recording, the base class's answers)."""

    write: Callable[[Exchange], None]

    def serve(self, ex: Exchange) -> None:
        self.write(ex)


@dataclass
class _Job:
    """Work a client polls for (§4.7): ``pending`` polls answer "not yet", the next
    one "done"."""

    id: str
    provider: str
    pending: int
    result: Any
    app: str = ""  # fal-ai: the app path of response_url
    polls: int = 0
    done: bool = False


Handler = Callable[[Exchange, Emulated], Reply]


# ------------------------------------------------------------------------------ server
class FakeRouter(FakeInferenceAPI):
    """The fake router + Hub; start with ``with`` (or start()/stop())."""

    poll_interval_s = 0.005  # two servers per test: keep stop() quick

    def __init__(self, assets: AssetHost | None = None, tapes: Sequence[Tape] | None = None
                 ) -> None:
        super().__init__(tapes)
        #: Where answers' file URLs point; started and stopped with the router if made here.
        self.assets = assets if assets is not None else AssetHost()
        self._owns_assets = assets is None
        #: Every failed payload/protocol check, as "METHOD /path: what was wrong".
        self.violations: list[str] = []
        #: fal queue status answers before COMPLETED (IN_QUEUE, then IN_PROGRESS).
        self.fal_queue_polls = 2
        #: None: a Replicate POST answers ``succeeded`` at once (``Prefer: wait`` honoured).
        #: n: it answers ``starting``; GETs of the prediction answer ``processing`` n times.
        self.replicate_pending_polls: int | None = None
        #: zai-org async results answered PROCESSING before SUCCESS.
        self.zai_pending_polls = 1
        #: Replicate file outputs as ``[url]`` instead of ``url`` (§4.1 "URL or list").
        self.replicate_output_as_list = False
        #: Replicate ASR ``output`` form (§4.3): ``"transcription"`` → {transcription},
        #: ``"text"`` → the string, ``"txt_file"`` → {txt_file: URL of a text file}.
        self.replicate_asr_output: Literal["transcription", "text", "txt_file"] = "transcription"
        #: fal app path put in ``response_url`` per providerId (default: the providerId).
        #: fal drops sub-paths (``fal-ai/flux/dev`` → ``fal-ai/flux``): "may differ from P".
        self.fal_response_paths: dict[str, str] = {}
        #: Status polls answered, per provider ("fal-ai", "replicate", "zai-org").
        self.polls: Counter[str] = Counter()
        #: What emulated images and audio are.
        self.image = small_png()
        self.audio = tiny_wav()
        self._state = threading.Lock()
        self._mappings: dict[str, dict[str, ProviderMapping]] = {}
        self._catalog: dict[str, dict[str, Any]] = {}
        self._jobs: dict[str, _Job] = {}
        self._ids = itertools.count(1)

    # -- lifecycle
    def start(self) -> Self:
        if self._owns_assets:
            self.assets.start()
        return super().start()

    def stop(self) -> None:
        super().stop()
        if self._owns_assets:
            self.assets.stop()

    # -- the Hub's mapping and the catalogue
    def map_model(self, model: str, provider: str, provider_id: str, task: str,
                  status: str = "live", *, adapter: str | None = None,
                  adapter_weights_path: str | None = None) -> ProviderMapping:
        """Add (or replace, keeping its place) ``provider``'s entry in ``model``'s mapping.
        The Hub lists entries in the order of these calls."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {sorted(STATUSES)}")
        entry = ProviderMapping(model, provider, provider_id, task, status, adapter,
                                adapter_weights_path)
        with self._state:
            self._mappings.setdefault(model, {})[provider] = entry
        return entry

    def mapping(self, model: str) -> list[ProviderMapping]:
        with self._state:
            return list(self._mappings.get(model, {}).values())

    def add_catalog_model(self, model: str, providers: Sequence[Mapping[str, Any]], *,
                          input_modalities: Sequence[str] = ("text",),
                          output_modalities: Sequence[str] = ("text",)) -> dict[str, Any]:
        """An entry of the chat catalogue ``GET /v1/models`` (§2). ``providers``: dicts
        with at least ``provider``; ``status`` defaults to live, ``is_model_author`` to
        false; the rest (pricing, context_length...) is served as given."""
        rows = []
        for given in providers:
            if "provider" not in given:
                raise ValueError("each catalogue provider needs a 'provider'")
            rows.append({"status": "live", "is_model_author": False, **given})
        entry = {"id": model, "object": "model", "created": CREATED,
                 "owned_by": model.partition("/")[0],
                 "architecture": {"input_modalities": list(input_modalities),
                                  "output_modalities": list(output_modalities)},
                 "providers": rows}
        with self._state:
            self._catalog[model] = entry
        return entry

    # -- dispatch (handler threads)
    def _prepare(self, ex: Exchange) -> None:
        if not ex.request.path.startswith(("/api/", "/examples/")):
            ex.headers["x-request-id"] = new_request_id()

    def serve_recorded(self, ex: Exchange) -> None:
        self.emulate(ex, Emulated())

    def emulate(self, ex: Exchange, style: Emulated) -> None:
        """Answer as the router would (``style``: the shape of SSE answers)."""
        route = self._route(ex.request)
        if route is None:
            super().serve_recorded(ex)
            return
        try:
            _check_auth(ex.request)
            reply = route(ex, style)
        except _Answer as answer:
            reply = answer.reply
        except _Violation as violation:
            self.violations.append(f"{ex.request.method} {ex.request.path}: {violation}")
            reply = respond_json({"error": f"fake router: {violation}"}, 422)
        reply.serve(ex)

    def _route(self, request: RecordedRequest) -> Handler | None:
        """The router route ``request`` is for; None: not a router path (the Hub, the
        example files, the 2023 recordings)."""
        path = request.path
        if path.startswith(("/api/", "/examples/")):
            return None
        if path == _CHAT:
            return self._auto_chat
        if path == "/v1/models" or path.startswith("/v1/models/"):
            return self._catalogue
        provider, _, rest = path[1:].partition("/")
        if provider in PROVIDERS or self._mapped_provider(provider):
            return functools.partial(self._provider_route, provider, "/" + rest)
        return None

    def _provider_route(self, provider: str, rest: str, ex: Exchange, style: Emulated
                        ) -> Reply:
        method = ex.request.method
        if provider == "openai":
            raise _Violation("provider openai is direct-only: it rejects hf_ tokens (§1)")
        if provider == "hf-inference":
            return self._hf_inference(rest, ex, style)
        if provider == "fal-ai":
            return self._fal(rest, ex)
        if provider == "replicate":
            return self._replicate(rest, ex)
        if provider == "zai-org" and method == "GET" and (found := _ZAI_RESULT.fullmatch(rest)):
            return self._poll_zai(found["id"])
        kind = ROUTES.get(provider, {}).get(rest)
        if kind is None and rest == _CHAT and provider not in PROVIDERS:
            kind = "chat"  # a provider only the mapping knows: the usual route
        if kind is None or method != "POST":
            raise _no_route(ex.request)
        if provider == "zai-org":
            _require(f"zai-org requests carry {name}: {value} (§3.3)"
                     for name, value in ZAI_HEADERS.items()
                     if ex.request.header(name) != value)
        handler: Callable[[str, Exchange, Emulated], Reply] = getattr(self, f"_{kind}")
        return handler(provider, ex, style)

    # -- mapping lookups
    def _mapped_provider(self, provider: str) -> bool:
        with self._state:
            return any(provider in entries for entries in self._mappings.values())

    def _entries(self, provider: str | None = None) -> list[ProviderMapping]:
        with self._state:
            entries = [e for model in self._mappings.values() for e in model.values()]
        return [e for e in entries if provider is None or e.provider == provider]

    def _entry(self, model: str, provider: str) -> ProviderMapping | None:
        with self._state:
            return self._mappings.get(model, {}).get(provider)

    def _by_provider_id(self, provider: str, task: str | None, provider_id: Any,
                        *, what: str = '"model"') -> ProviderMapping:
        """The mapping entry a provider route's ``P`` belongs to; a violation if none."""
        entries = [e for e in self._entries(provider) if task is None or e.serves(task)]
        for entry in entries:
            if entry.provider_id == provider_id:
                return entry
        known = sorted({e.provider_id for e in entries}) or "none"
        raise _Violation(f"{what} is {provider_id!r}, not the providerId of a {provider} "
                         f"mapping{f' for {task}' if task else ''} (mapped: {known})")

    # -- assets and jobs
    def _image_url(self) -> str:
        return self.assets.publish(self.image, "image/png", ".png")

    def _audio_url(self) -> str:
        return self.assets.publish(self.audio, "audio/wav", ".wav")

    def _next(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):06d}"

    def _add_job(self, job: _Job) -> _Job:
        with self._state:
            self._jobs[job.id] = job
        return job

    def _poll(self, job_id: str, provider: str) -> _Job:
        """Count one status poll of a job; its ``done`` says whether this one completes it."""
        with self._state:
            job = self._jobs.get(job_id)
            if job is None or job.provider != provider:
                raise _Violation(f"no {provider} job {job_id!r} was submitted")
            job.polls += 1
            self.polls[provider] += 1
            job.done = job.done or job.polls > job.pending
            return job

    # -------------------------------------------------------------------------- chat
    def _auto_chat(self, ex: Exchange, style: Emulated) -> Reply:
        """§1/§3: ``model`` is the HF id with an optional policy or provider suffix."""
        if ex.request.method != "POST":
            raise _no_route(ex.request)
        body = _json_body(ex.request)
        model = body.get("model")
        if not isinstance(model, str):
            raise _Violation(f'"model" must be the HF id (with a policy suffix), got {model!r}')
        _require(chat_problems(body, None))
        hf_id, _, suffix = model.partition(":")
        chosen = self._auto_provider(hf_id, suffix)
        if chosen is None:
            raise _Answer(not_supported_by_enabled_providers(hf_id))
        ex.headers["x-inference-provider"] = chosen
        return self._chat_reply(body, hf_id, style)

    def _auto_provider(self, model: str, suffix: str) -> str | None:
        """Every policy picks the first live ``conversational`` entry (the fake has no
        speeds or prices); a provider suffix pins that one (live or staging)."""
        entries = [e for e in self.mapping(model) if e.task == "conversational"]
        if suffix in AUTO_POLICIES:
            return next((e.provider for e in entries if e.status == "live"), None)
        return next((e.provider for e in entries
                     if e.provider == suffix and e.status != "error"), None)

    def _chat(self, provider: str, ex: Exchange, style: Emulated,
              hf_model: str | None = None) -> Reply:
        """A provider's chat route: ``model`` is P (hf-inference: the HF id of the path)."""
        body = _json_body(ex.request)
        problems = chat_problems(body, provider)
        model = body.get("model")
        if hf_model is not None:
            if model != hf_model:
                problems.append(f'"model" must be the HF id {hf_model!r}, got {model!r}')
        else:
            try:
                self._by_provider_id(provider, "conversational", model)
            except _Violation as wrong:
                problems.append(str(wrong))
        _require(problems)
        return self._chat_reply(body, str(model), style)

    def _chat_reply(self, body: Mapping[str, Any], model: str, style: Emulated) -> Reply:
        answer = ChatAnswer.of(body)
        chat_id = self._next("chatcmpl-")
        if body.get("stream") is True:
            options = body.get("stream_options") or {}
            return style.stream(chat_stream_events(
                answer, chat_id, model, include_usage=options.get("include_usage") is True))
        return respond_json(chat_completion(answer, chat_id, model))

    def _catalogue(self, ex: Exchange, style: Emulated) -> Reply:
        if ex.request.method != "GET":
            raise _no_route(ex.request)
        model = ex.request.path.removeprefix("/v1/models").removeprefix("/")
        with self._state:
            catalog = dict(self._catalog)
        if not model:
            return respond_json({"object": "list", "data": list(catalog.values())})
        if model not in catalog:
            return respond_json({"error": f"Model {model} not found"}, 404)
        return respond_json(catalog[model])

    # ------------------------------------------------ OpenAI-style non-chat routes (§4)
    def _completions(self, provider: str, ex: Exchange, style: Emulated,
                     hf_model: str | None = None) -> Reply:
        """§4.5: ``{"prompt", "model": P, "max_tokens"...}`` → ``choices[0].text``."""
        body = _json_body(ex.request)
        problems = [text_problem(body, "prompt", empty_ok=True)]
        if "max_new_tokens" in body:
            problems.append('OpenAI-style completions take "max_tokens", not "max_new_tokens"')
        if hf_model is not None and body.get("model") != hf_model:
            problems.append(f'"model" must be the HF id {hf_model!r}, got {body.get("model")!r}')
        _require(problems)
        if hf_model is None:
            self._by_provider_id(provider, "text-generation", body.get("model"))
        if body.get("stream"):
            return style.stream(completion_stream_events(body["model"], echo(body["prompt"])))
        # An OpenAI-style completion reports its usage as a chat completion does (§3.1's
        # shape; tokens counted as words here), unasked; a stream does only when asked.
        text = echo(body["prompt"])
        prompt, completion = word_count(body["prompt"]), word_count(text)
        return respond_json({"id": self._next("cmpl-"), "object": "text_completion",
                             "created": CREATED, "model": body["model"],
                             "choices": [{"index": 0, "text": text, "finish_reason": "stop"}],
                             "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                                       "total_tokens": prompt + completion}})

    def _embeddings(self, provider: str, ex: Exchange, style: Emulated) -> Reply:
        """§4.5: ``{"input", "model": P}`` → ``{"data": [{"embedding"}]}``, one per input."""
        body = _json_body(ex.request)
        texts = _texts(body.get("input"), '"input"')
        self._by_provider_id(provider, "feature-extraction", body.get("model"))
        return respond_json({"data": [{"embedding": embedding(t)} for t in texts]})

    def _together_images(self, provider: str, ex: Exchange, style: Emulated) -> Reply:
        """§4.1/§4.2: text-to-image, or image-to-image when a reference image is given."""
        body = _json_body(ex.request)
        editing = "reference_images" in body or "image_url" in body
        problems = [text_problem(body, "prompt", empty_ok=editing)]
        if body.get("response_format") != "base64":
            problems.append('together wants "response_format": "base64"')
        if "num_inference_steps" in body:
            problems.append('together takes "steps", not "num_inference_steps"')
        if "reference_images" in body:
            refs = body["reference_images"]
            if not isinstance(refs, list) or not refs:
                problems.append('"reference_images" must be a non-empty list of image URLs')
            else:
                problems += [media_url_problem(u, "reference_images[]", ["image/"])
                             for u in refs]
        if "image_url" in body:
            problems.append(media_url_problem(body["image_url"], '"image_url"', ["image/"]))
        _require(problems)
        self._by_provider_id(provider, "image-to-image" if editing else "text-to-image",
                             body.get("model"))
        return self._b64_image()

    def _nscale_images(self, provider: str, ex: Exchange, style: Emulated) -> Reply:
        body = _json_body(ex.request)
        problems = [text_problem(body, "prompt"), *size_problem(body, provider=provider)]
        if body.get("response_format") != "b64_json":
            problems.append('nscale wants "response_format": "b64_json"')
        _require(problems)
        self._by_provider_id(provider, "text-to-image", body.get("model"))
        return self._b64_image()

    def _b64_image(self) -> Reply:
        return respond_json({"data": [{"b64_json": base64.b64encode(self.image).decode()}]})

    def _transcriptions(self, provider: str, ex: Exchange, style: Emulated) -> Reply:
        """§4.3: multipart with ``file`` (``audio.<ext>``) and ``model`` = P."""
        content_type = ex.request.header("content-type") or ""
        fields = multipart_fields(content_type, ex.request.body)
        if fields is None:
            raise _Violation(f"expected a multipart/form-data body, got {content_type!r}")
        filename, audio = fields.get("file", (None, b""))
        _require([None if filename else 'the "file" field must be a file (with a filename)',
                  None if audio else 'the "file" field holds no bytes'])
        model = fields.get("model", (None, b""))[1].decode(errors="replace")
        self._by_provider_id(provider, "automatic-speech-recognition", model)
        return respond_json({"text": heard(audio)})

    def _speech(self, provider: str, ex: Exchange, style: Emulated) -> Reply:
        """§4.4: ``{"input", "model": P, "voice"}`` (together requires voice) → audio."""
        body = _json_body(ex.request)
        problems = [text_problem(body, "input")]
        if provider == "together":
            problems.append(text_problem(body, "voice"))
        _require(problems)
        self._by_provider_id(provider, "text-to-speech", body.get("model"))
        return Respond(200, self.audio, "audio/wav")

    # -------------------------------------------------------------------- zai-org
    def _zai_images(self, provider: str, ex: Exchange, style: Emulated) -> Reply:
        """§4.1: ``{"model": P, "prompt", "size": "WxH"}`` → a task to poll."""
        body = _json_body(ex.request)
        _require([text_problem(body, "prompt"), *size_problem(body, provider=provider)])
        self._by_provider_id(provider, "text-to-image", body.get("model"))
        job = self._add_job(_Job(self._next("zai-"), provider, self.zai_pending_polls,
                                 self._image_url()))
        return respond_json({"id": job.id, "task_status": "PROCESSING"})

    def _poll_zai(self, job_id: str) -> Reply:
        job = self._poll(job_id, "zai-org")
        if not job.done:
            return respond_json({"id": job.id, "task_status": "PROCESSING"})
        return respond_json({"id": job.id, "task_status": "SUCCESS",
                             "image_result": [{"url": job.result}]})

    # ---------------------------------------------------------------------- fal-ai
    def _fal(self, rest: str, ex: Exchange) -> Reply:
        """§4: ``POST /fal-ai/{P}`` (sync, or ``?_subdomain=queue``); §4.7: the queue's
        status and result GETs, at the path of ``response_url``."""
        request = ex.request
        queued = request.query.get("_subdomain") == ["queue"]
        if request.method == "POST":
            entry = self._by_provider_id("fal-ai", None, rest[1:], what="the fal app path")
            result = self._fal_result(entry, _json_body(request))
            return self._fal_submit(entry, result) if queued else respond_json(result)
        found = _FAL_POLL.fullmatch(rest)
        if request.method != "GET" or found is None:
            raise _no_route(request)
        if not queued:
            raise _Violation("fal queue GETs keep the submit query ?_subdomain=queue (§4.7)")
        with self._state:
            job = self._jobs.get(found["id"])
        if job is None or job.provider != "fal-ai":
            raise _Violation(f"no fal-ai request {found['id']!r} was submitted")
        if job.app != found["app"]:
            raise _Violation(f"app path {found['app']!r} is not the one of response_url "
                             f"({job.app!r}): keep the path of response_url (§4.7)")
        if found["status"]:
            job = self._poll(found["id"], "fal-ai")
            status = "COMPLETED" if job.done else "IN_QUEUE" if job.polls == 1 else "IN_PROGRESS"
            return respond_json({"request_id": job.id, "status": status})
        if not job.done:
            raise _Violation("result fetched before its status said COMPLETED (§4.7)")
        return respond_json(job.result)

    def _fal_submit(self, entry: ProviderMapping, result: Any) -> Reply:
        app = self.fal_response_paths.get(entry.provider_id, entry.provider_id)
        job = self._add_job(_Job(self._next("00000000-0000-4000-8000-"), "fal-ai",
                                 self.fal_queue_polls, result, app=app))
        url = f"https://queue.fal.run/{app}/requests/{job.id}"
        return respond_json({"request_id": job.id, "status": "IN_QUEUE", "response_url": url,
                             "status_url": f"{url}/status"})

    def _fal_result(self, entry: ProviderMapping, body: Mapping[str, Any]) -> Any:
        """Check the body for the entry's task; what fal answers (sync) or the queue's
        result holds."""
        task = entry.task
        if task == "text-to-image":
            problems = [text_problem(body, "prompt"), *_fal_size_problems(body),
                        *_fal_lora_problems(entry, body)]
            _require(problems)
            return {"images": [{"url": self._image_url()}]}
        if task == "image-to-image":
            urls = body.get("image_urls")
            problems = [media_url_problem(body.get("image_url"), '"image_url"', ["image/"])]
            if not isinstance(urls, list) or not urls:
                problems.append('"image_urls" must be a non-empty list of image URLs (§4.2)')
            else:
                problems += [media_url_problem(u, '"image_urls[]"', ["image/"]) for u in urls]
            if "target_size" in body:
                problems.append('fal takes the size as "image_size", not "target_size"')
            _require(problems)
            return {"images": [{"url": self._image_url()}]}
        if task == "automatic-speech-recognition":
            return {"text": heard(_fal_audio(body.get("audio_url")))}
        if task == "text-to-speech":
            _require([text_problem(body, "text")])
            return {"audio": {"url": self._audio_url(), "content_type": "audio/wav"}}
        if task == "image-segmentation":  # §4.6: the mask, as a data URL (sync_mode)
            problems = [media_url_problem(body.get("image_url"), '"image_url"', ["image/"])]
            if body.get("sync_mode") is not True:
                problems.append('fal segmentation wants "sync_mode": true (§4.6)')
            _require(problems)
            mask = base64.b64encode(small_png()).decode("ascii")
            return {"image": {"url": f"data:image/png;base64,{mask}"}}
        raise _not_emulated(f"fal-ai {task}")

    # ------------------------------------------------------------------- replicate
    def _replicate(self, rest: str, ex: Exchange) -> Reply:
        """§4.1: a prediction, on the model's route or (P with ``:version``) the versioned
        one; ``Prefer: wait``. GETs of ``/v1/predictions/{id}`` poll it."""
        request = ex.request
        by_model = _REPLICATE_MODEL.fullmatch(rest)
        if request.method == "GET" and (found := _REPLICATE_GET.fullmatch(rest)):
            return self._poll_replicate(found["id"])
        if request.method != "POST" or not (by_model or rest == "/v1/predictions"):
            raise _no_route(request)
        body = _json_body(request)
        problems = []
        if not (request.header("prefer") or "").startswith("wait"):
            problems.append('Replicate predictions carry the header "Prefer: wait" (§4.1)')
        if not isinstance(body.get("input"), dict):
            problems.append('the body must be {"input": {...}}')
        if by_model and "version" in body:
            problems.append('"version" goes to /v1/predictions, not the model route')
        _require(problems)
        if by_model:
            entry = self._by_provider_id("replicate", None, by_model["p"], what="the model path")
        else:
            entry = self._replicate_version(body.get("version"))
        return self._prediction(self._replicate_output(entry, body["input"]))

    def _replicate_version(self, version: Any) -> ProviderMapping:
        for entry in self._entries("replicate"):
            pinned = entry.provider_id.partition(":")[2]
            if pinned and pinned == version:
                return entry
        raise _Violation(f'"version" {version!r} is not the one of a replicate providerId '
                         f"(owner/name:version)")

    def _replicate_output(self, entry: ProviderMapping, given: Mapping[str, Any]) -> Any:
        task = entry.task
        if task == "text-to-image":
            problems = [text_problem(given, "prompt")]
            if entry.adapter == "lora":
                want = f"https://huggingface.co/{entry.model}"
                if given.get("lora_weights") != want:
                    problems.append(f'a LoRA mapping sets input.lora_weights = "{want}" (§4.1)')
            _require(problems)
            return self._file_output(self._image_url())
        if task == "image-to-image":
            _require(_replicate_image_problems(given))
            return self._file_output(self._image_url())
        if task == "automatic-speech-recognition":
            _require([media_url_problem(given.get("audio"), "input.audio", ["audio/"])])
            text = heard(_audio_bytes(given["audio"]))
            if self.replicate_asr_output == "text":
                return text
            if self.replicate_asr_output == "txt_file":
                return {"txt_file": self.assets.publish(text.encode(), "text/plain", ".txt")}
            return {"transcription": text}
        if task == "text-to-speech":
            _require([text_problem(given, "text")])
            return self._file_output(self._audio_url())
        raise _not_emulated(f"replicate {task}")

    def _file_output(self, url: str) -> Any:
        return [url] if self.replicate_output_as_list else url

    def _prediction(self, output: Any) -> Reply:
        pending = self.replicate_pending_polls
        job = self._add_job(_Job(self._next("pred"), "replicate", pending or 0, output,
                                 done=pending is None))
        return respond_json(_prediction_json(job))

    def _poll_replicate(self, job_id: str) -> Reply:
        return respond_json(_prediction_json(self._poll(job_id, "replicate")))

    # ----------------------------------------------------------------- hf-inference
    def _hf_inference(self, rest: str, ex: Exchange, style: Emulated) -> Reply:
        """``/models/{id}`` + a route (§3.4, §4). A model without an hf-inference mapping
        is answered from the 2023 recordings of ``/models/...``, else 404."""
        if not rest.startswith("/models/"):
            raise _no_route(ex.request)  # e.g. the old /pipeline/{task}/{id} (§4.5)
        model, route = _split_hf_route(rest.removeprefix("/models/"))
        entry = self._entry(model, "hf-inference")
        if entry is None:
            tape = self.library.match(rest, ex.request.body)
            if tape is None:
                raise _Answer(respond_json({"error": f"Model {model} does not exist"}, 404))
            return _Served(functools.partial(self._serve_tape, tape=tape))
        task = _ROUTE_TASKS.get(route, route) if route else entry.task
        if not entry.serves(task):
            raise _Violation(f"{model} is mapped on hf-inference for {entry.task}, not {task}")
        if route == "chat":
            return self._chat("hf-inference", ex, style, hf_model=model)
        if route == "completions":
            return self._completions("hf-inference", ex, style, hf_model=model)
        handler = _HF_TASKS.get(task)
        if handler is None:
            raise _not_emulated(f"hf-inference {task}")
        return handler(self, ex, style)

    def _hf_text_to_image(self, ex: Exchange, style: Emulated) -> Reply:
        body = _json_body(ex.request)
        _require([text_problem(body, "inputs"), _parameters_problem(body),
                  *unexpected_keys(body, ("inputs", "parameters", "options"), "the body")])
        return Respond(200, self.image, "image/png")

    def _hf_image_to_image(self, ex: Exchange, style: Emulated) -> Reply:
        _hf_file_input(ex.request, "image/")
        return Respond(200, self.image, "image/png")

    def _hf_speech_recognition(self, ex: Exchange, style: Emulated) -> Reply:
        return respond_json({"text": heard(_hf_file_input(ex.request, "audio/"))})

    def _hf_text_to_speech(self, ex: Exchange, style: Emulated) -> Reply:
        body = _json_body(ex.request)
        _require([text_problem(body, "inputs")])
        return Respond(200, self.audio, "audio/wav")

    def _hf_feature_extraction(self, ex: Exchange, style: Emulated) -> Reply:
        """§4.5: ``{"inputs": str | [str], normalize, truncate, prompt_name}`` at the root."""
        body = _json_body(ex.request)
        if "parameters" in body:
            raise _Violation("feature-extraction options go at the root level, not under "
                             '"parameters" (§4.5)')
        inputs = body.get("inputs")
        texts = _texts(inputs, '"inputs"')
        vectors = [embedding(t) for t in texts]
        return respond_json(vectors[0] if isinstance(inputs, str) else vectors)

    def _hf_text_classification(self, ex: Exchange, style: Emulated) -> Reply:
        """``{"inputs": str, "parameters"}`` → the labels with their scores, best first:
        POSITIVE when the text says "like", "love" or "great", else NEGATIVE."""
        body = _json_body(ex.request)
        _require([text_problem(body, "inputs"), _parameters_problem(body),
                  *unexpected_keys(body, ("inputs", "parameters", "options"), "the body")])
        liked = any(word in body["inputs"].lower() for word in ("like", "love", "great"))
        best, other = ("POSITIVE", "NEGATIVE") if liked else ("NEGATIVE", "POSITIVE")
        return respond_json([[{"label": best, "score": 0.875}, {"label": other, "score": 0.125}]])

    def _hf_text_generation(self, ex: Exchange, style: Emulated) -> Reply:
        """§4.5 (PY): TGI ``{"inputs", "parameters", "stream"}`` → ``[{"generated_text"}]``
        or, streamed, TGI token events."""
        body = _json_body(ex.request)
        _require([text_problem(body, "inputs"), _parameters_problem(body),
                  *unexpected_keys(body, ("inputs", "parameters", "stream", "options"),
                                   "the body")])
        text = echo(body["inputs"])
        if body.get("stream") is True:
            return style.stream(token_events(word_pieces(text)))
        return respond_json([{"generated_text": text}])

    # ------------------------------------------------------------------------- Hub
    def _pipeline_tag(self, model: str) -> str | None:
        """The model's pipeline tag: set_pipeline_tag, add_hub_model, a recording, else
        its first mapping entry's task (``conversational`` → ``text-generation``)."""
        with self._lock:
            tag = self.pipeline_tags.get(model)
            hub_model = self.hub_models.get(model)
        if tag is None and hub_model is not None:
            tag = hub_model.pipeline_tag
        tape = self.library.hub.get(model)
        if tag is None and tape is not None:
            tag = tape.response_json().get("pipeline_tag")
        entries = self.mapping(model)
        if tag is None and entries:
            tag = "text-generation" if entries[0].task == "conversational" else entries[0].task
        return tag

    def _known(self, model: str) -> bool:
        with self._lock:
            known = model in self.pipeline_tags or model in self.hub_models
        return known or model in self.library.hub or bool(self.mapping(model))

    def _serve_model_info(self, ex: Exchange, model: str) -> None:
        """§2: ``expand[]=inferenceProviderMapping`` (dict keyed by provider) and
        ``expand[]=inference`` ("warm" when some entry is live) for any known model;
        the base answers the rest, and mapped models it does not know."""
        expand = ex.request.query.get("expand[]", [])
        router_keys = {"inferenceProviderMapping", "inference"} & set(expand)
        with self._lock:
            base_knows = (model in self.pipeline_tags or model in self.hub_models
                          or model in self.library.hub)
        if not router_keys and (base_knows or not self.mapping(model)):
            super()._serve_model_info(ex, model)
            return
        if not self._known(model):
            ex.send_json(404, {"error": "Repository not found"})
            return
        with self._lock:
            hub_model = self.hub_models.get(model)
        info: dict[str, Any] = {"_id": "0" * 24, "id": model}
        if not expand:
            info = (hub_model or self._hub_model(model)).info()
        entries = self.mapping(model)
        if "pipeline_tag" in expand:
            info["pipeline_tag"] = self._pipeline_tag(model)
        if "inferenceProviderMapping" in expand:
            info["inferenceProviderMapping"] = {e.provider: e.fields() for e in entries}
        if "inference" in expand and any(e.status == "live" for e in entries):
            info["inference"] = "warm"
        ex.send_json(200, info)

    def _hub_model(self, model: str) -> HubModel:
        return HubModel(model, self._pipeline_tag(model), 0, 0, [], [])

    def _searchable_models(self) -> list[HubModel]:
        """The Hub's models and the mapped ones it was not told about."""
        models = super()._searchable_models()
        known = {m.id for m in models}
        with self._state:
            mapped = [m for m in self._mappings if m not in known]
        return models + [self._hub_model(m) for m in mapped]

    def _matches_search(self, model: HubModel, query: Mapping[str, str]) -> bool:
        """``inference_provider`` (a name, a comma list or ``all``) keeps models with a
        live entry of one of them; ``pipeline_tag`` then matches such an entry's task or
        the model's own tag. ``inference=warm``: some live entry."""
        live = [e for e in self.mapping(model.id) if e.status == "live"]
        if query.get("inference") == "warm" and not live:
            return False
        names = query.get("inference_provider")
        if names is None:
            return super()._matches_search(model, query)
        if names != "all":
            wanted = set(names.split(","))
            live = [e for e in live if e.provider in wanted]
        tag = query.get("pipeline_tag")
        return (bool(live) and query.get("search", "").casefold() in model.id.casefold()
                and (tag is None or model.pipeline_tag == tag or any(e.task == tag for e in live)))

    def _search_entry(self, model: HubModel, query: Mapping[str, list[str]]) -> dict[str, Any]:
        """With ``expand[]=inferenceProviderMapping``: the list form (§2), entries naming
        their ``provider``. As on the Hub, ``expand[]`` names every field answered (the ids
        aside): a client that wants the counts asks for them too."""
        entry = super()._search_entry(model, query)
        expand = query.get("expand[]", [])
        if expand:
            entry = {key: value for key, value in entry.items()
                     if key in ("_id", "id") or key in expand}
        if "inferenceProviderMapping" in expand:
            entry["inferenceProviderMapping"] = [{"provider": e.provider, **e.fields()}
                                                 for e in self.mapping(model.id)]
        return entry


#: hf-inference routes that name their task (``_split_hf_route``).
_ROUTE_TASKS = {"chat": "conversational", "completions": "text-generation"}
_HF_TASKS: Mapping[str, Callable[[FakeRouter, Exchange, Emulated], Reply]] = {
    "text-to-image": FakeRouter._hf_text_to_image,
    "image-to-image": FakeRouter._hf_image_to_image,
    "automatic-speech-recognition": FakeRouter._hf_speech_recognition,
    "text-to-speech": FakeRouter._hf_text_to_speech,
    "feature-extraction": FakeRouter._hf_feature_extraction,
    "text-classification": FakeRouter._hf_text_classification,
    "text-generation": FakeRouter._hf_text_generation,
}


# --------------------------------------------------------------------- request helpers
def _check_auth(request: RecordedRequest) -> None:
    """§1, §5: router routes need ``Bearer hf_...``; else 401 (the client's problem to
    report, not a protocol violation)."""
    if not (request.header("authorization") or "").startswith("Bearer hf_"):
        raise _Answer(respond_json({"error": "Invalid credentials in Authorization header"},
                                   401))


def _no_route(request: RecordedRequest) -> _Answer:
    return _Answer(respond_json({"error": f"Not Found: no route {request.method} "
                                          f"{request.path}"}, 404))


def _json_body(request: RecordedRequest) -> dict[str, Any]:
    """§1: JSON bodies come as ``Content-Type: application/json``, an object."""
    content_type = request.header("content-type") or ""
    if not content_type.startswith("application/json"):
        raise _Violation(f"a JSON body needs Content-Type: application/json, got "
                         f"{content_type!r}")
    try:
        body = json.loads(request.body)
    except ValueError as error:
        raise _Violation(f"the body is not JSON ({error})") from None
    if not isinstance(body, dict):
        raise _Violation(f"the body must be a JSON object, got {type(body).__name__}")
    return body


def _texts(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value)
    raise _Violation(f"{what} must be a string or a non-empty list of strings")


def _parameters_problem(body: Mapping[str, Any]) -> str | None:
    if "parameters" in body and not isinstance(body["parameters"], dict):
        return '"parameters" must be an object'
    return None


def _split_hf_route(path: str) -> tuple[str, str | None]:
    """``<model>[/v1/chat/completions | /v1/completions | /pipeline/<task>]`` → the model
    and "chat", "completions", the task, or None (the model's own task)."""
    for suffix, route in ((_CHAT, "chat"), ("/v1/completions", "completions")):
        if path.endswith(suffix):
            return path.removesuffix(suffix), route
    model, found, task = path.partition("/pipeline/")
    return (model, task) if found else (path, None)


def _hf_file_input(request: RecordedRequest, kind: str) -> bytes:
    """hf-inference files: raw bytes with their MIME type, or ``{"inputs": <base64>,
    "parameters"}`` (§4.2, §4.3)."""
    content_type = request.header("content-type") or ""
    if not content_type.startswith("application/json"):
        if not content_type.startswith(kind):
            raise _Violation(f"a raw upload carries the file's MIME type ({kind}*), got "
                             f"{content_type!r}")
        if not request.body:
            raise _Violation("the upload is empty")
        return request.body
    body = _json_body(request)
    _require([base64_problem(body.get("inputs"), '"inputs"'), _parameters_problem(body)])
    return base64.b64decode(body["inputs"])


def _audio_bytes(url: str) -> bytes | str:
    parsed = split_data_url(url)
    return url if parsed is None else parsed[1]


def _fal_audio(url: Any) -> bytes | str:
    """§4.3: fal takes https or a data URL labelled audio/mpeg, audio/x-wav or video/webm;
    other labels get fal's own 422."""
    _require([media_url_problem(url, '"audio_url"', ["audio/", "video/"])])
    parsed = split_data_url(url)
    if parsed is None:
        return str(url)
    if parsed[0] not in FAL_AUDIO_LABELS:
        raise _Answer(detail_error(422, "Unsupported data URL"))
    return parsed[1]


def _fal_size_problems(body: Mapping[str, Any]) -> list[str]:
    """§4.1: width+height go as ``image_size: {width, height}``."""
    problems = [f'fal takes the size as "image_size": {{"width", "height"}}, not "{key}"'
                for key in ("width", "height") if key in body]
    size = body.get("image_size")
    if size is not None and not (isinstance(size, str) or (
            isinstance(size, dict) and set(size) == {"width", "height"}
            and all(isinstance(v, int) for v in size.values()))):
        problems.append(f'"image_size" must be {{"width": int, "height": int}}, got {size!r}')
    return problems


def _fal_lora_problems(entry: ProviderMapping, body: Mapping[str, Any]) -> list[str]:
    """§4.1: a LoRA mapping adds ``loras`` (and the base model on ``fal-ai/lora``)."""
    if entry.adapter != "lora":
        return []
    path = f"https://huggingface.co/{entry.model}/resolve/main/{entry.adapter_weights_path}"
    problems = []
    if body.get("loras") != [{"path": path, "scale": 1}]:
        problems.append(f'a LoRA mapping sends "loras": [{{"path": "{path}", "scale": 1}}]')
    if entry.provider_id == "fal-ai/lora" and body.get("model_name") != FAL_LORA_BASE:
        problems.append(f'fal-ai/lora needs "model_name": "{FAL_LORA_BASE}"')
    return problems


def _replicate_image_problems(given: Mapping[str, Any]) -> list[str | None]:
    """§4.2: the image under at least one of the keys models read (lists for plurals)."""
    present = [key for key in REPLICATE_IMAGE_KEYS if key in given]
    if not present:
        return [f"input needs the image under one of {list(REPLICATE_IMAGE_KEYS)}"]
    problems: list[str | None] = []
    for key in present:
        values = given[key] if key.endswith("s") else [given[key]]
        if not isinstance(values, list) or not values:
            problems.append(f"input.{key} must be a non-empty list")
            continue
        problems += [media_url_problem(v, f"input.{key}", ["image/"]) for v in values]
    return problems


def _prediction_json(job: _Job) -> dict[str, Any]:
    """A Replicate prediction; ``urls.get`` names Replicate's own host: a client keeps
    its path only (§4.7)."""
    status = "succeeded" if job.done else "processing" if job.polls else "starting"
    return {"id": job.id, "status": status, "output": job.result if job.done else None,
            "urls": {"get": f"https://api.replicate.com/v1/predictions/{job.id}"}}


# ------------------------------------------------------------------ error bodies (§5)
def _error_reply(status: int, body: Any) -> Respond:
    return respond_json(body, status, {"x-request-id": new_request_id()})


def gone_legacy() -> Respond:
    """410 of the retired ``api-inference.huggingface.co`` (§5, observed text)."""
    return _error_reply(410, {"error": "https://api-inference.huggingface.co is no longer "
                                       "supported. Please use https://router.huggingface.co "
                                       "instead."})


def not_supported_by_enabled_providers(model: str, *, as_object: bool = False) -> Respond:
    """400 of the auto router (§5): as a string ``error``, or OpenAI-style with
    ``code: "model_not_supported"``."""
    message = (f"The requested model '{model}' is not supported by any provider you have "
               "enabled.")
    if as_object:
        return _error_reply(400, {"error": {"message": message, "code": "model_not_supported"}})
    return _error_reply(400, {"error": message})


def insufficient_permissions(user: str = "test-user") -> Respond:
    """403 of a token without the Inference Providers permission (§5, observed text)."""
    return _error_reply(403, {"error": "This authentication method does not have sufficient "
                                       "permissions to call Inference Providers on behalf of "
                                       f"user {user}"})


def credits_exceeded() -> Respond:
    """402 when the monthly credits are spent (§5, observed text)."""
    return _error_reply(402, {"error": "You have exceeded your monthly included credits for "
                                       "Inference Providers."})


def openai_error(status: int, message: str, *, type: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None) -> Respond:
    """``{"error": {"message", "type", "param", "code"}}`` (§5)."""
    return _error_reply(status, {"error": {"message": message, "type": type, "param": param,
                                           "code": code}})


def detail_error(status: int, detail: str) -> Respond:
    """``{"detail": ...}`` (fal and other providers, §5)."""
    return _error_reply(status, {"detail": detail})


def message_error(status: int, message: str) -> Respond:
    """``{"message": ...}`` (some providers, §5)."""
    return _error_reply(status, {"message": message})


def hub_errors(status: int, messages: Sequence[str]) -> Respond:
    """``{"errors": [{"message"}]}`` (the Hub, §5)."""
    return _error_reply(status, {"errors": [{"message": m} for m in messages]})


__all__ = [
    "AUTO_POLICIES", "PROVIDERS", "ROUTES", "Emulated", "FakeRouter", "ProviderMapping",
    "credits_exceeded", "detail_error", "gone_legacy", "hub_errors", "insufficient_permissions",
    "message_error", "new_request_id", "not_supported_by_enabled_providers", "openai_error",
]
