"""What :func:`hfi_desktop.present.prepare` returns: one small frozen dataclass per kind of
output, holding everything its viewer shows, already decoded (QImages, temp files, sorted
scores, located spans). Built in worker threads; read on the GUI thread.

Offsets (``Span.start``/``end``) count Python characters (code points) of the text they
refer to (slice the text with them; do not hand them to Qt as UTF-16 positions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from hfi_desktop.catalog.model import OutputKind


# ------------------------------------------------------------------------- pieces
@dataclass(frozen=True)
class Score:
    """One bar: a label and its score in [0, 1]; ``detail`` is a secondary line."""

    label: str
    score: float
    detail: str = ""


@dataclass(frozen=True)
class ScoreGroup:
    """Bars under one heading (zero-shot: one group per input sequence)."""

    title: str
    scores: tuple[Score, ...]


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of a text: ``text[start:end]``."""

    start: int
    end: int
    text: str
    label: str
    colour: str  # "#rrggbb"
    score: float | None = None
    located: Literal["offsets", "search"] = "offsets"  # how start/end were found
    meaning: str = ""  # of the label, when it is an entity tag: "person" for PER


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str
    count: int
    meaning: str = ""  # of the label, when it is an entity tag: "person" for PER


@dataclass(frozen=True)
class DecodedImage:
    """A decoded image ready to become a QPixmap; ``width``/``height`` are the size of the
    original (results' coordinates refer to it); ``image`` may be scaled down."""

    image: QImage
    width: int
    height: int
    format: str  # "PNG", "JPEG", ...
    mime: str
    byte_size: int

    @property
    def scale(self) -> float:
        """Displayed image pixels per original pixel (1.0 unless scaled down)."""
        return self.image.width() / self.width if self.width else 1.0


@dataclass(frozen=True)
class Box:
    """A detection box in original image pixels."""

    label: str
    score: float
    xmin: float
    ymin: float
    xmax: float
    ymax: float
    colour: str


@dataclass(frozen=True)
class Mask:
    """A segment: ``image`` is the mask at the displayed image's size, tinted with
    ``colour`` (opaque where the mask is set, transparent elsewhere: draw it with an
    opacity). ``coverage`` is the fraction of the image it covers."""

    label: str
    name: str  # "cat 2" when the label has several masks, else the label
    score: float | None
    colour: str  # the mask's own: another mask of the label has another
    image: QImage
    coverage: float
    truncated: bool = False  # the mask PNG was cut short; its missing rows are empty


@dataclass(frozen=True)
class AudioClip:
    """An audio result written to a temp file, for QMediaPlayer."""

    label: str
    path: str
    mime: str
    byte_size: int
    duration_s: float | None


@dataclass(frozen=True)
class ChatTurn:
    role: Literal["user", "model"]
    text: str


# ----------------------------------------------------------------------- prepared
@dataclass(frozen=True, kw_only=True)
class Prepared:
    """Base: the kind of output and the pretty JSON of the result (binary replaced by
    placeholders such as ``<image/jpeg, 34 KB>``); ``warnings``: what the server noted
    beside the result (shown with the response's details, not with the result)."""

    kind: OutputKind
    raw_json: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ScoresPrepared(Prepared):
    """Sorted bars, in one or more groups."""

    groups: tuple[ScoreGroup, ...]

    @property
    def scores(self) -> tuple[Score, ...]:
        return tuple(score for group in self.groups for score in group.scores)


@dataclass(frozen=True, kw_only=True)
class LabelsPrepared(ScoresPrepared):
    """LABELS: label/score pairs, best first."""


@dataclass(frozen=True, kw_only=True)
class FillMaskPrepared(ScoresPrepared):
    """FILL_MASK: candidate tokens (bars; detail = the completed sequence), best first."""

    sequence: str  # the best completion


@dataclass(frozen=True, kw_only=True)
class ZeroShotPrepared(ScoresPrepared):
    """ZERO_SHOT: one group per classified sequence, candidate labels best first."""


@dataclass(frozen=True, kw_only=True)
class SimilarityPrepared(ScoresPrepared):
    """SIMILARITY: (sentence, score) best first, compared with ``source_sentence``."""

    source_sentence: str


@dataclass(frozen=True, kw_only=True)
class TextPrepared(Prepared):
    """TEXT and TEXT_STREAM: the text; ``source`` names the result key it came from."""

    text: str
    source: str = ""
    tokens: int | None = None  # streams: the number of tokens received


@dataclass(frozen=True, kw_only=True)
class AnswerSpanPrepared(Prepared):
    """ANSWER_SPAN: the answer, located in the context (``span`` None if not found)."""

    context: str
    question: str
    answer: str
    score: float | None
    span: Span | None


@dataclass(frozen=True, kw_only=True)
class EntitiesPrepared(Prepared):
    """ENTITIES: the input text with entity spans (sorted, non-overlapping)."""

    text: str
    spans: tuple[Span, ...]
    legend: tuple[LegendEntry, ...]
    unplaced: tuple[str, ...] = ()  # entities whose words were not found in the text


@dataclass(frozen=True, kw_only=True)
class DocAnswerPrepared(Prepared):
    """DOC_ANSWER: the best answer, other answers, and a thumbnail of the input image."""

    answer: str
    score: float | None
    question: str
    image: DecodedImage | None
    alternatives: tuple[Score, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DetectionPrepared(Prepared):
    """DETECTION: boxes (best first) over the input image."""

    image: DecodedImage | None
    boxes: tuple[Box, ...]
    legend: tuple[LegendEntry, ...]


@dataclass(frozen=True, kw_only=True)
class SegmentationPrepared(Prepared):
    """SEGMENTATION: tinted masks (in result order) over the input image."""

    image: DecodedImage | None
    masks: tuple[Mask, ...]


@dataclass(frozen=True, kw_only=True)
class ImagePrepared(Prepared):
    """IMAGE: a generated image."""

    image: DecodedImage


@dataclass(frozen=True, kw_only=True)
class AudioPrepared(Prepared):
    """AUDIO and AUDIO_SOURCES: one clip per returned audio."""

    clips: tuple[AudioClip, ...]


@dataclass(frozen=True, kw_only=True)
class TablePrepared(Prepared):
    """A table with highlighted cells (``selected``: (row, column) pairs)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    selected: frozenset[tuple[int, int]]


@dataclass(frozen=True, kw_only=True)
class TableAnswerPrepared(TablePrepared):
    """TABLE_ANSWER: the answer, its aggregator and the input table (answer cells selected)."""

    answer: str
    aggregator: str
    cells: tuple[str, ...]
    question: str


@dataclass(frozen=True, kw_only=True)
class NumbersPrepared(TablePrepared):
    """NUMBERS: the input rows with the predicted value as the FIRST column (always in
    sight, however wide the table)."""

    values: tuple[float, ...]
    value_column: str


@dataclass(frozen=True, kw_only=True)
class ConversationPrepared(Prepared):
    """CONVERSATION: every turn so far; ``first_new`` is the index of this call's turns."""

    turns: tuple[ChatTurn, ...]
    first_new: int


@dataclass(frozen=True, kw_only=True)
class EmbeddingsPrepared(Prepared):
    """EMBEDDINGS: shape and statistics of nested lists of numbers.

    ``dims`` holds (smallest, largest) length per nesting level (they differ when rows are
    ragged); ``strip`` is the first vector (capped), ``first_values`` its first numbers.
    """

    dims: tuple[tuple[int, int], ...]
    count: int
    minimum: float
    maximum: float
    mean: float
    std: float
    norm: float  # L2 norm of the first vector
    first_values: tuple[float, ...]
    strip: tuple[float, ...]

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(high for _, high in self.dims)

    @property
    def shape_text(self) -> str:
        """e.g. ``"1 x 7 x 768"`` (with a multiplication sign); a ragged level reads
        ``"3-7"`` (with an en dash)."""
        times, dash = " \N{MULTIPLICATION SIGN} ", "\N{EN DASH}"
        return times.join(str(lo) if lo == hi else f"{lo}{dash}{hi}" for lo, hi in self.dims)


@dataclass(frozen=True, kw_only=True)
class RawPrepared(Prepared):
    """RAW: any JSON (pretty) or a Blob, decoded when it is an image or audio."""

    content_type: str
    image: DecodedImage | None = None
    audio: AudioClip | None = None
