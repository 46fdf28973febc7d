"""Planning and writing a set of files: names checked, conflicts found BEFORE anything is
written, then every file written atomically, never replacing a file nobody approved.

A :class:`SavePlan` is built (in a worker), its :attr:`~SavePlan.conflicts` shown to the
user, then :meth:`~SavePlan.write` is called with the answer: ``replace=True`` replaces the
conflicting files; ``replace=False`` keeps them and writes the new files under free names
(``name (2).png``). A file that appears between planning and writing is never replaced
unless it was approved.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hfi_desktop.redaction import redact_bytes

from ..atomic import atomic_write
from ..filenames import safe_join, unique_name, unique_path
from .json_file import APPLICATION, FORMAT_VERSION, iso_time
from .source import ExportError

if TYPE_CHECKING:
    from pathlib import Path

#: Renders a file from the final names of the files saved beside it (artifact key → name).
Render = Callable[[Mapping[str, str]], bytes]
MANIFEST_NAME = "manifest.json"
_MAX_TRIES = 1000


#: The artifacts written as text (the others are the bytes of images, sounds, arrays).
_TEXT_KINDS = frozenset({"json", "text", "markdown", "csv"})


@dataclass
class Artifact:
    """One file to write. ``name`` is a single sanitized component; ``folder`` a sanitized
    subfolder of the plan's root ("" for the root itself)."""

    name: str
    kind: str  # json, image, audio, text, markdown, csv, npy, mask, overlay, boxes
    data: bytes | Render
    format: str = ""
    key: str = ""  # what the JSON export calls it ("result", "clip:0", "mask:3")
    label: str = ""  # the server's label for a mask or clip
    folder: str = ""
    primary: bool = False  # the file the user named (Save as)
    run_id: str = ""
    task_id: str = ""
    model: str = ""


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    relative: str  # to the plan's root, with "/"
    artifact: Artifact
    size: int
    sha256: str


@dataclass(frozen=True)
class Problem:
    """A file Save all could not make (the others were written)."""

    run_id: str
    format: str
    message: str


@dataclass
class SavePlan:
    root: Path
    artifacts: list[Artifact]
    approved: frozenset[Path] = frozenset()  # may be replaced without asking (Save as)
    manifest: bool = False
    runs: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = self.root.resolve()
        taken: dict[str, list[str]] = {}
        for artifact in self.artifacts:
            names = taken.setdefault(artifact.folder, [MANIFEST_NAME] if self.manifest else [])
            if artifact.primary and artifact.name in names:
                raise ExportError(f"two files would be named {artifact.name!r}")
            if not artifact.primary:
                artifact.name = unique_name(artifact.name, names)
            names.append(artifact.name)
            self.path_of(artifact)  # refuses anything outside the root

    def path_of(self, artifact: Artifact) -> Path:
        parts = [artifact.folder, artifact.name] if artifact.folder else [artifact.name]
        return safe_join(self.root, *parts)

    @property
    def paths(self) -> list[Path]:
        found = [self.path_of(artifact) for artifact in self.artifacts]
        return [*found, self.root / MANIFEST_NAME] if self.manifest else found

    @property
    def conflicts(self) -> list[Path]:
        """Existing files the plan would replace, other than the approved ones."""
        return [path for path in self.paths if os.path.lexists(path) and path not in self.approved]

    def write(self, *, replace: bool = False) -> list[WrittenFile]:
        """Write every file (the manifest last); returns them in plan order."""
        self.root.mkdir(parents=True, exist_ok=True)
        written: list[WrittenFile] = []
        final: dict[int, str] = {}
        ordered = sorted(self.artifacts, key=lambda a: callable(a.data))  # renders last
        for artifact in ordered:
            data = artifact.data
            if callable(data):
                data = data({a.key: final[id(a)] for a in self.artifacts
                             if a.key and id(a) in final and a.folder == artifact.folder
                             and a.run_id == artifact.run_id})
            if artifact.kind in _TEXT_KINDS:
                data = redact_bytes(data)  # whatever a renderer let through
            path = self._write(artifact.folder, self.path_of(artifact), data, replace)
            final[id(artifact)] = path.name
            written.append(self._written(path, artifact, data))
        written.sort(key=lambda w: self.artifacts.index(w.artifact))
        if self.manifest:
            manifest = Artifact(MANIFEST_NAME, "manifest", b"", format="json")
            data = manifest_bytes(self, written)
            path = self._write("", self.root / MANIFEST_NAME, data, replace)
            written.append(self._written(path, manifest, data))
        return written

    def _write(self, folder: str, path: Path, data: bytes, replace: bool) -> Path:
        if folder:
            safe_join(self.root, folder).mkdir(exist_ok=True)
            safe_join(self.root, folder, path.name)  # the folder may have become a symlink
        if path in self.approved or replace:
            return atomic_write(path, data)
        taken = [a.name for a in self.artifacts if a.folder == folder]
        candidate = path
        for _ in range(_MAX_TRIES):
            try:
                return atomic_write(candidate, data, overwrite=False)
            except FileExistsError:
                candidate = unique_path(path, [n for n in taken if n != path.name])
        raise ExportError(f"no free name for {path.name!r} in {str(path.parent)!r}")

    def _written(self, path: Path, artifact: Artifact, data: bytes) -> WrittenFile:
        return WrittenFile(path, path.relative_to(self.root).as_posix(), artifact, len(data),
                           hashlib.sha256(data).hexdigest())


def manifest_bytes(plan: SavePlan, written: Collection[WrittenFile]) -> bytes:
    document = {
        "application": APPLICATION,
        "format_version": FORMAT_VERSION,
        "created_at": iso_time(time.time()),
        "runs": plan.runs,
        "files": [
            {
                "path": item.relative,
                "kind": item.artifact.kind,
                "format": item.artifact.format,
                "run": item.artifact.run_id,
                "task": item.artifact.task_id,
                "model": item.artifact.model,
                **({"label": item.artifact.label} if item.artifact.label else {}),
                "size": item.size,
                "sha256": item.sha256,
            }
            for item in written
        ],
    }
    if plan.problems:
        document["problems"] = [
            {"run": p.run_id, "format": p.format, "message": p.message} for p in plan.problems]
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
