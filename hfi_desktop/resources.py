"""Where the app's files are: example inputs, icons and translations.

They live in the repository's top-level ``resources/`` directory; wheels and sdists ship it
as the package data ``hfi_desktop/_resources`` (setup.py), read here through
``importlib.resources``. A source checkout, and an editable install (whose package is the
checkout's), has no ``_resources``: there the checkout's ``resources/`` is used. Callers get
real file paths (QIcon and the file inputs open them by name): a package imported from a zip
has its files extracted once, for the life of the process. Nothing here checks that a file
exists.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_CHECKOUT_DIR = Path(__file__).resolve().parent.parent / "resources"


def _root() -> Traversable:
    packaged = importlib.resources.files("hfi_desktop") / "_resources"
    return packaged if packaged.is_dir() or not _CHECKOUT_DIR.is_dir() else _CHECKOUT_DIR


def _on_disk(root: Traversable) -> Path:
    """``root`` as a directory on disk (extracted when it is not: a zipped package)."""
    if isinstance(root, Path):
        return root
    extracted = contextlib.ExitStack()
    atexit.register(extracted.close)
    return extracted.enter_context(importlib.resources.as_file(root))


RESOURCES_DIR = _on_disk(_root())


def resource_path(*parts: str) -> Path:
    """``resource_path("icons", "fill-mask.svg")``; a part may hold slashes: "examples/x.png"."""
    return RESOURCES_DIR.joinpath(*parts)


def example_path(name: str) -> Path:
    """A shipped example input, by file name ("cats.png")."""
    return resource_path("examples", name)


def icon_path(name: str) -> Path:
    """A task or group icon, by file name ("text-classification.svg")."""
    return resource_path("icons", name)
