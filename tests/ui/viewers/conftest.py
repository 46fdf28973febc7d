"""Fixtures for the viewer tests: real results, prepared as the app does, shown in a
viewer registered with qtbot (closed and deleted after the test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop import temp_files
from hfi_desktop.present import Prepared, prepare
from hfi_desktop.ui.viewers import ResultViewer, viewer_for
from tests.present.samples import sample

ShowSample = Callable[[str], tuple[ResultViewer, Prepared]]
V = TypeVar("V", bound=ResultViewer)


@pytest.fixture(autouse=True)
def _audio_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "audio"
    folder.mkdir()
    monkeypatch.setattr(temp_files, "_folder", folder)
    return folder


def prepared_sample(name: str) -> Prepared:
    found = sample(name)
    return prepare(found.kind, found.result, found.context)


@pytest.fixture
def show_sample(qtbot: QtBot) -> ShowSample:
    """``show_sample(name)``: the sample's viewer, shown at 900 by 600 with its result."""

    def show(name: str) -> tuple[ResultViewer, Prepared]:
        prepared = prepared_sample(name)
        viewer = viewer_for(prepared.kind, None)
        qtbot.addWidget(viewer)
        viewer.resize(900, 600)
        viewer.show_result(prepared)
        viewer.show()
        qtbot.waitExposed(viewer)
        return viewer, prepared

    return show


def shown(show_sample: ShowSample, name: str, cls: type[V]) -> V:
    """The viewer of sample ``name``, checked to be a ``cls``."""
    viewer, _ = show_sample(name)
    assert isinstance(viewer, cls)
    return viewer
