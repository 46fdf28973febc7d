"""What each task's answer looks like on the wire, and which task an answer looks like.

A model of another task answers in its own task's shape: a segmentation model on the object
detection page sends masks, not boxes. :func:`task_answering_like` names that task, so the
user can be offered its page. The shapes are those of WIRE.md's table (the seed's outputs),
as little of each as tells them apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .model import OutputKind
from .tasks import CATALOG

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .model import TaskSpec


@dataclass(frozen=True)
class AnswerShape:
    """Objects that have every key of ``keys`` (one object, a list of them, or a list of
    one list); ``optional`` keys count when present (they tell shapes apart). Without keys:
    a list of numbers, ``numbers="nested"`` also lists of them."""

    keys: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()
    numbers: Literal["flat", "nested"] | None = None

    def score(self, answer: object) -> int:
        """How much of ``answer`` this shape explains: 0 when it does not fit."""
        if self.numbers is not None:
            return 1 if _numbers(answer, nested=self.numbers == "nested") else 0
        found = _keys(answer)
        if found is None or not self.keys <= found:
            return 0
        return len(self.keys) + len(self.optional & found)


def _shape(keys: str, optional: str = "") -> AnswerShape:
    return AnswerShape(frozenset(keys.split()), frozenset(optional.split()))


#: The answer's shape for each kind of output (TEXT: see _TEXT_KEYS); the kinds missing here
#: (images, audio, streams, raw answers) are not JSON objects to tell apart.
_SHAPES: Mapping[OutputKind, AnswerShape] = {
    OutputKind.LABELS: _shape("label score"),
    OutputKind.FILL_MASK: _shape("score token token_str sequence"),
    OutputKind.ZERO_SHOT: _shape("sequence labels scores"),
    OutputKind.ANSWER_SPAN: _shape("answer score start end"),
    OutputKind.DOC_ANSWER: _shape("answer", "score start end"),
    OutputKind.ENTITIES: _shape("word start end", "entity_group entity score"),
    OutputKind.DETECTION: _shape("label score box"),
    OutputKind.SEGMENTATION: _shape("label mask", "score"),
    OutputKind.AUDIO_SOURCES: _shape("label blob content-type"),
    OutputKind.TABLE_ANSWER: _shape("answer coordinates cells", "aggregator"),
    OutputKind.CONVERSATION: _shape("generated_text conversation", "warnings"),
    OutputKind.EMBEDDINGS: AnswerShape(numbers="nested"),
    OutputKind.SIMILARITY: AnswerShape(numbers="flat"),
    OutputKind.NUMBERS: AnswerShape(numbers="flat"),
}
#: TEXT answers differ by their one key (the task's method's).
_TEXT_KEYS: Mapping[str, str] = {
    "summarization": "summary_text",
    "translation": "translation_text",
    "automatic_speech_recognition": "text",
}


def answer_shape(spec: TaskSpec) -> AnswerShape | None:
    """The shape of ``spec``'s answer; None when it is not one to recognise."""
    if spec.output is OutputKind.TEXT:
        return _shape(_TEXT_KEYS.get(spec.method, "generated_text"))
    return _SHAPES.get(spec.output)


def task_answering_like(answer: object, spec: TaskSpec) -> TaskSpec | None:
    """The task whose answers look like ``answer``, which ``spec``'s does not: the shape
    that explains most of it; on a tie, the task that takes more of the inputs ``spec``
    takes (they are carried over), then the catalog's order. None: no other task's, or it
    fits ``spec``'s own shape as well."""
    own = answer_shape(spec)
    scored = [(shape.score(answer), other) for other in CATALOG
              if (shape := answer_shape(other)) is not None and shape != own]
    best = max((score for score, _ in scored), default=0)
    if not best or (own is not None and own.score(answer) >= best):
        return None
    return max((other for score, other in scored if score == best),
               key=lambda other: len(shared_inputs(spec, other)))


def shared_inputs(source: TaskSpec, target: TaskSpec) -> tuple[str, ...]:
    """The keys of ``target``'s inputs that ``source`` has too, of the same kind: what a
    form carries over from one page to the other."""
    kinds = {f.key: f.kind for f in source.inputs}
    return tuple(f.key for f in target.inputs if kinds.get(f.key) is f.kind)


def _records(answer: object) -> list[object]:
    if isinstance(answer, dict):
        return [answer]
    if isinstance(answer, list) and len(answer) == 1 and isinstance(answer[0], list):
        return list(answer[0])  # one list per input (2023)
    return list(answer) if isinstance(answer, list) else []


def _keys(answer: object) -> frozenset[str] | None:
    """The keys every object of ``answer`` has; None when it is not objects."""
    records = _records(answer)
    objects = [record for record in records if isinstance(record, dict)]
    if not objects or len(objects) != len(records):
        return None
    keys = frozenset(objects[0])
    for record in objects[1:]:
        keys &= frozenset(record)
    return keys


def _numbers(answer: object, *, nested: bool) -> bool:
    if not isinstance(answer, list) or not answer:
        return False
    if all(isinstance(item, int | float) and not isinstance(item, bool) for item in answer):
        return True
    return nested and all(_numbers(item, nested=True) for item in answer)
