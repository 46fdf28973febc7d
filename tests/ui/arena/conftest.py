"""Each arena test keeps its votes in a data folder of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from hfi_desktop.storage.paths import DATA_DIR_ENV


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder
