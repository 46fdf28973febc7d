"""Fixtures for the preparation tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hfi_desktop import temp_files


@pytest.fixture(autouse=True)
def _audio_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Audio results go to this test's temp folder."""
    folder = tmp_path / "audio"
    folder.mkdir()
    monkeypatch.setattr(temp_files, "_folder", folder)
    yield folder
