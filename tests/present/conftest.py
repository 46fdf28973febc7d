"""Fixtures for the preparation tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hfi_desktop.present import audio_clips


@pytest.fixture(autouse=True)
def _audio_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Audio results go to this test's temp folder."""
    folder = tmp_path / "audio"
    folder.mkdir()
    monkeypatch.setattr(audio_clips, "_directory", folder)
    yield folder
