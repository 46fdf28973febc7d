"""The file a result is dragged out as: written ahead (in a worker) to a temp folder, so a
drag hands the file manager or another application a real, complete file.

One file per run: the image (as the server sent it) for images, the audio for audio, the
image with its boxes for detection, the overlay for segmentation, the text alone for
generated text (what an editor or a mail wants dropped on it), else the JSON export.
The folder is the process's temp folder (hfi_desktop.temp_files), removed at exit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.temp_files import temp_folder

from ..atomic import atomic_write
from ..filenames import model_slug, safe_join, sanitize_name
from . import formats as export_formats
from .media import audio_clips
from .render import render
from .source import Exportable, ExportError, ExportSource, FileLoader, source_of

if TYPE_CHECKING:
    from pathlib import Path

    from .formats import ExportFormat

_PREFERRED = ("png", "jpeg", "webp", "audio", "boxes", "masks", "txt")


def drag_format(source: ExportSource) -> ExportFormat:
    """The format a drag carries: the result's own image or audio, its text, or the JSON."""
    formats = export_formats.formats_for(source)
    by_id = {fmt.id: fmt for fmt in formats}
    if source.kind is OutputKind.AUDIO_SOURCES and len(audio_clips(source.result)) != 1:
        return export_formats.JSON  # several clips: one file holds them all
    for ident in _PREFERRED:
        fmt = by_id.get(ident)
        if fmt is not None and fmt.bundle:
            return fmt
    return export_formats.JSON


def drag_file(item: Exportable | ExportSource, *, files: FileLoader | None = None,
              folder: Path | None = None) -> Path:
    """Write the item's drag file (see :func:`drag_format`) and return its path:
    ``<folder>/<run id>/<task>-<model><ext>``."""
    source = source_of(item, files)
    fmt = drag_format(source)
    root = folder or temp_folder()
    run_folder = safe_join(root, sanitize_name(source.run_id, fallback="run"))
    run_folder.mkdir(parents=True, exist_ok=True)
    stem = f"{source.task_id}-{model_slug(source.model)}"
    artifact = next((a for a in render(source, fmt, stem) if a.primary), None)
    if artifact is None:
        raise ExportError("nothing to drag")
    data = artifact.data({}) if callable(artifact.data) else artifact.data
    return atomic_write(safe_join(run_folder, artifact.name), data, fsync=False)
