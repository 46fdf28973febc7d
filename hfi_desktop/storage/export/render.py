"""From a result and a format to the files that hold it (:class:`Artifact`, not written yet).

Names: ``<stem><ext>`` for the main file; ``<stem>-<label><ext>`` for the files beside it
(one per mask, one per audio clip), the label sanitized (it is server data).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hfi_desktop.catalog.model import OutputKind

from ..filenames import sanitize_filename
from .chat import render_chat
from .json_file import RESULT_KEY, clip_key, json_bytes, mask_key
from .media import audio_clips, convert_image, draw_boxes, overlay, segment_masks
from .plan import Artifact
from .source import Binary, ExportError, ExportSource
from .tables import markdown, npy_bytes, result_csv, result_text
from .wav import audio_extension, to_wav

if TYPE_CHECKING:
    from .formats import ExportFormat


def render(source: ExportSource, fmt: ExportFormat, stem: str) -> list[Artifact]:
    """The files ``fmt`` makes of ``source``'s result (the first one is the main file)."""
    artifacts = _render(source, fmt, stem)
    for artifact in artifacts:
        artifact.format = artifact.format or fmt.id
        artifact.run_id, artifact.task_id, artifact.model = (
            source.run_id, source.task_id, source.model)
    return artifacts


def _name(stem: str, extension: str, label: str = "") -> str:
    return sanitize_filename(f"{stem}-{label}" if label else stem, extension)


def _render(source: ExportSource, fmt: ExportFormat, stem: str) -> list[Artifact]:
    ident, ext, result = fmt.id, fmt.extension, source.result
    if source.kind is OutputKind.CHAT:
        return render_chat(source, fmt, stem)
    if ident == "json":
        return [Artifact(_name(stem, ext), "json", lambda files: json_bytes(source, files),
                         primary=True)]
    if ident in ("png", "jpeg", "webp"):
        if not isinstance(result, Binary):
            raise ExportError("the result is not an image")
        return [Artifact(_name(stem, ext), "image", convert_image(result, ident),
                         key=RESULT_KEY, primary=True)]
    if ident in ("audio", "wav"):
        return _audio(source, ident, stem)
    if ident == "txt":
        return [Artifact(_name(stem, ext), "text", result_text(source).encode("utf-8"),
                         primary=True)]
    if ident == "md":
        return [Artifact(_name(stem, ext), "markdown", markdown(source).encode("utf-8"),
                         primary=True)]
    if ident == "csv":
        return [Artifact(_name(stem, ext), "csv", result_csv(source), primary=True)]
    if ident == "npy":
        return [Artifact(_name(stem, ext), "npy", npy_bytes(result), primary=True)]
    if ident == "boxes":
        image = source.input_image()
        if image is None or image.data is None:
            raise ExportError("the input image was not kept: boxes cannot be drawn")
        return [Artifact(_name(stem, ext), "boxes", draw_boxes(image.data, result),
                         primary=True)]
    if ident == "masks":
        return _masks(source, stem)
    raise ExportError(f"no format {ident!r} for results of kind {source.kind.value!r}")


def _audio(source: ExportSource, ident: str, stem: str) -> list[Artifact]:
    clips = audio_clips(source.result)
    if not clips:
        raise ExportError("the result holds no audio")
    single = len(clips) == 1
    artifacts = []
    for index, label, binary in clips:
        if binary.data is None:
            raise ExportError(f"the bytes of audio {label!r} were not kept")
        data = binary.data if ident == "audio" else to_wav(binary)
        ext = audio_extension(binary) if ident == "audio" else ".wav"
        key = RESULT_KEY if isinstance(source.result, Binary) else clip_key(index)
        if ident == "wav":
            key = ""  # the JSON points at the audio as sent
        artifacts.append(Artifact(_name(stem, ext, "" if single else label), "audio", data,
                                  key=key, label="" if single else label, primary=single))
    return artifacts


def _masks(source: ExportSource, stem: str) -> list[Artifact]:
    if source.kind is not OutputKind.SEGMENTATION:
        raise ExportError("the result holds no masks")
    masks = segment_masks(source.result)
    if not masks:
        raise ExportError("the result holds no masks")
    image = source.input_image()
    artifacts = [Artifact(_name(stem, ".png"), "overlay",
                          overlay(image.data if image else None, masks), key="overlay",
                          primary=True)]
    for mask in masks:
        artifacts.append(Artifact(_name(stem, ".png", mask.label or f"mask {mask.index + 1}"),
                                  "mask", mask.png, key=mask_key(mask.index), label=mask.label))
    return artifacts
