"""The batch window's Export ▸ Report…: the menu entry clicked, the HTML filter kept, the
report of the batch file written with its table (one row per input, one cell per model) and
checked in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from hfi_desktop.ui.batch import BatchWindow
from hfi_desktop.ui.batch.report import REPORT_ACTION_NAME
from hfi_desktop.ui.main_window import MainWindow
from tests.report.browser import dump_dom
from tests.support.batch_server import BatchScript
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync
from tests.ui.report_dialog import collect_on_the_gui_thread as collect_on_the_gui_thread
from tests.ui.report_dialog import report_saved

from .helpers import open_batch, run_batch, set_models, type_lines

pytestmark = pytest.mark.usefixtures("collect_on_the_gui_thread")

MODELS = ["org/alpha", "org/beta"]
LINES = ["the first review", "the second review", "the third review"]


def click_report_entry(view: BatchWindow) -> None:
    """The Export menu opened under its button, "Report…" clicked."""
    button = view.export.button
    menu = button.menu()
    assert isinstance(menu, QMenu) and button.isEnabled()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    QTest.qWaitForWindowExposed(menu)
    action = next(a for a in menu.actions() if a.objectName() == REPORT_ACTION_NAME)
    assert action.text() == "Report…" and action.isEnabled()
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


def test_the_batch_report_is_written_with_its_table(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    BatchScript(seed=5, latency=(0.001, 0.003), faults=False).install(fake_api, MODELS)
    view = open_batch(window, tmp_path / "batches")
    type_lines(view, LINES)
    set_models(view, MODELS)
    run_batch(view, run_async)
    out = tmp_path / "out"
    out.mkdir()

    async def save() -> None:
        click_report_entry(view)
        await report_saved(view, view.message, out / "reviews.html", 0)

    run_async(save(), timeout=90)
    html = (out / "reviews.html").read_text(encoding="utf-8")
    assert "Text classification: 3 inputs, 2 models" in html
    dom = dump_dom(out / "reviews.html", tmp_path)
    results = dom.split('<table class="results">', 1)[1].split("</table>", 1)[0]
    assert results.count("<tr>") == 1 + len(LINES) and results.count("<td") == 6
    for line in LINES:
        assert line in results
    assert "org/alpha" in dom and "org/beta" in dom
    assert "Agreement between models" in dom
    assert re.findall(r'<img [^>]*src="data:image/png;base64,', dom), "the plots embedded"
