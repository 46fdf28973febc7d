"""Result viewers: one per OutputKind (grouped where they share logic), the raw JSON view,
response details and the ``ResultPanel`` that holds them.

They show ``hfi_desktop.present`` results that were prepared in a worker thread; they
never do I/O or parsing themselves.
"""

from .audio_player import AudioPlayer, AudioViewer
from .bars import ScoreBars, format_score
from .base import ResultViewer
from .conversation import ConversationViewer
from .details import ResponseDetails
from .detection import DetectionViewer
from .embeddings import EmbeddingsViewer
from .image import DocAnswerViewer, ImageViewer
from .image_view import ImageView
from .panel import ErrorBox, ResultPanel
from .raw import RawJsonView, RawViewer
from .registry import VIEWERS, viewer_class, viewer_for
from .scores import ScoresViewer
from .segmentation import SegmentationViewer
from .spans import SpansViewer
from .tables import TableViewer
from .text import StreamState, TextViewer

__all__ = [
    "VIEWERS",
    "AudioPlayer",
    "AudioViewer",
    "ConversationViewer",
    "DetectionViewer",
    "DocAnswerViewer",
    "EmbeddingsViewer",
    "ErrorBox",
    "ImageView",
    "ImageViewer",
    "RawJsonView",
    "RawViewer",
    "ResponseDetails",
    "ResultPanel",
    "ResultViewer",
    "ScoreBars",
    "ScoresViewer",
    "SegmentationViewer",
    "SpansViewer",
    "StreamState",
    "TableViewer",
    "TextViewer",
    "format_score",
    "viewer_class",
    "viewer_for",
]
