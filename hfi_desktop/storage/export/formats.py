"""Which file formats fit a result: :func:`formats_for` per kind of output.

JSON always (last: the data formats come first, the first one is the dialog's default).
"""

from __future__ import annotations

from dataclasses import dataclass

from hfi_desktop.catalog.model import OutputKind

from .source import Binary, ExportSource
from .wav import audio_extension, audio_label, is_wav, wav_conversion_available

_CSV_KINDS = frozenset({
    OutputKind.LABELS, OutputKind.FILL_MASK, OutputKind.ZERO_SHOT, OutputKind.SIMILARITY,
    OutputKind.NUMBERS, OutputKind.TABLE_ANSWER, OutputKind.ENTITIES, OutputKind.DOC_ANSWER,
})
_TEXT_KINDS = frozenset({
    OutputKind.TEXT, OutputKind.TEXT_STREAM, OutputKind.ANSWER_SPAN, OutputKind.DOC_ANSWER,
    OutputKind.CONVERSATION, OutputKind.TABLE_ANSWER,
})
IMAGE_MIMES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}


@dataclass(frozen=True)
class ExportFormat:
    """One way to save a result. ``bundle``: Save all writes it; ``multiple``: it may write
    more files beside the chosen one (``<stem>-<label><ext>``)."""

    id: str
    label: str
    extension: str  # with the dot: ".png"
    description: str
    bundle: bool = True
    multiple: bool = False

    @property
    def name_filter(self) -> str:
        """For QFileDialog: ``"PNG image (*.png)"``."""
        return f"{self.label} (*{self.extension})"


JSON = ExportFormat("json", "JSON", ".json",
                    "The result with its task, model, parameters, input file names and timing")
TXT = ExportFormat("txt", "Text", ".txt", "The text alone")
MARKDOWN = ExportFormat("md", "Markdown", ".md", "The text with the task, model and inputs")
CSV = ExportFormat("csv", "CSV table", ".csv", "One row per item, for spreadsheets")
PNG = ExportFormat("png", "PNG image", ".png", "Lossless image")
JPEG = ExportFormat("jpeg", "JPEG image", ".jpg", "Compressed image (transparency on white)")
WEBP = ExportFormat("webp", "WebP image", ".webp", "Compressed image")
WAV = ExportFormat("wav", "WAV audio", ".wav", "Uncompressed PCM audio", bundle=False)
MASKS = ExportFormat("masks", "Masks and overlay (PNG)", ".png",
                     "The overlay, and one mask PNG per label beside it", multiple=True)
BOXES = ExportFormat("boxes", "Image with boxes (PNG)", ".png",
                     "The input image with the detected boxes drawn on it")
BOXES_CSV = ExportFormat("csv", "Boxes (CSV)", ".csv", "One row per box: label, score, corners")
VECTORS_CSV = ExportFormat("csv", "CSV table", ".csv", "One row per vector")
NPY = ExportFormat("npy", "NumPy array", ".npy", "The numbers as a float32 array", bundle=False)


def formats_for(source: ExportSource) -> list[ExportFormat]:
    """The formats that fit ``source``'s result (JSON always, last)."""
    if source.kind is OutputKind.CHAT:
        from .chat import CHAT_FORMATS

        return list(CHAT_FORMATS)
    found: list[ExportFormat] = []
    if source.has_result:
        found.extend(_data_formats(source))
    found.append(JSON)
    return found


def _data_formats(source: ExportSource) -> list[ExportFormat]:
    kind, result = source.kind, source.result
    if source.streaming:
        return [TXT, _secondary(MARKDOWN)] if source.text else []
    if isinstance(result, Binary):  # IMAGE, AUDIO, or a custom request answering bytes
        return _binary_formats(result)
    if kind is OutputKind.AUDIO_SOURCES:
        clips = _clips(result)
        return _audio_formats(clips[0]) if clips else []
    if kind is OutputKind.DETECTION:
        return [BOXES, BOXES_CSV] if source.input_image() is not None else [BOXES_CSV]
    if kind is OutputKind.SEGMENTATION:
        return [MASKS] if isinstance(result, list) and result else []
    if kind is OutputKind.EMBEDDINGS:
        from .tables import is_rectangular

        return [VECTORS_CSV, NPY] if is_rectangular(result) else [VECTORS_CSV]
    found: list[ExportFormat] = []
    if kind in _CSV_KINDS:
        found.append(CSV)
    if kind in _TEXT_KINDS:
        found.extend([TXT, MARKDOWN] if kind is not OutputKind.CONVERSATION else [MARKDOWN, TXT])
        if len(found) > 1:
            found[-1] = _secondary(found[-1])
    return found


def _secondary(fmt: ExportFormat) -> ExportFormat:
    """The same format, left out of Save all (another one says the same)."""
    return ExportFormat(fmt.id, fmt.label, fmt.extension, fmt.description, bundle=False,
                        multiple=fmt.multiple)


def _binary_formats(result: Binary) -> list[ExportFormat]:
    if result.data is None:
        return []
    if result.mime.startswith("image/"):
        original = next((key for key, mime in IMAGE_MIMES.items() if mime == result.mime), "png")
        ordered = sorted((PNG, JPEG, WEBP), key=lambda fmt: fmt.id != original)  # stable
        return [fmt if fmt.id == original else _secondary(fmt) for fmt in ordered]
    if result.mime.startswith("audio/"):
        return _audio_formats(result)
    return []


def _audio_formats(first: Binary) -> list[ExportFormat]:
    if first.data is None:
        return []
    original = ExportFormat(
        "audio", f"{audio_label(first.mime)} audio (as sent)", audio_extension(first),
        "The audio exactly as the server sent it", multiple=True)
    if is_wav(first) or not wav_conversion_available():
        return [original]
    return [original, ExportFormat(WAV.id, WAV.label, WAV.extension, WAV.description,
                                   bundle=False, multiple=True)]


def _clips(result: object) -> list[Binary]:
    from .media import audio_clips

    return [binary for _, _, binary in audio_clips(result)]
