"""Where the app's files are: example inputs and icons.

They live in the repository's top-level ``resources/`` directory (next to the package in a
source checkout). An installed wheel has no such directory; there they are expected in
``hfi_desktop/_resources`` instead. Nothing here checks that a file exists.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent / "resources"
RESOURCES_DIR = _CHECKOUT_DIR if _CHECKOUT_DIR.is_dir() else _PACKAGE_DIR / "_resources"


def resource_path(*parts: str) -> Path:
    """``resource_path("icons", "fill-mask.svg")``; a part may hold slashes: "examples/x.png"."""
    return RESOURCES_DIR.joinpath(*parts)


def example_path(name: str) -> Path:
    """A shipped example input, by file name ("cats.png")."""
    return resource_path("examples", name)


def icon_path(name: str) -> Path:
    """A task or group icon, by file name ("text-classification.svg")."""
    return resource_path("icons", name)
