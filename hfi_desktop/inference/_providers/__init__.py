"""The Inference Providers this client can call, as data: one entry per provider and task.

Providers come and go; adding one is adding rows here (routes from
``reference/PROVIDERS.md``, §3.4 and §4). ``HF_INFERENCE`` tasks are called the seed's way
(``{base_url}/models/{id}``), so they need no route. A provider that is not in the table is
still tried for chat at the usual OpenAI-compatible route.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _fal, _openai, _replicate, _zai
from ._wire import Call, Done, FetchAsset, Outcome, Outgoing, Poll, TaskRoute, sniff_type

if TYPE_CHECKING:
    from collections.abc import Mapping

HF_INFERENCE = "hf-inference"
#: Suffixes of the auto router (``model:policy``); chat only. "auto" is the router's default.
ROUTER_POLICIES = frozenset({"fastest", "cheapest", "preferred"})
AUTO = "auto"

#: Chat route below ``{router}/{provider}``; a provider missing here uses DEFAULT_CHAT_ROUTE.
CHAT_ROUTES: Mapping[str, str] = {
    "baseten": "/v1/chat/completions",
    "cerebras": "/v1/chat/completions",
    "cohere": "/compatibility/v1/chat/completions",
    "deepinfra": "/v1/openai/chat/completions",
    "featherless-ai": "/v1/chat/completions",
    "fireworks-ai": "/inference/v1/chat/completions",
    "groq": "/openai/v1/chat/completions",
    "novita": "/v3/openai/chat/completions",
    "nscale": "/v1/chat/completions",
    "ovhcloud": "/v1/chat/completions",
    "publicai": "/v1/chat/completions",
    "scaleway": "/v1/chat/completions",
    "together": "/v1/chat/completions",
    "zai-org": "/api/paas/v4/chat/completions",
}
DEFAULT_CHAT_ROUTE = "/v1/chat/completions"
#: Extra headers of a provider's chat calls.
CHAT_HEADERS: Mapping[str, Mapping[str, str]] = {"zai-org": _zai.CHAT_HEADERS}
#: Providers that take a json_schema ``response_format`` in their own form (§3.3).
_SCHEMA_FORMS = {
    "together": lambda s: {"type": "json_schema", "schema": s},
    "fireworks-ai": lambda s: {"type": "json_object", "schema": s},
    "cohere": lambda s: {"type": "json_object", "schema": s},
    HF_INFERENCE: lambda s: {"type": "json_object", "value": s},
}

#: The tasks hf-inference is called for (the seed's API; today it serves about 14 of them,
#: and the Hub's mapping says which models).
SEED_TASKS = frozenset(
    {
        "audio-classification",
        "audio-to-audio",
        "automatic-speech-recognition",
        "conversational",
        "document-question-answering",
        "feature-extraction",
        "fill-mask",
        "image-classification",
        "image-segmentation",
        "image-to-image",
        "image-to-text",
        "object-detection",
        "question-answering",
        "sentence-similarity",
        "summarization",
        "table-question-answering",
        "tabular-classification",
        "tabular-regression",
        "text-classification",
        "text-generation",
        "text-to-image",
        "text-to-speech",
        "token-classification",
        "translation",
        "visual-question-answering",
        "zero-shot-classification",
        "zero-shot-image-classification",
    }
)

#: provider -> task -> route, for every provider other than hf-inference (chat apart).
TASK_ROUTES: Mapping[str, Mapping[str, TaskRoute]] = {
    "deepinfra": {
        "automatic-speech-recognition": _openai.transcriptions("/v1/openai/audio/transcriptions"),
        "feature-extraction": _openai.embeddings("/v1/openai/embeddings"),
        "text-generation": _openai.completions("/v1/openai/completions"),
        "text-to-speech": _openai.speech("/v1/openai/audio/speech", needs_voice=False),
    },
    "fal-ai": {
        "automatic-speech-recognition": _fal.speech_recognition,
        "image-segmentation": _fal.image_segmentation,
        "image-to-image": _fal.image_to_image,
        "text-to-image": _fal.text_to_image,
        "text-to-speech": _fal.text_to_speech,
    },
    "featherless-ai": {"text-generation": _openai.completions("/v1/completions")},
    "novita": {"text-generation": _openai.completions("/v3/openai/completions")},
    "nscale": {
        "text-to-image": TaskRoute(_openai.nscale_image, _openai.read_b64_image),
    },
    "replicate": {
        "automatic-speech-recognition": _replicate.speech_recognition,
        "image-to-image": _replicate.image_to_image,
        "text-to-image": _replicate.text_to_image,
        "text-to-speech": _replicate.text_to_speech,
    },
    "scaleway": {"feature-extraction": _openai.embeddings("/v1/embeddings")},
    "together": {
        "automatic-speech-recognition": _openai.transcriptions("/v1/audio/transcriptions"),
        "feature-extraction": _openai.embeddings("/v1/embeddings"),
        "image-to-image": TaskRoute(_openai.together_image, _openai.read_b64_image),
        "text-generation": _openai.completions("/v1/completions"),
        "text-to-image": TaskRoute(_openai.together_image, _openai.read_b64_image),
        "text-to-speech": _openai.speech("/v1/audio/speech", needs_voice=True),
    },
    "zai-org": {"text-to-image": _zai.text_to_image},
}


def serves(provider: str, task: str) -> bool:
    """Whether this client can call ``provider`` for ``task`` (chat: any provider)."""
    if task == "conversational":
        return True
    if provider == HF_INFERENCE:
        return task in SEED_TASKS
    return task in TASK_ROUTES.get(provider, {})


def tasks_of(provider: str) -> list[str]:
    """The tasks this client can call ``provider`` for (chat included)."""
    if provider == HF_INFERENCE:
        return sorted(SEED_TASKS)
    own = set(TASK_ROUTES.get(provider, {}))
    if provider in CHAT_ROUTES:
        own.add("conversational")
    return sorted(own)


def known_providers() -> list[str]:
    return sorted({HF_INFERENCE, *CHAT_ROUTES, *TASK_ROUTES})


def chat_payload(provider: str, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with a json_schema ``response_format`` in the form ``provider`` takes."""
    form = body.get("response_format")
    rewrite = _SCHEMA_FORMS.get(provider)
    if rewrite is None or not isinstance(form, dict) or form.get("type") != "json_schema":
        return body
    spec = form.get("json_schema")
    schema = spec.get("schema") if isinstance(spec, dict) else None
    return {**body, "response_format": rewrite(schema)}


__all__ = [
    "AUTO",
    "CHAT_ROUTES",
    "HF_INFERENCE",
    "ROUTER_POLICIES",
    "TASK_ROUTES",
    "Call",
    "Done",
    "FetchAsset",
    "Outcome",
    "Outgoing",
    "Poll",
    "TaskRoute",
    "chat_payload",
    "known_providers",
    "serves",
    "sniff_type",
    "tasks_of",
]
