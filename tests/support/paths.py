"""Where the repository keeps the data the tests use (nothing is read from outside it)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES_DIR = REPO_ROOT / "resources" / "examples"
TAPES_FILE = REPO_ROOT / "tests" / "data" / "tapes.json"
#: A comparison saved before its columns had providers (comparison_file at f06dc35).
COMPARISON_BEFORE_PROVIDERS = REPO_ROOT / "tests" / "data" / \
    "comparison-before-providers.hficompare"

EXAMPLE_FILES = (
    "cats.png",
    "cheetah.png",
    "invoice.png",
    "bird_canny.png",
    "stormtrooper_depth.png",
    "sample1.flac",
)


def example(name: str) -> Path:
    """Path of one of the shipped example inputs (cats.png, sample1.flac, ...)."""
    path = EXAMPLES_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"no example file {name!r} in {EXAMPLES_DIR}")
    return path


@cache
def example_bytes(name: str) -> bytes:
    return example(name).read_bytes()
