"""Result preparation: client results turned into what the viewers show (worker threads).

No widgets here (QImage only). ``prepare(kind, result, context) -> Prepared``.
"""

from ._vision import best_first
from .colors import PALETTE, assign_colours, colour_for, instance_colours
from .context import ResultContext
from .errors import PresentError
from .json_text import pretty_json
from .prepare import prepare
from .types import (
    AnswerSpanPrepared,
    AudioClip,
    AudioPrepared,
    Box,
    ChatTurn,
    ConversationPrepared,
    DecodedImage,
    DetectionPrepared,
    DocAnswerPrepared,
    EmbeddingsPrepared,
    EntitiesPrepared,
    FillMaskPrepared,
    ImagePrepared,
    LabelsPrepared,
    LegendEntry,
    Mask,
    NumbersPrepared,
    Prepared,
    RawPrepared,
    Score,
    ScoreGroup,
    ScoresPrepared,
    SegmentationPrepared,
    SimilarityPrepared,
    Span,
    TableAnswerPrepared,
    TablePrepared,
    TextPrepared,
    ZeroShotPrepared,
)

__all__ = [
    "PALETTE",
    "AnswerSpanPrepared",
    "AudioClip",
    "AudioPrepared",
    "Box",
    "ChatTurn",
    "ConversationPrepared",
    "DecodedImage",
    "DetectionPrepared",
    "DocAnswerPrepared",
    "EmbeddingsPrepared",
    "EntitiesPrepared",
    "FillMaskPrepared",
    "ImagePrepared",
    "LabelsPrepared",
    "LegendEntry",
    "Mask",
    "NumbersPrepared",
    "Prepared",
    "PresentError",
    "RawPrepared",
    "ResultContext",
    "Score",
    "ScoreGroup",
    "ScoresPrepared",
    "SegmentationPrepared",
    "SimilarityPrepared",
    "Span",
    "TableAnswerPrepared",
    "TablePrepared",
    "TextPrepared",
    "ZeroShotPrepared",
    "assign_colours",
    "best_first",
    "colour_for",
    "instance_colours",
    "prepare",
    "pretty_json",
]
