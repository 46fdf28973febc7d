"""Not a test module: renders the batch window for /work/shots (run it by path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hfi_desktop.storage.settings import Theme
from hfi_desktop.ui.batch.session import State
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.theme import apply_theme
from tests.support.batch_server import BatchScript
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until

from .helpers import click, open_batch, set_models, type_lines, wait_state

SHOTS = Path("/work/shots")


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication):
    apply_theme(Theme(request.param), qapp)
    yield request.param
    apply_theme(Theme.LIGHT, qapp)


def test_render(theme: str, make_window, fake_api: FakeInferenceAPI,
                run_async: RunAsync, tmp_path: Path, qapp: QApplication) -> None:
    window: MainWindow = make_window()
    models = ["distilbert/sst2-english", "org/sentiment-large", "org/twitter-roberta"]
    BatchScript(seed=5, latency=(0.001, 0.004), retry_after="0").install(fake_api, models)
    view = open_batch(window, tmp_path / "b")
    type_lines(view, [f"The film was {w} and the cast {v}" for w in
                      ("great", "dull", "long", "fine", "awful", "moving", "odd", "fun",
                       "slow", "bright", "dark", "loud", "quiet", "sweet")
                      for v in ("shone", "tried")])
    set_models(view, models)
    view.resize(1280, 860)

    async def run() -> None:
        click(view.run_button)
        await wait_state(view, State.FINISHED)
        await wait_until(lambda: len(view.model.outcomes()) == 84)

    run_async(run(), timeout=60)
    QApplication.processEvents()
    view.grab().save(str(SHOTS / f"i16-batch-{theme}.png"))
