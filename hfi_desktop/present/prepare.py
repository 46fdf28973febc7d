"""``prepare(kind, result, context)``: turn a client result into what its viewer shows.

Pure and slow-tolerant: runs in a worker thread (decodes images and masks, writes audio to
temp files, sorts, locates spans, pretty-prints JSON). Raises :class:`PresentError` with a
message for the user when the result does not have the expected shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hfi_desktop.catalog.model import OutputKind

from . import _media, _scores, _text, _vision
from .context import ResultContext
from .errors import PresentError
from .json_text import pretty_json
from .types import Prepared

Handler = Callable[[object, ResultContext, dict[str, Any]], Prepared]

_HANDLERS: dict[OutputKind, Handler] = {
    OutputKind.LABELS: _scores.labels,
    OutputKind.FILL_MASK: _scores.fill_mask,
    OutputKind.ZERO_SHOT: _scores.zero_shot,
    OutputKind.SIMILARITY: _scores.similarity,
    OutputKind.TEXT: _text.text,
    OutputKind.TEXT_STREAM: _text.stream,
    OutputKind.ANSWER_SPAN: _text.answer_span,
    OutputKind.ENTITIES: _text.entities,
    OutputKind.CONVERSATION: _text.conversation,
    OutputKind.CHAT: _text.chat_reply,
    OutputKind.DOC_ANSWER: _vision.doc_answer,
    OutputKind.DETECTION: _vision.detection,
    OutputKind.SEGMENTATION: _vision.segmentation,
    OutputKind.IMAGE: _vision.generated_image,
    OutputKind.AUDIO: _media.audio,
    OutputKind.AUDIO_SOURCES: _media.audio_sources,
    OutputKind.TABLE_ANSWER: _media.table_answer,
    OutputKind.NUMBERS: _media.numbers,
    OutputKind.EMBEDDINGS: _media.embeddings,
    OutputKind.RAW: _media.raw,
}


def prepare(kind: OutputKind, result: object, context: ResultContext | None = None) -> Prepared:
    """Everything the viewer of ``kind`` needs, decoded. Call it in a worker thread."""
    handler = _HANDLERS.get(OutputKind(kind))
    if handler is None:  # pragma: no cover - every OutputKind has a handler (tested)
        raise PresentError(f"no preparation for results of kind {kind!r}")
    base: dict[str, Any] = {"kind": OutputKind(kind), "raw_json": pretty_json(result)}
    return handler(result, context or ResultContext(), base)
