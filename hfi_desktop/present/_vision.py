"""Images: detection boxes, segmentation masks, generated images, document answers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hfi_desktop.image_decode import GENERATED_IMAGE, INPUT_IMAGE
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from . import _shape as shape
from ._blobs import require_blob
from .colors import assign_colours, instance_colours, instance_names
from .errors import CONTEXT
from .images import decode_image, decode_mask
from .types import (
    Box,
    DecodedImage,
    DetectionPrepared,
    DocAnswerPrepared,
    ImagePrepared,
    LegendEntry,
    Mask,
    Score,
    SegmentationPrepared,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import ResultContext

DETECTION = "[{label: string, score: number, box: {xmin, ymin, xmax, ymax}}]"
SEGMENTATION = "[{label: string, score: number, mask: string (base64 PNG)}]"
DOC_ANSWER = "[{answer: string, score?: number}]"
THUMBNAIL_SIDE = 1024


def _input_image(context: ResultContext, max_side: int | None = None) -> DecodedImage | None:
    if context.image is None:
        return None
    if max_side is None:
        return decode_image(context.image, what=INPUT_IMAGE)
    return decode_image(context.image, what=INPUT_IMAGE, max_side=max_side)


def detection(result: object, context: ResultContext, base: dict[str, Any]) -> DetectionPrepared:
    items = shape.records(result, DETECTION)
    found = []
    for item in items:
        box = item.get("box")
        if not isinstance(box, Mapping):
            shape.fail(DETECTION, item)
        corners = [shape.number(box, key, DETECTION) for key in ("xmin", "ymin", "xmax", "ymax")]
        label = shape.text(item, "label", DETECTION)
        found.append((label, shape.number(item, "score", DETECTION), corners))
    found.sort(key=lambda entry: entry[1], reverse=True)
    colours = assign_colours(label for label, _, _ in found)
    boxes = tuple(
        Box(label, score, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), colours[label])
        for label, score, (x0, y0, x1, y1) in found
    )
    counts = Counter(box.label for box in boxes)
    legend = tuple(LegendEntry(label, colour, counts[label]) for label, colour in colours.items())
    return DetectionPrepared(**base, image=_input_image(context), boxes=boxes, legend=legend)


def segmentation(
    result: object, context: ResultContext, base: dict[str, Any]
) -> SegmentationPrepared:
    """The masks best first, each in its own colour and named (``cat 1``, ``cat 2``) when
    a label has several: instances of one label must be told apart."""
    items = shape.records(result, SEGMENTATION)
    labels = [shape.text(item, "label", SEGMENTATION) for item in items]
    for item in items:
        if not isinstance(item.get("mask"), str):
            shape.fail(SEGMENTATION, item)
    scores = [shape.optional_number(item, "score", SEGMENTATION) for item in items]
    order = best_first(scores)
    ordered = [labels[index] for index in order]
    image = _input_image(context)
    masks = []
    size: tuple[int, int] | None = (
        (image.image.width(), image.image.height()) if image is not None else None
    )
    for index, name, colour in zip(order, instance_names(ordered), instance_colours(ordered),
                                   strict=True):
        what = Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "mask {index} ({label})"),
                    index=index + 1, label=repr(labels[index]))
        decoded = decode_mask(items[index]["mask"], colour=colour, size=size, what=what)
        size = size or (decoded.image.width(), decoded.image.height())
        masks.append(
            Mask(
                label=labels[index],
                name=name,
                score=scores[index],
                colour=colour,
                image=decoded.image,
                coverage=decoded.coverage,
                truncated=decoded.truncated,
            )
        )
    return SegmentationPrepared(**base, image=image, masks=tuple(masks))


def best_first(scores: Sequence[float | None]) -> list[int]:
    """The items' indices, highest score first; those without a score last; ties in the
    result's order (the order the viewer lists masks in and numbers and colours them)."""
    keys = [-1.0 if score is None else score for score in scores]
    return sorted(range(len(scores)), key=keys.__getitem__, reverse=True)


def generated_image(result: object, context: ResultContext, base: dict[str, Any]) -> ImagePrepared:
    data, _ = require_blob(result, Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "an image")))
    return ImagePrepared(**base, image=decode_image(data, what=GENERATED_IMAGE))


def doc_answer(result: object, context: ResultContext, base: dict[str, Any]) -> DocAnswerPrepared:
    items = shape.records(result, DOC_ANSWER)
    if not items:
        shape.fail(DOC_ANSWER, result)
    answers = [
        (shape.text(item, "answer", DOC_ANSWER), shape.optional_number(item, "score", DOC_ANSWER))
        for item in items
    ]
    if all(score is not None for _, score in answers):
        answers.sort(key=lambda pair: pair[1] or 0.0, reverse=True)
    best, best_score = answers[0]
    return DocAnswerPrepared(
        **base,
        answer=best,
        score=best_score,
        question=context.question,
        image=_input_image(context, THUMBNAIL_SIDE),
        alternatives=tuple(Score(a, s) for a, s in answers[1:] if s is not None),
    )
