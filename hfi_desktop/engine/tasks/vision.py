"""Image tasks: classification, detection, segmentation, zero-shot (CLIP), image-to-text.

transformers 5.x has pipelines for all but image-to-text, which runs here over
AutoModelForImageTextToText (VisionEncoderDecoder, BLIP...) with generate()."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hfi_desktop.engine.tasks.base import EngineRequest, RunnerInputError, TaskRunner
from hfi_desktop.engine.tasks.images import image_input, mask_png_base64
from hfi_desktop.engine.tasks.loading import label_scores, pipeline_loader
from hfi_desktop.engine.tasks.params import (
    classification_kwargs,
    generate_kwargs,
    optional_choice,
    optional_float,
    optional_text,
)

if TYPE_CHECKING:
    from pathlib import Path

_SUBTASKS = ("panoptic", "instance", "semantic")


def _classify_image(pipe: Any, request: EngineRequest) -> list[dict[str, Any]]:
    kwargs = classification_kwargs(request.parameters)
    return label_scores(pipe(image_input(request.inputs), **kwargs))


def _detect_objects(pipe: Any, request: EngineRequest) -> list[dict[str, Any]]:
    threshold = optional_float(request.parameters, "threshold")
    found = pipe(image_input(request.inputs), threshold=0.5 if threshold is None else threshold)
    return [
        {
            "label": str(item["label"]),
            "score": float(item["score"]),
            "box": {key: int(item["box"][key]) for key in ("xmin", "ymin", "xmax", "ymax")},
        }
        for item in found
    ]


def _segment_image(pipe: Any, request: EngineRequest) -> list[dict[str, Any]]:
    params = request.parameters
    kwargs: dict[str, Any] = {}
    for name in ("threshold", "mask_threshold", "overlap_mask_area_threshold"):
        value = optional_float(params, name)
        if value is not None:
            kwargs[name] = value
    subtask = optional_choice(params, "subtask", _SUBTASKS)
    if subtask is not None:
        kwargs["subtask"] = subtask
    segments = pipe(image_input(request.inputs), **kwargs)
    return [
        {
            "label": str(item["label"]),
            "score": None if item.get("score") is None else float(item["score"]),
            "mask": mask_png_base64(item["mask"]),
        }
        for item in segments
    ]


def candidate_labels(params: dict[str, Any]) -> list[str]:
    """``candidate_labels``: a list of strings or one comma-separated string."""
    value = params.get("candidate_labels")
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(label, str) for label in value):
        raise RunnerInputError(
            "parameter 'candidate_labels' must be a list of labels or one comma-separated string"
        )
    labels = [label.strip() for label in value if label.strip()]
    if not labels:
        raise RunnerInputError("parameter 'candidate_labels' has no label")
    return labels


def _classify_zero_shot(pipe: Any, request: EngineRequest) -> list[dict[str, Any]]:
    params = request.parameters
    kwargs: dict[str, Any] = {"candidate_labels": candidate_labels(params)}
    template = optional_text(params, "hypothesis_template")
    if template is not None:
        if "{}" not in template:
            raise RunnerInputError("parameter 'hypothesis_template' needs a {} for the label")
        kwargs["hypothesis_template"] = template
    return label_scores(pipe(image_input(request.inputs), **kwargs))


@dataclass(frozen=True)
class Captioner:
    model: Any
    image_processor: Any
    tokenizer: Any


def _load_captioner(folder: Path, device: str) -> Captioner:
    import transformers

    path = str(folder)
    model: Any = transformers.AutoModelForImageTextToText.from_pretrained(path)
    return Captioner(
        model.to(device).eval(),
        transformers.AutoImageProcessor.from_pretrained(path),
        transformers.AutoTokenizer.from_pretrained(path),
    )


def _caption(loaded: Captioner, request: EngineRequest) -> list[dict[str, str]]:
    import torch

    kwargs = generate_kwargs(request.parameters)
    kwargs.setdefault("max_new_tokens", 20)
    pixels = loaded.image_processor(images=image_input(request.inputs), return_tensors="pt")
    with torch.inference_mode():
        ids = loaded.model.generate(
            pixel_values=pixels["pixel_values"].to(loaded.model.device), **kwargs
        )
    text = loaded.tokenizer.decode(ids[0], skip_special_tokens=True)
    return [{"generated_text": str(text).strip()}]


RUNNERS: dict[str, TaskRunner] = {
    runner.task: runner
    for runner in (
        TaskRunner("image-classification", pipeline_loader("image-classification"),
                   _classify_image, binary_inputs=True),
        TaskRunner("object-detection", pipeline_loader("object-detection"),
                   _detect_objects, binary_inputs=True),
        TaskRunner("image-segmentation", pipeline_loader("image-segmentation"),
                   _segment_image, binary_inputs=True),
        TaskRunner("zero-shot-image-classification",
                   pipeline_loader("zero-shot-image-classification"), _classify_zero_shot),
        TaskRunner("image-to-text", _load_captioner, _caption, binary_inputs=True),
    )
}
