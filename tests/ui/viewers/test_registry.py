"""Every kind has a viewer; every recorded result shows in it and can be cleared."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import TextPrepared
from hfi_desktop.ui.viewers import VIEWERS, ResultViewer, ScoresViewer, viewer_for
from tests.present.samples import Sample, samples
from tests.ui.viewers.conftest import ShowSample


def test_a_viewer_for_every_kind(qtbot: QtBot) -> None:
    # a chat thread is the chat page's own; a chat's one turn (the arena's) shows as text
    assert set(VIEWERS) == set(OutputKind)
    for kind in OutputKind:
        viewer = viewer_for(kind, None)
        qtbot.addWidget(viewer)
        assert isinstance(viewer, ResultViewer)


@pytest.mark.parametrize("found", samples(), ids=lambda s: s.name)
def test_every_recorded_result_shows_and_clears(show_sample: ShowSample, found: Sample) -> None:
    viewer, prepared = show_sample(found.name)
    assert viewer.isVisible()
    viewer.clear()
    viewer.show_result(prepared)  # shows again after clear()


def test_a_wrong_prepared_type_is_a_type_error(qtbot: QtBot) -> None:
    viewer = viewer_for(OutputKind.LABELS, None)
    qtbot.addWidget(viewer)
    assert isinstance(viewer, ScoresViewer)
    with pytest.raises(TypeError, match="ScoresViewer shows ScoresPrepared, got TextPrepared"):
        viewer.show_result(TextPrepared(kind=OutputKind.TEXT, raw_json="", text="x"))
