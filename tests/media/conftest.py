"""Media tests: real example files, and bad files made in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.paths import example


@pytest.fixture
def cats() -> Path:
    return example("cats.png")


@pytest.fixture
def flac() -> Path:
    return example("sample1.flac")


@pytest.fixture
def truncated_cats(tmp_path: Path, cats: Path) -> Path:
    data = cats.read_bytes()
    path = tmp_path / "cats.png"
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.fixture
def text_as_png(tmp_path: Path) -> Path:
    path = tmp_path / "notes.png"
    path.write_text("Shopping list: milk, eggs\nbread\n", encoding="utf-8")
    return path


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "empty.png"
    path.touch()
    return path
