"""Which task of the Inference Providers' mapping each page calls, and a model each task has
that some provider serves today.

The 2023 default models (``TaskSpec.default_model``) mostly answer 404 on today's router.
The application asks the Hub at run time for the most liked model a provider serves for the
task (``{hub}/api/models?inference_provider=all&pipeline_tag=…``); :data:`SERVED_DEFAULTS`
is what it falls back to when the Hub cannot be asked. Written from the Inference Providers
documentation's own examples (hf-inference's 14 tasks, and the models fal-ai, replicate and
together serve); a task that no provider serves today keeps its 2023 model, as
:data:`NOT_SERVED` says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .model import TaskSpec

#: Pages whose calls no Inference Provider serves: the 2023 conversational task (chat is
#: ``chat_completion``, on its own page) and the custom calls (raw, to hf-inference).
NO_PROVIDERS = frozenset({"conversational", "custom-request", "custom-streaming-request"})
#: Pages calling another task's models (the mapping's task name).
_MAPPING_TASK: Mapping[str, str] = {"text-generation-stream": "text-generation",
                                     "chat-completion": "conversational"}

#: Task id → a model some provider serves for it (the provider in the comment).
SERVED_DEFAULTS: Mapping[str, str] = {
    "automatic-speech-recognition": "openai/whisper-large-v3",  # hf-inference, fal-ai
    "chat-completion": "openai/gpt-oss-120b",  # cerebras, groq, together, novita, …
    "feature-extraction": "intfloat/multilingual-e5-large",  # hf-inference
    "fill-mask": "google-bert/bert-base-uncased",  # hf-inference
    "image-classification": "google/vit-base-patch16-224",  # hf-inference
    "image-segmentation": "nvidia/segformer-b0-finetuned-ade-512-512",  # hf-inference
    "image-to-image": "black-forest-labs/FLUX.1-Kontext-dev",  # fal-ai, replicate
    "object-detection": "facebook/detr-resnet-50",  # hf-inference
    "question-answering": "deepset/roberta-base-squad2",  # hf-inference
    "sentence-similarity": "sentence-transformers/all-MiniLM-L6-v2",  # hf-inference
    "summarization": "facebook/bart-large-cnn",  # hf-inference
    "table-question-answering": "google/tapas-base-finetuned-wtq",  # hf-inference
    "text-classification": "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
    "text-to-image": "black-forest-labs/FLUX.1-dev",  # fal-ai, replicate, together, nscale
    "text-to-speech": "hexgrad/Kokoro-82M",  # fal-ai, replicate
    "token-classification": "dslim/bert-base-NER",  # hf-inference
    "translation": "google-t5/t5-base",  # hf-inference
    "zero-shot-classification": "facebook/bart-large-mnli",  # hf-inference
}
#: Tasks with no model served today: their pages keep the 2023 default (the Hub's look-up
#: still finds one, should a provider serve the task again).
NOT_SERVED = frozenset({
    "audio-classification", "audio-to-audio", "document-question-answering", "image-to-text",
    "tabular-classification", "tabular-regression", "text-generation", "text-generation-stream",
    "visual-question-answering", "zero-shot-image-classification",
})


def provider_task(spec: TaskSpec) -> str | None:
    """The task name of the providers' mapping that ``spec``'s calls are made for; None when
    no provider serves the page's calls (they go to hf-inference the 2023 way)."""
    if spec.id in NO_PROVIDERS:
        return None
    return _MAPPING_TASK.get(spec.id, spec.id)


def served_default(spec: TaskSpec) -> str:
    """The built-in default model of ``spec``'s page: one served today, else the 2023 one."""
    return SERVED_DEFAULTS.get(spec.id, spec.default_model)
