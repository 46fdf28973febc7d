"""What a viewer needs to know about the call besides its result (the call's inputs)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


def _no_table() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class ResultContext:
    """The inputs of one call that viewers show again next to the result.

    - ``text``: the input text (question-answering context, token classification input,
      zero-shot sequence).
    - ``question``: the question of (document / table) question answering.
    - ``image``: the input image's bytes (detection, segmentation, document QA).
    - ``table``: the input table, column name -> cells (table QA, tabular tasks).
    - ``source_sentence`` / ``sentences``: sentence similarity.
    - ``candidate_labels``: zero-shot classification.
    - ``past_user_inputs`` / ``generated_responses``: the conversation before this call.
    """

    text: str = ""
    question: str = ""
    image: bytes | None = None
    table: Mapping[str, tuple[str, ...]] = field(default_factory=_no_table)
    source_sentence: str = ""
    sentences: tuple[str, ...] = ()
    candidate_labels: tuple[str, ...] = ()
    past_user_inputs: tuple[str, ...] = ()
    generated_responses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        table = {str(k): tuple(str(c) for c in v) for k, v in self.table.items()}
        object.__setattr__(self, "table", MappingProxyType(table))
        for name in ("sentences", "candidate_labels", "past_user_inputs", "generated_responses"):
            object.__setattr__(self, name, tuple(str(s) for s in getattr(self, name)))

    def __repr__(self) -> str:
        image = f"{len(self.image)} bytes" if self.image is not None else None
        return (
            f"ResultContext(text={self.text[:30]!r}, question={self.question[:30]!r}, "
            f"image={image}, table={list(self.table)}, sentences={len(self.sentences)}, "
            f"candidate_labels={self.candidate_labels}, turns={len(self.past_user_inputs)})"
        )

    @classmethod
    def from_call(cls, kwargs: Mapping[str, Any]) -> ResultContext:
        """The context of a call from its keyword arguments (``CallRequest.kwargs``).

        Understands the seed's argument shapes: ``inputs`` as text, as a list of texts, or
        as an object with ``context``/``question``/``query``/``table``/``data``/``image``/
        ``source_sentence``/``sentences``/``past_user_inputs``…; ``data`` as image bytes;
        ``parameters.candidate_labels``. Files may be bytes, objects with ``.data`` (Blob,
        FileValue) or paths (read here, so call it in a worker).
        """
        values: dict[str, Any] = {}
        inputs = kwargs.get("inputs")
        if isinstance(inputs, str):
            values["text"] = inputs
        elif isinstance(inputs, list) and inputs and all(isinstance(s, str) for s in inputs):
            values["text"] = inputs[0]
        elif isinstance(inputs, Mapping):
            values.update(_from_inputs_object(inputs))
        elif inputs is not None and kwargs.get("data") is None:
            image = _bytes_of(inputs)  # image_to_image: inputs=<image>
            if image is not None:
                values["image"] = image
        data = kwargs.get("data")
        if data is not None:
            image = _bytes_of(data)
            if image is not None:
                values["image"] = image
        parameters = kwargs.get("parameters")
        if isinstance(parameters, Mapping):
            labels = parameters.get("candidate_labels")
            if isinstance(labels, str):
                labels = [part.strip() for part in labels.split(",") if part.strip()]
            if isinstance(labels, Sequence):
                values["candidate_labels"] = tuple(str(label) for label in labels)
        return cls(**values)


def _from_inputs_object(inputs: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    text = inputs.get("context", inputs.get("text"))
    if isinstance(text, str):
        values["text"] = text
    question = inputs.get("question", inputs.get("query"))
    if isinstance(question, str):
        values["question"] = question
    table = inputs.get("table", inputs.get("data"))
    if isinstance(table, Mapping):
        values["table"] = {str(k): tuple(str(c) for c in v) for k, v in table.items()}
    if "image" in inputs:
        image = _bytes_of(inputs["image"])
        if image is not None:
            values["image"] = image
    if isinstance(inputs.get("source_sentence"), str):
        values["source_sentence"] = inputs["source_sentence"]
    for name in ("sentences", "past_user_inputs", "generated_responses"):
        items = inputs.get(name)
        if isinstance(items, list):
            values[name] = tuple(str(s) for s in items)
    return values


def _bytes_of(value: object) -> bytes | None:
    """Bytes of a file-like input: bytes, Blob/FileValue (``.data``), or a path."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    data = getattr(value, "data", None)
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    if isinstance(value, str | os.PathLike) and os.path.isfile(value):
        with open(value, "rb") as file:
            return file.read()
    return None
