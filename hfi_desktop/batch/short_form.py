"""A cell's result in short form, for the results table: the top label and its score, the
answer, the first words, a marker for an image or audio result (with its blob, for a
thumbnail). Built on the viewers' preparation (:func:`hfi_desktop.present.prepare`), so a
batch reads a result the way the task's page does.

:func:`prepare_cell` may decode and search texts: call it in a worker. :func:`short_form` is
quick.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from hfi_desktop.catalog import FileValue, TaskSpec
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import (
    AnswerSpanPrepared,
    AudioPrepared,
    ConversationPrepared,
    DetectionPrepared,
    DocAnswerPrepared,
    EmbeddingsPrepared,
    EntitiesPrepared,
    NumbersPrepared,
    PresentError,
    RawPrepared,
    ResultContext,
    ScoresPrepared,
    SegmentationPrepared,
    TableAnswerPrepared,
    TextPrepared,
    prepare,
)
from hfi_desktop.sizes import counted, human_size

from .journal import blob_refs
from .model import FileRef

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.present import Prepared

    from .model import BatchInput, BatchPlan, CellOutcome

#: The short form's text is cut at this many characters.
SHORT_CHARS = 60
#: Results whose bytes are kept beside the batch file (their short form is a marker).
_BINARY = frozenset({OutputKind.IMAGE, OutputKind.AUDIO, OutputKind.AUDIO_SOURCES})


@dataclass(frozen=True)
class ShortForm:
    """What a cell shows. ``key``: the value compared across models and sorted on (the top
    label, the answer; None when there is none); ``media``/``blob``: an image or audio
    result and its ``{"$blob": …}`` reference (read it with ``BatchJournal.blob``)."""

    text: str
    key: str | None = None
    score: float | None = None
    media: Literal["image", "audio"] | None = None
    blob: Mapping[str, object] | None = None
    failed: bool = False


def prepare_cell(spec: TaskSpec, plan: BatchPlan, row: BatchInput, outcome: CellOutcome
                 ) -> Prepared | None:
    """The viewer's preparation of a finished cell's result (None: failed, binary, or not
    of the task's shape). Call it in a worker."""
    if outcome.status != "done" or spec.output in _BINARY or blob_refs(outcome.result):
        return None
    try:
        return prepare(spec.output, outcome.result, context_of(row, plan))
    except PresentError:
        return None


def context_of(row: BatchInput, plan: BatchPlan) -> ResultContext:
    """The inputs of the row's call a result is read against (texts; files left out)."""
    kwargs: dict[str, Any] = {}
    for key, value in row.values.items():
        if isinstance(value, FileRef | FileValue):
            continue
        *parents, last = key.split(".")
        place = kwargs
        for name in parents:
            place = place.setdefault(name, {})
        place[last] = value
    if plan.parameters:
        kwargs["parameters"] = dict(plan.parameters)
    return ResultContext.from_call(kwargs)


def short_form(outcome: CellOutcome, prepared: Prepared | None) -> ShortForm:
    """The cell's short form (from :func:`prepare_cell`'s answer for a done cell)."""
    if outcome.status != "done":
        first = (outcome.error or "failed").split(": HTTP", 1)[0]
        return ShortForm(_cut(first), failed=True)
    blobs = blob_refs(outcome.result)
    if blobs:
        blob = blobs[0]
        mime = str(blob.get("type") or "")
        media: Literal["image", "audio"] | None = (
            "image" if mime.startswith("image/") else
            "audio" if mime.startswith(("audio/", "video/")) else None)
        size = human_size(int(str(blob.get("size") or 0)))
        noun = media or "file"
        extra = f" (+{len(blobs) - 1} more)" if len(blobs) > 1 else ""
        return ShortForm(f"{noun}, {mime or 'binary'}, {size}{extra}", media=media, blob=blob)
    if prepared is None:
        return ShortForm(_cut(_compact(outcome.result)))
    return _of_prepared(prepared)


def _of_prepared(prepared: Prepared) -> ShortForm:
    if isinstance(prepared, ScoresPrepared):
        scores = prepared.scores
        if not scores:
            return ShortForm("no labels")
        best = scores[0]
        return ShortForm(_cut(f"{best.label} {best.score:.2f}"), best.label, best.score)
    if isinstance(prepared, AnswerSpanPrepared | DocAnswerPrepared):
        return ShortForm(_cut(prepared.answer) or "(no answer)", _normal(prepared.answer),
                         prepared.score)
    if isinstance(prepared, TableAnswerPrepared):
        return ShortForm(_cut(prepared.answer) or "(no answer)", _normal(prepared.answer))
    if isinstance(prepared, TextPrepared):
        return ShortForm(_cut(prepared.text) or "(empty)", _normal(prepared.text))
    if isinstance(prepared, ConversationPrepared):
        last = prepared.turns[-1].text if prepared.turns else ""
        return ShortForm(_cut(last) or "(empty)", _normal(last))
    if isinstance(prepared, EntitiesPrepared):
        names = ", ".join(f"{s.label} {s.text}" for s in prepared.spans)
        return ShortForm(_cut(f"{counted(len(prepared.spans), 'entity', 'entities')}: {names}"
                              if names else "no entities"))
    if isinstance(prepared, DetectionPrepared):
        return _items("box", "boxes", [(b.label, b.score) for b in prepared.boxes])
    if isinstance(prepared, SegmentationPrepared):
        return _items("mask", "masks", [(m.label, m.score) for m in prepared.masks])
    if isinstance(prepared, NumbersPrepared):
        return ShortForm(_cut(", ".join(f"{v:g}" for v in prepared.values)))
    if isinstance(prepared, EmbeddingsPrepared):
        return ShortForm(f"vector {prepared.shape_text}")
    if isinstance(prepared, AudioPrepared):
        return ShortForm(counted(len(prepared.clips), "clip"), media="audio")
    if isinstance(prepared, RawPrepared):
        return ShortForm(_cut(" ".join(prepared.raw_json.split())))
    return ShortForm(_cut(" ".join(prepared.raw_json.split())))


def _items(noun: str, plural: str, items: Sequence[tuple[str, float | None]]) -> ShortForm:
    if not items:
        return ShortForm(f"no {plural}")
    best = ", ".join(label + (f" {score:.2f}" if score is not None else "")
                     for label, score in items[:3])
    return ShortForm(_cut(f"{counted(len(items), noun, plural)}: {best}"), items[0][0],
                     items[0][1])


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _cut(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= SHORT_CHARS else words[:SHORT_CHARS - 1].rstrip() + "…"
