"""Text tasks over transformers pipelines (and sentence-transformers for embeddings), with
outputs shaped as hf-inference returns them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import generation
from .base import EngineRequest, RunnerInputError, TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

FILL_MASK_TOP_K = 5
AGGREGATIONS = ("none", "simple", "first", "average", "max")


def jsonable(value: Any) -> Any:
    """Pipelines' outputs with numpy/torch numbers made plain JSON values."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _texts(inputs: Any) -> str | list[str]:
    if isinstance(inputs, str):
        return inputs
    if isinstance(inputs, list) and inputs and all(isinstance(item, str) for item in inputs):
        return inputs
    raise RunnerInputError("inputs: expected a text or a non-empty list of texts")


def _text(inputs: Any) -> str:
    if not isinstance(inputs, str):
        raise RunnerInputError("inputs: expected a text")
    return inputs


def _pipeline_loader(task: str) -> Any:
    def load(folder: Path, device: str) -> Any:
        from transformers import pipeline

        return pipeline(task, model=str(folder), device=device)

    return load


def _parameters(request: EngineRequest, allowed: tuple[str, ...]) -> dict[str, Any]:
    unknown = sorted(set(request.parameters) - set(allowed))
    if unknown:
        raise RunnerInputError(
            f"parameters: {', '.join(unknown)} not supported here "
            f"(supported: {', '.join(allowed) or 'none'})"
        )
    return {key: value for key, value in request.parameters.items() if value is not None}


def _text_classification(pipe: Any, request: EngineRequest) -> Any:
    texts = _texts(request.inputs)
    params = _parameters(request, ("top_k", "function_to_apply"))
    top_k = params.pop("top_k", None)
    if params.get("function_to_apply") not in (None, "sigmoid", "softmax", "none"):
        raise RunnerInputError("parameters.function_to_apply: one of sigmoid, softmax, none")
    result = pipe([texts] if isinstance(texts, str) else texts, top_k=top_k, **params)
    return jsonable(result)  # one list of labels (sorted by score) per text


def _token_classification(pipe: Any, request: EngineRequest) -> Any:
    text = _text(request.inputs)
    params = _parameters(request, ("aggregation_strategy", "ignore_labels", "stride"))
    strategy = params.pop("aggregation_strategy", "simple")
    if not isinstance(strategy, str) or strategy.lower() not in AGGREGATIONS:
        raise RunnerInputError(f"parameters.aggregation_strategy: one of {', '.join(AGGREGATIONS)}")
    return jsonable(pipe(text, aggregation_strategy=strategy, **params))


def _fill_mask(pipe: Any, request: EngineRequest) -> Any:
    text = _text(request.inputs)
    params = _parameters(request, ("top_k", "targets"))
    mask = pipe.tokenizer.mask_token
    if mask and mask not in text:
        raise RunnerInputError(f"inputs: no mask token {mask} in the text")
    result = pipe(text, top_k=params.get("top_k", FILL_MASK_TOP_K), targets=params.get("targets"))
    return jsonable(result)


def _zero_shot(pipe: Any, request: EngineRequest) -> Any:
    texts = _texts(request.inputs)
    params = _parameters(request, ("candidate_labels", "multi_label", "hypothesis_template"))
    labels = params.get("candidate_labels")
    if isinstance(labels, str):
        labels = [label.strip() for label in labels.split(",") if label.strip()]
    if not labels or not all(isinstance(label, str) for label in labels):
        raise RunnerInputError("parameters.candidate_labels: required, a list of labels")
    params["candidate_labels"] = labels
    try:
        return jsonable(pipe(texts, **params))
    except ValueError as exc:  # a template without {}, labels it cannot use
        raise RunnerInputError(str(exc)) from exc


def _text_generation(lm: generation.CausalLM, request: EngineRequest) -> Any:
    prompt = _text(request.inputs)
    params = dict(request.parameters)
    full = params.pop("return_full_text", True)
    params.pop("details", None)
    chosen = generation.settings(params)
    result = generation.generate(lm, generation.encode(lm, prompt), chosen)
    text = prompt + result.text if full else result.text
    return [{"generated_text": text}]


@dataclass
class Embedder:
    """A sentence-transformers model when the folder has modules.json (its own pooling);
    otherwise the feature-extraction pipeline (per-token vectors) and, for similarity,
    sentence-transformers' default mean pooling over the same folder, made when first asked."""

    folder: Path
    device: str
    sentences: Any = None  # SentenceTransformer
    tokens: Any = None  # the feature-extraction pipeline

    def sentence_model(self) -> Any:
        if self.sentences is None:
            from sentence_transformers import SentenceTransformer

            self.sentences = SentenceTransformer(str(self.folder), device=self.device)
        return self.sentences


def _load_embedder(folder: Path, device: str) -> Embedder:
    embedder = Embedder(folder, device)
    if (folder / "modules.json").is_file():
        embedder.sentence_model()
    else:
        from transformers import pipeline

        embedder.tokens = pipeline("feature-extraction", model=str(folder), device=device)
    return embedder


def _feature_extraction(embedder: Embedder, request: EngineRequest) -> Any:
    texts = _texts(request.inputs)
    params = _parameters(request, ("normalize", "truncate", "prompt_name", "truncation"))
    if embedder.tokens is not None:
        return jsonable(embedder.tokens(texts))
    vectors = embedder.sentence_model().encode(
        texts, normalize_embeddings=bool(params.get("normalize", False))
    )
    return jsonable(vectors)


def _sentence_similarity(embedder: Embedder, request: EngineRequest) -> Any:
    value = request.inputs
    if not isinstance(value, dict):
        raise RunnerInputError('inputs: expected {"source_sentence": ..., "sentences": [...]}')
    source, sentences = value.get("source_sentence"), value.get("sentences")
    if not isinstance(source, str) or not source:
        raise RunnerInputError("inputs.source_sentence: required, a text")
    if not isinstance(sentences, list) or not sentences:
        raise RunnerInputError("inputs.sentences: required, a non-empty list of texts")
    if not all(isinstance(item, str) for item in sentences):
        raise RunnerInputError("inputs.sentences: every item must be a text")
    from sentence_transformers import util

    model = embedder.sentence_model()
    vectors = model.encode([source, *sentences], convert_to_tensor=True)
    return jsonable(util.cos_sim(vectors[0:1], vectors[1:])[0])


RUNNERS: dict[str, TaskRunner] = {
    runner.task: runner
    for runner in (
        TaskRunner(
            "text-classification",
            _pipeline_loader("text-classification"),
            _text_classification,
        ),
        TaskRunner(
            "token-classification",
            _pipeline_loader("token-classification"),
            _token_classification,
        ),
        TaskRunner("fill-mask", _pipeline_loader("fill-mask"), _fill_mask),
        TaskRunner(
            "zero-shot-classification",
            _pipeline_loader("zero-shot-classification"),
            _zero_shot,
        ),
        TaskRunner("text-generation", generation.load_causal_lm, _text_generation),
        TaskRunner("feature-extraction", _load_embedder, _feature_extraction),
        TaskRunner("sentence-similarity", _load_embedder, _sentence_similarity),
    )
}
