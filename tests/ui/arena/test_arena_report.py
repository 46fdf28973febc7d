"""The leaderboard's "Save report…": clicked, the Markdown filter chosen, the report of the
task on show written with the leaderboard (ranks, ratings, votes), a row per vote and the
ratings plot beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync
from tests.ui.report_dialog import collect_on_the_gui_thread as collect_on_the_gui_thread
from tests.ui.report_dialog import report_saved

from .helpers import program_models, voted_leaderboard

pytestmark = pytest.mark.usefixtures("collect_on_the_gui_thread")


def test_the_leaderboard_saves_a_markdown_report_with_the_leaderboard(
        window: MainWindow, fake_api: FakeInferenceAPI, qtbot: QtBot, run_async: RunAsync,
        tmp_path: Path) -> None:
    program_models(fake_api)
    out = tmp_path / "out"
    out.mkdir()

    async def scenario() -> None:
        dialog = await voted_leaderboard(window, qtbot, 3)
        button = dialog.report_button
        assert button.text() == "Save report…" and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await report_saved(dialog, dialog.message, out / "arena.md", 1)

    run_async(scenario(), timeout=120)
    text = (out / "arena.md").read_text(encoding="utf-8")
    assert "Text classification: arena of 2 models" in text
    board = text.split("Leaderboard", 1)[1]
    rows = [line for line in board.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [row.split("|")[2].strip() for row in rows] == ["org/one", "org/two"]
    assert [row.split("|")[6].strip() for row in rows] == ["3", "3"], "votes"
    assert [row.split("|")[7].strip() for row in rows] == ["3", "0"], "wins"
    assert text.count("Vote ") >= 3
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert any("ratings" in link for link in links), links
    for link in links:
        assert (out / link).is_file(), link
