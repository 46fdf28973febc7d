"""``viewer_for(kind, parent)``: the viewer class for each kind of output."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hfi_desktop.catalog.model import OutputKind

from .audio_player import AudioViewer
from .conversation import ConversationViewer
from .detection import DetectionViewer
from .embeddings import EmbeddingsViewer
from .image import DocAnswerViewer, ImageViewer
from .raw import RawViewer
from .scores import ScoresViewer
from .segmentation import SegmentationViewer
from .spans import SpansViewer
from .tables import TableViewer
from .text import TextViewer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .base import ResultViewer

VIEWERS: dict[OutputKind, type[ResultViewer]] = {
    OutputKind.LABELS: ScoresViewer,
    OutputKind.FILL_MASK: ScoresViewer,
    OutputKind.ZERO_SHOT: ScoresViewer,
    OutputKind.SIMILARITY: ScoresViewer,
    OutputKind.TEXT: TextViewer,
    OutputKind.TEXT_STREAM: TextViewer,
    OutputKind.ANSWER_SPAN: SpansViewer,
    OutputKind.ENTITIES: SpansViewer,
    OutputKind.DOC_ANSWER: DocAnswerViewer,
    OutputKind.DETECTION: DetectionViewer,
    OutputKind.SEGMENTATION: SegmentationViewer,
    OutputKind.IMAGE: ImageViewer,
    OutputKind.AUDIO: AudioViewer,
    OutputKind.AUDIO_SOURCES: AudioViewer,
    OutputKind.TABLE_ANSWER: TableViewer,
    OutputKind.NUMBERS: TableViewer,
    OutputKind.CONVERSATION: ConversationViewer,
    OutputKind.EMBEDDINGS: EmbeddingsViewer,
    OutputKind.RAW: RawViewer,
    OutputKind.CHAT: TextViewer,  # one turn answered whole (an arena's); a thread: the page's
}


def viewer_class(kind: OutputKind) -> type[ResultViewer]:
    return VIEWERS[OutputKind(kind)]


def viewer_for(kind: OutputKind, parent: QWidget | None = None) -> ResultViewer:
    """A new viewer for results of ``kind``."""
    return viewer_class(kind)(parent)
