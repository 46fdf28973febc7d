"""Real results for every OutputKind: the 2023 recordings' response bodies (tests/data/
tapes.json), with the shipped example files standing in for the binary bodies the
recordings did not keep. Shared by tests/present and tests/ui/viewers."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.inference import Blob
from hfi_desktop.present import ResultContext
from tests.support.paths import example_bytes
from tests.support.tapes import tape


@dataclass(frozen=True)
class Sample:
    name: str
    kind: OutputKind
    result: Any
    context: ResultContext


def _sse_events(body: str) -> list[Any]:
    return [json.loads(line[5:]) for line in body.splitlines() if line.startswith("data:")]


def _from_tape(
    name: str, kind: OutputKind, key: str, *, image: str | None = None, **extra: Any
) -> Sample:
    recorded = tape(key)
    context = ResultContext.from_call(recorded.request_json or {})
    values: dict[str, Any] = {}
    if image is not None:
        values["image"] = example_bytes(image)
    values.update(extra)
    if values:
        context = ResultContext(**{**_fields(context), **values})
    if recorded.content_type.startswith("text/event-stream"):
        result: Any = _sse_events(recorded.response_body)
    else:
        result = recorded.response_json()
    return Sample(name, kind, result, context)


def _fields(context: ResultContext) -> dict[str, Any]:
    return {name: getattr(context, name) for name in context.__dataclass_fields__}


def _flac_sources() -> list[dict[str, str]]:
    """The recorded audio_to_audio answer with sample1.flac standing in for its clips (the
    recording kept only their first 750 bytes, which no player can open)."""
    recorded = tape("e84857f5").response_json()
    clip = base64.b64encode(example_bytes("sample1.flac")).decode("ascii")
    return [{**source, "blob": clip} for source in recorded]


def samples() -> list[Sample]:
    k = OutputKind
    return [
        _from_tape("text-classification", k.LABELS, "8636fe95"),
        _from_tape("image-classification", k.LABELS, "45d0b012"),
        _from_tape("audio-classification", k.LABELS, "741f4bc6"),
        _from_tape("zero-shot-image-classification", k.LABELS, "bcf4dc29"),
        _from_tape("fill-mask", k.FILL_MASK, "3eee2d13"),
        _from_tape("zero-shot-classification", k.ZERO_SHOT, "01e7762d"),
        _from_tape("text-generation", k.TEXT, "de7a4c1e"),
        _from_tape("summarization", k.TEXT, "b209d498"),
        _from_tape("translation", k.TEXT, "c3683605"),
        _from_tape("automatic-speech-recognition", k.TEXT, "e4f68d60"),
        _from_tape("image-to-text", k.TEXT, "78920559"),
        _from_tape("text-generation-stream", k.TEXT_STREAM, "3694ddcc"),
        _from_tape("question-answering", k.ANSWER_SPAN, "53b3d8a7"),
        _from_tape(
            "document-question-answering",
            k.DOC_ANSWER,
            "c4745d72",
            image="invoice.png",
            question="What is the invoice number?",
        ),
        _from_tape(
            "visual-question-answering",
            k.DOC_ANSWER,
            "30b6ce74",
            image="cats.png",
            question="How many cats are lying down?",
        ),
        _from_tape("token-classification", k.ENTITIES, "9462a156"),
        _from_tape("object-detection", k.DETECTION, "a729f3da", image="cats.png"),
        _from_tape("image-segmentation", k.SEGMENTATION, "53221439", image="cats.png"),
        Sample(
            "text-to-image",
            k.IMAGE,
            Blob(example_bytes("stormtrooper_depth.png"), "image/png"),
            ResultContext(text="a stormtrooper, depth map"),
        ),
        Sample(
            "text-to-speech",
            k.AUDIO,
            Blob(example_bytes("sample1.flac"), "audio/flac"),
            ResultContext(text="hello there!"),
        ),
        Sample("audio-to-audio", k.AUDIO_SOURCES, _flac_sources(), ResultContext()),
        _from_tape("table-question-answering", k.TABLE_ANSWER, "9cb0ae53"),
        _from_tape("conversational", k.CONVERSATION, "2f189a5a"),
        _from_tape("feature-extraction", k.EMBEDDINGS, "e2beb1bd"),
        _from_tape("feature-extraction-batch", k.EMBEDDINGS, "63f412fa"),
        _from_tape("sentence-embedding", k.EMBEDDINGS, "48fb6da4"),
        _from_tape("sentence-similarity", k.SIMILARITY, "6796ae26"),
        _from_tape("tabular-regression", k.NUMBERS, "c858038f"),
        _from_tape("tabular-classification", k.NUMBERS, "c6cc0728"),
        _from_tape("custom-request", k.RAW, "45d0b012"),
        Sample(
            "custom-request-image",
            k.RAW,
            Blob(example_bytes("bird_canny.png"), "image/png"),
            ResultContext(),
        ),
    ]


def sample(name: str) -> Sample:
    for found in samples():
        if found.name == name:
            return found
    raise KeyError(name)
