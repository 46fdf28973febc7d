"""Turning a TaskSpec's examples into form values (file references read into FileValues)."""

from __future__ import annotations

import mimetypes
from typing import TYPE_CHECKING

from hfi_desktop.resources import resource_path

from .model import Example, FileValue, TaskSpec
from .validation import FILE_KINDS

if TYPE_CHECKING:
    from pathlib import Path


def example_files(spec: TaskSpec, example: Example) -> dict[str, Path]:
    """The example's file inputs: InputField key → path of the shipped file."""
    return {
        f.key: resource_path(str(example.values[f.key]))
        for f in spec.inputs
        if f.kind in FILE_KINDS and f.key in example.values
    }


def example_values(spec: TaskSpec, example: Example) -> dict[str, object]:
    """The example's values as a form holds them. Reads the files: call it in a worker."""
    values = dict(example.values)
    for key, path in example_files(spec, example).items():
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        values[key] = FileValue(path.name, path.read_bytes(), mime, str(path))
    return values
