"""Saving results to files: Save as… one format, Save all… into a folder with a manifest.

Pure Python + Pillow (Qt Multimedia only to convert compressed audio to WAV); no widgets.
Every function here does file I/O and decoding: call it in a worker (the bridge).

Works on a :class:`~hfi_desktop.runs.Run` (a page's last run) or a
:class:`~hfi_desktop.storage.records.RunRecord` (history; pass ``files`` to read the bytes
of its stored input files and binary results). Typical use::

    fmts = formats_for(run)                       # JSON always, plus what fits the result
    export(run, fmts[0], Path("~/cats.png"))      # the chosen path is replaced (the dialog
                                                  # asked); extra files are never replaced
                                                  # without ``overwrite`` saying so
    save_all([run_a, run_b], folder, overwrite=ask)   # -> the manifest's path

Two steps when the user must be asked about conflicts (the UI): ``plan = plan_export(…)`` or
``plan_save_all(…)`` in a worker, show ``plan.conflicts``, then ``plan.write(replace=…)``
in a worker.

Conflicts: ``overwrite(conflicts)`` is called with the existing files the save would
replace; True replaces them, False keeps them and writes the new files as ``name (2).ext``
(so nothing is ever lost). ``overwrite=None`` means never replace (always "keep both").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..filenames import model_slug, sanitize_name, unique_name
from . import formats as export_formats
from .formats import ExportFormat
from .plan import Artifact, Problem, SavePlan, WrittenFile
from .render import render
from .source import (
    Exportable,
    ExportError,
    ExportSource,
    FileLoader,
    source_of,
)

if TYPE_CHECKING:
    import os

Overwrite = Callable[[list[Path]], bool]

__all__ = [
    "ExportError",
    "ExportFormat",
    "ExportSource",
    "Exportable",
    "FileLoader",
    "Overwrite",
    "SavePlan",
    "WrittenFile",
    "export",
    "formats_for",
    "plan_export",
    "plan_save_all",
    "save_all",
    "save_record_as",
    "source_of",
]


def formats_for(item: Exportable | ExportSource, *,
                files: FileLoader | None = None) -> list[ExportFormat]:
    """The formats that fit the item's result: the data formats first (the first is the
    best default), JSON always, last."""
    return export_formats.formats_for(source_of(item, files))


def find_format(source: ExportSource, fmt: ExportFormat | str) -> ExportFormat:
    wanted = fmt.id if isinstance(fmt, ExportFormat) else fmt
    for candidate in export_formats.formats_for(source):
        if candidate.id == wanted:
            return candidate
    raise ExportError(f"this result cannot be saved as {wanted!r}")


def plan_export(item: Exportable | ExportSource, fmt: ExportFormat | str,
                path: str | os.PathLike[str], *, files: FileLoader | None = None) -> SavePlan:
    """The files saving ``item`` as ``fmt`` at ``path`` makes: ``path`` itself (approved:
    the Save dialog asked before replacing it) and, for formats that make several files,
    ``<stem>-<label><ext>`` beside it (their conflicts are in ``plan.conflicts``)."""
    source = source_of(item, files)
    chosen = Path(path)
    fmt = find_format(source, fmt)
    artifacts = render(source, fmt, chosen.stem)
    for artifact in artifacts:
        if artifact.primary:
            artifact.name = chosen.name
    plan = SavePlan(chosen.parent, artifacts)
    plan.approved = frozenset(plan.path_of(a) for a in artifacts if a.primary)
    return plan


def export(item: Exportable | ExportSource, fmt: ExportFormat | str,
           path: str | os.PathLike[str], *, files: FileLoader | None = None,
           overwrite: Overwrite | None = None) -> list[Path]:
    """Save ``item`` as ``fmt`` at ``path`` (replacing it); returns the files written."""
    plan = plan_export(item, fmt, path, files=files)
    conflicts = plan.conflicts
    replace = bool(conflicts) and overwrite is not None and overwrite(conflicts)
    return [written.path for written in plan.write(replace=replace)]


def save_record_as(record: Exportable, fmt: ExportFormat | str, path: str | os.PathLike[str],
                   *, files: FileLoader | None = None,
                   overwrite: Overwrite | None = None) -> list[Path]:
    """History's "Save as…": :func:`export` of a RunRecord (``files`` reads its stored
    bytes: ``FileRef -> bytes | None``)."""
    return export(record, fmt, path, files=files, overwrite=overwrite)


def plan_save_all(items: Sequence[Exportable | ExportSource], folder: str | os.PathLike[str],
                  *, files: FileLoader | None = None) -> SavePlan:
    """Every file Save all makes in ``folder``: per run, the JSON and each bundle format
    (one subfolder per run, named after its model, when there are several runs), and
    ``manifest.json``. A format that fails for a run is left out and named in
    ``plan.problems`` (and in the manifest)."""
    sources = [source_of(item, files) for item in items]
    if not sources:
        raise ExportError("nothing to save")
    artifacts: list[Artifact] = []
    problems: list[Problem] = []
    runs = []
    folders: list[str] = []
    for source in sources:
        sub = ""
        if len(sources) > 1:
            sub = unique_name(model_slug(source.model), folders)
            folders.append(sub)
        stem = sanitize_name(source.task_id, fallback="result")
        for fmt in export_formats.formats_for(source):
            if not fmt.bundle:
                continue
            try:
                made = render(source, fmt, stem)
            except ExportError as error:
                problems.append(Problem(source.run_id, fmt.id, str(error)))
                continue
            for artifact in made:
                artifact.folder = sub
                artifact.primary = False
            artifacts.extend(made)
        runs.append({"run": source.run_id, "task": source.task_id, "model": source.model,
                     "state": source.state, "folder": sub or "."})
    return SavePlan(Path(folder), artifacts, manifest=True, runs=runs, problems=problems)


def save_all(items: Sequence[Exportable | ExportSource], folder: str | os.PathLike[str], *,
             overwrite: Overwrite | None = None, files: FileLoader | None = None) -> Path:
    """Save every item into ``folder`` with a manifest; returns the manifest's path."""
    plan = plan_save_all(items, folder, files=files)
    conflicts = plan.conflicts
    replace = bool(conflicts) and overwrite is not None and overwrite(conflicts)
    return plan.write(replace=replace)[-1].path
